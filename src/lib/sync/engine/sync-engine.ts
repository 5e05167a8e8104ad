import type { DeviceStore } from '$lib/client/repos';
import type { BilingualMessage } from '$lib/domain';
import { userMessageOf } from '$lib/state/user-message';
import { SyncError } from '../sync-error';
import { Backoff, defaultBackoff, type BackoffPolicy } from './backoff';
import { pushOutbox, type PushReport, type SyncProgress } from './push-outbox';
import { deviceSyncLock, type SyncLock } from './sync-lock';
import type { SyncOutcome } from './background-sync-messages';

/** What made a run start. */
export type SyncTrigger =
	'start' | 'online' | 'timer' | 'manual' | 'background-sync' | 'records-added' | 'enrolled';

/**
 * idle — nothing to send, or the next run waits for the timer;
 * syncing — this tab is sending (see `progress`);
 * retrying — the last run failed; the next one comes after a backoff delay;
 * offline — the browser has no network; the `online` event starts the next run;
 * needs-enrollment — no device token, or the server refused it (401): a person must enroll;
 * busy-elsewhere — another tab of this device holds the sync lock and is sending;
 * stopped — the engine was stopped (its page closed).
 */
export type SyncEngineState =
	'idle' | 'syncing' | 'retrying' | 'offline' | 'needs-enrollment' | 'busy-elsewhere' | 'stopped';

/** How one run ended; the outcomes are those the service worker is told of. */
export type SyncRun = { outcome: SyncOutcome } & (
	| { outcome: 'synced'; report: PushReport }
	| { outcome: 'nothing-to-send' }
	| { outcome: 'failed'; reason: string; message: BilingualMessage }
	| { outcome: 'needs-enrollment'; reason: 'not-enrolled' | 'unauthorized' }
	| { outcome: 'busy-elsewhere' }
	| { outcome: 'offline' }
	| { outcome: 'stopped' }
);

export interface SyncSnapshot {
	state: SyncEngineState;
	/** Set while this tab sends. */
	progress: SyncProgress | undefined;
	lastRun: SyncRun | undefined;
	/** When the timer runs next (epoch ms), if it is set. */
	nextRunAt: number | undefined;
	/** Failed runs in a row: the backoff's exponent. */
	failures: number;
}

export interface SyncEngineOptions {
	fetch?: typeof fetch;
	/** Defaults to Web Locks, or a lease in the device database where the browser lacks them. */
	lock?: SyncLock;
	/** navigator.onLine: false means surely offline; true only that there is some network. */
	isOnline?: () => boolean;
	/** Between runs while all is well. */
	intervalMs?: number;
	backoff?: BackoffPolicy;
	random?: () => number;
	/** Per request. */
	timeoutMs?: number;
	now?: () => Date;
	onChange?: (snapshot: SyncSnapshot) => void;
}

export const defaultIntervalMs = 60_000;

/**
 * Where a record goes when the tablet comes online: the engine runs `pushOutbox` on start, on the
 * `online` event, on a timer while online (backing off after failures), on "sync now", when
 * records are submitted, and when the service worker relays a Background Sync. One run at a time
 * in a tab (a trigger during a run joins it), and one across tabs (the sync lock).
 */
