/*
 * Where a record goes when the tablet comes online.
 *
 *   kiosk submits ──▶ outbox (Dexie, `pending`)
 *                        │  sync-engine.ts: on start, `online`, a timer (backoff after failures),
 *                        │  "sync now", new records, Background Sync relayed by the service worker;
 *                        │  one run at a time across tabs (sync-lock.ts)
 *                        ▼
 *                  push-outbox.ts: batches within the protocol's limits ──▶ POST /api/sync
 *                        │
 *     stored/duplicate ──┼──▶ removed from the outbox (the only way out)
 *             rejected ──┼──▶ `needs_attention`, with the server's reason (never deleted)
 *   5xx/timeout/offline ─┼──▶ stays pending, attempt counted; backoff.ts decides when to retry
 *                  401 ──┴──▶ token forgotten, "enroll again" (enroll.ts); the outbox stays
 *
 * When sync is impossible, export-outbox.ts writes the outbox to a file for `npm run sync:import`.
 */
export {
	Backoff,
	backoffCeiling,
	backoffDelay,
	defaultBackoff,
	type BackoffPolicy
} from './backoff';
export {
	backgroundSyncTag,
	connectBrowserTriggers,
	registerBackgroundSync,
	type SyncRequestedMessage,
	type SyncResultMessage
} from './browser-triggers';
export { enrollDevice, enrollUrl, type EnrollInput } from './enroll';
export { buildOutboxExport, downloadOutboxExport, type OutboxExportFile } from './export-outbox';
export {
	pushOutbox,
	pushTimeoutMs,
	syncUrl,
	type PushOptions,
	type PushReport,
	type SyncProgress
} from './push-outbox';
export {
	defaultIntervalMs,
	SyncEngine,
	type SyncEngineOptions,
	type SyncEngineState,
	type SyncRun,
	type SyncSnapshot,
	type SyncTrigger
} from './sync-engine';
export { deviceSyncLock, leaseLock, syncLockName, webLock, type SyncLock } from './sync-lock';
