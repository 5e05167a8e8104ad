import { seedDemoContent } from '../seed/seed';
import { openStore } from './open-store';
import { storeConfigFromEnv } from './store-config';
import type { Store } from './types';

/*
 * Kept on globalThis, not in a module variable: the dev server re-imports server modules on every
 * edit, and a second PGlite opened on the same data directory would corrupt it.
 */
const slot = Symbol.for('ruamjai.store');
type Holder = { [slot]?: Promise<Store> };
const holder = globalThis as Holder;

/**
 * The process-wide store, configured from the environment. The first call opens and migrates it
 * and, when it holds no office yet, seeds the demo content. A failed open is not cached, so a later
 * call tries again (e.g. once PostgreSQL is up).
 */
export function getStore(): Promise<Store> {
	holder[slot] ??= (async () => {
		const store = await openStore(storeConfigFromEnv());
		try {
			await seedDemoContent(store);
		} catch (error) {
			await store.close();
			throw error;
		}
		return store;
	})().catch((error: unknown) => {
		delete holder[slot];
		throw error;
	});
	return holder[slot];
}

/** Closes the process-wide store, if open; for shutdown and scripts. */
export async function closeStore(): Promise<void> {
	const opening = holder[slot];
	delete holder[slot];
	if (opening === undefined) return;
	const store = await opening.catch(() => undefined);
	await store?.close();
}
