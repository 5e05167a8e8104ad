// What the page and the service worker say about Background Sync. Kept free of imports so the
// worker can use it without pulling in the page's device store.

/** The Background Sync tag the page registers; the service worker relays its `sync` event. */
export const backgroundSyncTag = 'ruamjai-outbox';

/** How a sync run ended (SyncRun['outcome'] in sync-engine.ts). */
export type SyncOutcome =
	| 'synced'
	| 'nothing-to-send'
	| 'failed'
	| 'needs-enrollment'
	| 'busy-elsewhere'
	| 'offline'
	| 'stopped';

/** From the service worker: a Background Sync fired; run the engine if this page can. */
export interface SyncRequestedMessage {
	type: 'SYNC_REQUESTED';
}

/** To the service worker, on the port it sent: how the run went (`ok` false: let it retry). */
export interface SyncResultMessage {
	type: 'SYNC_RESULT';
	ok: boolean;
	outcome: SyncOutcome;
}