export class SyncEngine {
	readonly #device: DeviceStore;
	readonly #options: SyncEngineOptions;
	readonly #lock: SyncLock;
	readonly #backoff: Backoff;
	readonly #abort = new AbortController();
	#snapshot: SyncSnapshot = {
		state: 'idle',
		progress: undefined,
		lastRun: undefined,
		nextRunAt: undefined,
		failures: 0
	};
	#running: Promise<SyncRun> | undefined;
	// Records submitted during a run may have missed its last read of the outbox.
	#runAgain = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#started = false;

	constructor(device: DeviceStore, options: SyncEngineOptions = {}) {
		this.#device = device;
		this.#options = options;
		this.#lock = options.lock ?? deviceSyncLock(device.settings);
		this.#backoff = new Backoff(options.backoff ?? defaultBackoff, options.random);
	}

	get snapshot(): SyncSnapshot {
		return this.#snapshot;
	}

	get stopped(): boolean {
		return this.#abort.signal.aborted;
	}

	/** The first run; later ones follow from the timer and the triggers. */
	start(): void {
		if (this.#started || this.stopped) return;
		this.#started = true;
		void this.syncNow('start');
	}

	/**
	 * Stops for good, aborting a request in flight: its records stay pending, and whichever engine
	 * starts next sends them again (the server counts them once).
	 */
	stop(): void {
		this.#abort.abort(new DOMException('The sync engine was stopped', 'AbortError'));
		this.#clearTimer();
		this.#update({ state: 'stopped', progress: undefined, nextRunAt: undefined });
	}

	/** The network went away: no timer until it is back (a run in flight fails on its own). */
	wentOffline(): void {
		if (this.stopped) return;
		this.#clearTimer();
		if (!this.#running) this.#update({ state: 'offline', nextRunAt: undefined });
	}

	/**
	 * Runs now, whatever the backoff says, unless this tab runs already: then it shares that run's
	 * result. Never rejects: every failure is a run outcome.
	 */
	syncNow(trigger: SyncTrigger): Promise<SyncRun> {
		if (this.stopped) return Promise.resolve({ outcome: 'stopped' });
		if (this.#running) {
			if (trigger !== 'timer' && trigger !== 'online') this.#runAgain = true;
			return this.#running;
		}
		this.#clearTimer();
		const running = this.#run().finally(() => {
			this.#running = undefined;
		});
		this.#running = running;
		return running;
	}

	async #run(): Promise<SyncRun> {
		this.#runAgain = false;
		const isOnline = this.#options.isOnline ?? defaultIsOnline;
		let run: SyncRun;
		if (!isOnline()) {
			run = { outcome: 'offline' };
		} else {
			try {
				const locked = await this.#lock.tryRun(() => this.#push());
				run = locked.ran ? locked.value : { outcome: 'busy-elsewhere' };
			} catch (error) {
				// The lock itself failed (e.g. the lease's database): report it, retry later.
				run = failed(error);
			}
		}
		if (this.stopped) return { outcome: 'stopped' };
		await this.#remember(run);
		this.#afterRun(run);
		return run;
	}

	async #push(): Promise<SyncRun> {
		this.#update({ state: 'syncing', progress: undefined, nextRunAt: undefined });
		try {
			const report = await pushOutbox(this.#device, {
				fetch: this.#options.fetch,
				timeoutMs: this.#options.timeoutMs,
				signal: this.#abort.signal,
				onProgress: (progress) => this.#update({ progress })
			});
			const answered = report.stored + report.duplicate + report.rejected;
			return answered === 0 ? { outcome: 'nothing-to-send' } : { outcome: 'synced', report };
		} catch (error) {
			if (this.stopped) return { outcome: 'stopped' };
			if (error instanceof SyncError) {
				if (error.reason === 'not-enrolled' || error.reason === 'unauthorized') {
					return { outcome: 'needs-enrollment', reason: error.reason };
				}
			}
			return failed(error);
		}
	}

	/** Keeps what the supervisor must see in every tab: the last success, or the last failure. */
	async #remember(run: SyncRun): Promise<void> {
		const { settings } = this.#device;
		const at = (this.#options.now?.() ?? new Date()).toISOString();
		try {
			if (run.outcome === 'synced') await settings.recordSyncSuccess(at);
			if (run.outcome === 'failed') {
				await settings.recordSyncFailure({ reason: run.reason, message: run.message, at });
			}
			if (run.outcome === 'needs-enrollment' && run.reason === 'unauthorized') {
				const message = new SyncError('unauthorized').userMessage;
				await settings.recordSyncFailure({ reason: run.reason, message, at });
			}
		} catch (error) {
			// The run's outcome stands; only its note for the screen is missing.
			console.error('ruamjai: could not record the sync outcome', error);
		}
	}

	#afterRun(run: SyncRun): void {
		const interval = this.#options.intervalMs ?? defaultIntervalMs;
		switch (run.outcome) {
			case 'synced':
			case 'nothing-to-send': {
				this.#backoff.succeed();
				const again = this.#runAgain;
				this.#runAgain = false;
				this.#schedule(again ? 0 : interval, 'idle', run);
				return;
			}
			case 'failed':
				this.#schedule(this.#backoff.fail(), 'retrying', run);
				return;
			case 'needs-enrollment':
				// Only a cheap look at the device's token: another tab may enroll the device.
				this.#schedule(interval, 'needs-enrollment', run);
				return;
			case 'busy-elsewhere':
				this.#schedule(interval, 'busy-elsewhere', run);
				return;
			case 'offline':
				this.#update({ state: 'offline', progress: undefined, lastRun: run, nextRunAt: undefined });
				return;
			case 'stopped':
				return;
		}
	}

	#schedule(delayMs: number, state: SyncEngineState, run: SyncRun): void {
		this.#clearTimer();
		const now = this.#options.now?.() ?? new Date();
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.syncNow('timer');
		}, delayMs);
		this.#update({
			state,
			progress: undefined,
			lastRun: run,
			nextRunAt: now.getTime() + delayMs,
			failures: this.#backoff.failures
		});
	}

	#clearTimer(): void {
		if (this.#timer !== undefined) clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#update(change: Partial<SyncSnapshot>): void {
		this.#snapshot = { ...this.#snapshot, ...change };
		this.#options.onChange?.(this.#snapshot);
	}
}

function failed(error: unknown): SyncRun {
	return {
		outcome: 'failed',
		reason: error instanceof SyncError ? error.reason : 'unexpected',
		message: userMessageOf(error)
	};
}

function defaultIsOnline(): boolean {
	return typeof navigator === 'undefined' || navigator.onLine !== false;
}
