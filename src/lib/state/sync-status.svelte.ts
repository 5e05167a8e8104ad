import { browser } from '$app/environment';
import { liveQuery } from 'dexie';
import { deviceStore } from '$lib/client/device-store';
import type {
	EnrollmentStatus,
	OutboxCounts,
	OutboxError,
	OutboxKind,
	SyncHistory
} from '$lib/client/repos';
import type { BilingualMessage, LocalizedText } from '$lib/domain';
import {
	buildOutboxExport,
	connectBrowserTriggers,
	downloadOutboxExport,
	enrollDevice,
	SyncEngine,
	type EnrollInput,
	type SyncSnapshot
} from '$lib/sync/engine';
import { LiveQuery } from './live-query.svelte';
import { userMessageOf } from './user-message';

/** A record the server rejected, as the supervisor's list shows it. */
export interface NeedsAttentionItem {
	id: string;
	kind: OutboxKind;
	createdAt: string;
	/** For a sign-in: who, and to what activity (its topic, when the tablet still has it). */
	signIn?: { name: string; topic: string | undefined };
	formTitle: LocalizedText | undefined;
	formVersion: number | null;
	error: OutboxError | null;
}

export type ExportResult =
	{ ok: true; fileName: string; records: number } | { ok: false; message: BilingualMessage };

const idle: SyncSnapshot = {
	state: 'idle',
	progress: undefined,
	lastRun: undefined,
	nextRunAt: undefined,
	failures: 0
};

/**
 * The sync as the supervisor sees it, in every tab: records waiting, the last success and the last
 * failure (kept on the device, so all tabs agree), progress while this tab sends, and whether the
 * device must be enrolled. Owns the tab's engine, started by the collect layout.
 */
export class SyncStatus {
	#snapshot = $state<SyncSnapshot>(idle);
	#engine: SyncEngine | undefined;
	#disconnect: (() => void) | undefined;

	readonly outbox = new LiveQuery<OutboxCounts>(() => deviceStore().records.outboxCounts(), {
		pending: 0,
		needsAttention: 0,
		total: 0
	});
	readonly history = new LiveQuery<SyncHistory>(() => deviceStore().settings.syncHistory(), {
		lastSyncAt: undefined,
		lastSyncError: undefined
	});
	readonly enrollment = new LiveQuery<EnrollmentStatus | undefined>(
		() => deviceStore().settings.enrollmentStatus(),
		undefined
	);
	readonly needsAttention = new LiveQuery<NeedsAttentionItem[]>(() => readNeedsAttention(), []);

	get state() {
		return this.#snapshot.state;
	}

	get syncing(): boolean {
		return this.#snapshot.state === 'syncing';
	}

	get progress() {
		return this.#snapshot.progress;
	}

	get lastRun() {
		return this.#snapshot.lastRun;
	}

	/** Starts this tab's engine once; returns the stop, for the layout's unmount. */
	start(): () => void {
		if (!browser || this.#engine) return () => {};
		const device = deviceStore();
		const engine = new SyncEngine(device, {
			onChange: (snapshot) => {
				this.#snapshot = snapshot;
			}
		});
		this.#engine = engine;
		this.#disconnect = connectBrowserTriggers(engine, (listener) => {
			const subscription = liveQuery(() => device.records.outboxCounts()).subscribe({
				next: (counts) => listener(counts.pending),
				error: (error: unknown) => console.error('ruamjai: outbox watch failed', error)
			});
			return () => subscription.unsubscribe();
		});
		engine.start();
		return () => this.stop();
	}

	stop(): void {
		this.#disconnect?.();
		this.#engine?.stop();
		this.#disconnect = undefined;
		this.#engine = undefined;
		this.#snapshot = idle;
	}

	/** "Sync now": runs at once, whatever the backoff says. */
	async syncNow(): Promise<void> {
		await this.#engine?.syncNow('manual');
	}

	/** Enrolls the device, then sends what waits; resolves with the reason when it could not. */
	async enroll(input: EnrollInput): Promise<BilingualMessage | undefined> {
		try {
			await enrollDevice(deviceStore(), input);
		} catch (error) {
			return userMessageOf(error);
		}
		void this.#engine?.syncNow('enrolled');
		return undefined;
	}

	/** Saves the outbox (or only the records needing attention) to a file; removes nothing. */
	async exportOutbox(which: 'all' | 'needs-attention' = 'all'): Promise<ExportResult> {
		try {
			const file = await buildOutboxExport(deviceStore(), {
				states: which === 'all' ? ['pending', 'needs_attention'] : ['needs_attention']
			});
			if (file.records > 0) downloadOutboxExport(file);
			return { ok: true, fileName: file.name, records: file.records };
		} catch (error) {
			return { ok: false, message: userMessageOf(error) };
		}
	}

	/** Sends the records that need attention again, e.g. after the server was fixed. */
	async retryNeedsAttention(): Promise<BilingualMessage | undefined> {
		try {
			const device = deviceStore();
			const items = await device.records.listOutbox({
				state: 'needs_attention',
				limit: Infinity
			});
			await device.records.requeue(items.map((i) => i.id));
		} catch (error) {
			return userMessageOf(error);
		}
		void this.#engine?.syncNow('manual');
		return undefined;
	}
}

async function readNeedsAttention(): Promise<NeedsAttentionItem[]> {
	const device = deviceStore();
	const entries = await device.records.listOutbox({ state: 'needs_attention', limit: 500 });
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, never rendered
	const titles = new Map<string, LocalizedText | undefined>();
	for (const entry of entries) {
		if (entry.formId === null || entry.formVersion === null) continue;
		const key = `${entry.formId}@${entry.formVersion}`;
		if (titles.has(key)) continue;
		const form = await device.masterData.formVersion(entry.formId, entry.formVersion);
		titles.set(key, form?.ok ? form.value.title : undefined);
	}
	const activities = new Map(
		(await device.masterData.activities()).map((a) => [a.id, a.topic] as const)
	);
	return entries.map((entry) => ({
		id: entry.id,
		kind: entry.kind,
		createdAt: entry.kind === 'attendance' ? entry.record.signedAt : entry.record.submittedAt,
		...(entry.kind === 'attendance'
			? { signIn: { name: entry.record.name, topic: activities.get(entry.record.activityId) } }
			: {}),
		formTitle:
			entry.formId === null ? undefined : titles.get(`${entry.formId}@${entry.formVersion}`),
		formVersion: entry.formVersion,
		error: entry.lastError
	}));
}

export const syncStatus = new SyncStatus();
