import { newId } from '$lib/domain';
import type { SettingsRepo } from '$lib/client/repos/settings.repo';

/*
 * At most one sync at a time on a device, across tabs. Correctness never rests on this lock: the
 * server stores a record once whoever sends it, and a record leaves the outbox only on the server's
 * answer. What the lock saves is a poor link's bandwidth (two tabs sending the same batch) and a
 * progress bar that two runs would make jump about.
 */

export const syncLockName = 'ruamjai-sync';

export type LockOutcome<T> = { ran: true; value: T } | { ran: false };

export interface SyncLock {
	/** Runs `task` if no other holder runs one now; otherwise returns at once without running it. */
	tryRun<T>(task: () => Promise<T>): Promise<LockOutcome<T>>;
}

/** Web Locks: the browser releases the lock when its tab closes or crashes. */
export function webLock(locks: LockManager, name: string = syncLockName): SyncLock {
	return {
		async tryRun<T>(task: () => Promise<T>): Promise<LockOutcome<T>> {
			let outcome: LockOutcome<T> = { ran: false };
			await locks.request(name, { ifAvailable: true }, async (lock) => {
				if (lock === null) return;
				outcome = { ran: true, value: await task() };
			});
			return outcome;
		}
	};
}

export interface LeaseOptions {
	/** Who holds the lease: one id per engine (tab). */
	holder?: string;
	/** How long a lease outlives a tab that was closed without releasing it. */
	ttlMs?: number;
}

/**
 * For browsers without Web Locks: a lease in the device database, taken in a transaction and renewed
 * while the task runs. A tab closed mid-sync cannot release it; it expires after `ttlMs`.
 */
export function leaseLock(
	settings: Pick<SettingsRepo, 'acquireSyncLease' | 'releaseSyncLease'>,
	options: LeaseOptions = {}
): SyncLock {
	const holder = options.holder ?? newId();
	const ttlMs = options.ttlMs ?? 30_000;
	return {
		async tryRun<T>(task: () => Promise<T>): Promise<LockOutcome<T>> {
			if (!(await settings.acquireSyncLease(holder, ttlMs))) return { ran: false };
			const renewal = setInterval(() => {
				// A missed renewal only risks a second tab syncing too, which the server makes harmless.
				settings.acquireSyncLease(holder, ttlMs).catch((error: unknown) => {
					console.warn('ruamjai: could not renew the sync lease', error);
				});
			}, ttlMs / 3);
			try {
				return { ran: true, value: await task() };
			} finally {
				clearInterval(renewal);
				// Not fatal: an unreleased lease expires after ttlMs, and the task's outcome stands.
				await settings.releaseSyncLease(holder).catch((error: unknown) => {
					console.warn('ruamjai: could not release the sync lease', error);
				});
			}
		}
	};
}

/** Web Locks where the browser has them, the lease elsewhere (older Safari, some WebViews). */
export function deviceSyncLock(
	settings: Pick<SettingsRepo, 'acquireSyncLease' | 'releaseSyncLease'>
) {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	return locks ? webLock(locks) : leaseLock(settings);
}
