import {
	backgroundSyncTag,
	type SyncRequestedMessage,
	type SyncResultMessage
} from './background-sync-messages';
import type { SyncEngine } from './sync-engine';

export { backgroundSyncTag, type SyncRequestedMessage, type SyncResultMessage };

// Background Sync is not in TypeScript's DOM types (it is a WICG draft, Chromium only).
interface SyncManagerLike {
	register(tag: string): Promise<void>;
}

/**
 * Asks the browser to wake the service worker when the network is back, even if the tablet's
 * screen has moved on. Resolves false where there is no Background Sync or no service worker.
 */
export async function registerBackgroundSync(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false;
	try {
		// getRegistration, not `ready`: `ready` never settles on a page no worker controls.
		const registration = await navigator.serviceWorker.getRegistration();
		const sync = (registration as { sync?: SyncManagerLike } | undefined)?.sync;
		if (!sync) return false;
		await sync.register(backgroundSyncTag);
		return true;
	} catch (error) {
		// Refused (e.g. the permission is off): the timer and the online event still sync.
		console.warn('ruamjai: background sync not registered', error);
		return false;
	}
}

/** Waits this long after a record is submitted, so a respondent's burst goes in one request. */
const recordsAddedDelayMs = 2_000;

/**
 * Connects the engine to the browser: the online and offline events, the service worker's relayed
 * Background Sync, and new records in the outbox (`watchPending` reports the pending count).
 * Returns the disconnect.
 */
export function connectBrowserTriggers(
	engine: SyncEngine,
	watchPending: (listener: (pending: number) => void) => () => void
): () => void {
	const handleOnline = () => void engine.syncNow('online');
	const handleOffline = () => engine.wentOffline();
	addEventListener('online', handleOnline);
	addEventListener('offline', handleOffline);

	const worker = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
	const handleMessage = (event: MessageEvent) => {
		if ((event.data as { type?: unknown } | null)?.type !== 'SYNC_REQUESTED') return;
		const port = event.ports[0];
		void engine.syncNow('background-sync').then((run) => {
			const ok =
				run.outcome === 'synced' ||
				run.outcome === 'nothing-to-send' ||
				run.outcome === 'busy-elsewhere' ||
				run.outcome === 'needs-enrollment';
			const reply: SyncResultMessage = { type: 'SYNC_RESULT', ok, outcome: run.outcome };
			port?.postMessage(reply);
		});
	};
	worker?.addEventListener('message', handleMessage);

	let lastPending: number | undefined;
	let soon: ReturnType<typeof setTimeout> | undefined;
	const stopWatching = watchPending((pending) => {
		const added = lastPending !== undefined && pending > lastPending;
		lastPending = pending;
		if (!added) return;
		if (!navigator.onLine || engine.snapshot.failures > 0) {
			// Submitted while the server is out of reach: let the browser call when it is back.
			void registerBackgroundSync();
			return;
		}
		clearTimeout(soon);
		soon = setTimeout(() => void engine.syncNow('records-added'), recordsAddedDelayMs);
	});

	return () => {
		removeEventListener('online', handleOnline);
		removeEventListener('offline', handleOffline);
		worker?.removeEventListener('message', handleMessage);
		clearTimeout(soon);
		stopWatching();
	};
}
