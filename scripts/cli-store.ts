/**
 * What the administrator commands share: the store named by the environment, the way the server
 * finds it, and one line for any failure instead of a stack trace.
 */
import {
	describeStoreConfig,
	openStore,
	storeConfigFromEnv,
	StoreError,
	type Store
} from '$lib/server/store';

/** A mistake in how the command was called; the message says how to call it. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

/**
 * Runs `work` on the store and closes it. PGlite on disk (the default) may be opened by one
 * process only: stop the server first, or use PostgreSQL.
 */
export async function runWithStore(
	command: string,
	work: (store: Store, where: string) => Promise<void>
): Promise<void> {
	let store: Store | undefined;
	try {
		const config = storeConfigFromEnv();
		store = await openStore(config);
		await work(store, describeStoreConfig(config));
	} catch (error) {
		if (error instanceof UsageError || error instanceof StoreError) {
			console.error(`${command}: ${error.message}`);
			process.exitCode = error instanceof UsageError ? 2 : 1;
			return;
		}
		throw error;
	} finally {
		await store?.close();
	}
}

/** An instant as an administrator in Thailand reads it, e.g. `15 Jun 2025, 12:30 (Bangkok)`. */
export function bangkokTime(iso: string | null): string {
	if (iso === null) return '—';
	const text = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Asia/Bangkok',
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(iso));
	return `${text} (Bangkok)`;
}
