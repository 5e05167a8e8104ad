import { browser } from '$app/environment';
import { AppDB } from './app-db';

let db: AppDB | undefined;

/**
 * The device database, made on first use. Only the browser has one: server rendering must never
 * reach it, and a module-level `new AppDB()` would run on the server too.
 */
export function getDb(): AppDB {
	if (!browser) throw new Error('The device store is only available in the browser');
	return (db ??= new AppDB('ruamjai'));
}
