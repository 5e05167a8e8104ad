import { requestPersistence, type PersistenceResult } from '$lib/client/storage';

let requested: Promise<PersistenceResult> | undefined;

/**
 * Asks once per page load for storage the browser will not evict: records can wait days on the
 * tablet for a connection. Later calls return the first answer.
 */
export function persistStorageOnce(): Promise<PersistenceResult> {
	requested ??= requestPersistence().catch((error: unknown) => {
		// Not fatal: the store still works, it is only evictable under storage pressure.
		console.warn('ruamjai: could not request persistent storage', error);
		return 'unsupported' as const;
	});
	return requested;
}
