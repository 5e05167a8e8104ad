import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ValidRecord } from '$lib/client/repos';
import {
	deviceAtSchool,
	openTestDevice,
	steppingClock,
	type TestDevice
} from '$lib/client/testing/device-store';
import { buildFeedbackItem, buildResponse } from '$lib/domain/testing/factories';
import { maxBatchBytes, maxBatchRecords, OutboxExport } from '$lib/sync/protocol';
import { SyncError } from '../sync-error';
import { backoffCeiling, type BackoffPolicy } from './backoff';
import { enrollDevice } from './enroll';
import { buildOutboxExport } from './export-outbox';
import { pushOutbox, type SyncProgress } from './push-outbox';
import { SyncEngine, type SyncEngineOptions } from './sync-engine';
import { leaseLock, webLock } from './sync-lock';
import { MockSyncServer, type Fault } from './testing/mock-sync-server';

const testBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, minMs: 100 };

let devices: TestDevice[] = [];
let engines: SyncEngine[] = [];
afterEach(() => {
	for (const engine of engines) engine.stop();
	for (const { db } of devices) db.close();
	engines = [];
	devices = [];
});

interface Tablet {
	device: TestDevice;
	server: MockSyncServer;
	ids: string[];
}

/** An enrolled tablet with `responses` survey responses (and `feedback` large opinions) waiting. */
async function tabletWithOutbox(
	options: {
		responses?: number;
		feedback?: number;
		device?: TestDevice;
		server?: MockSyncServer;
	} = {}
): Promise<Tablet> {
	const device = options.device ?? openTestDevice();
	devices.push(device);
	const visit = await deviceAtSchool(device);
	const deviceId = await device.store.settings.deviceId();
	const server = options.server ?? new MockSyncServer(deviceId);
	await device.store.settings.saveEnrollment(server.issueToken(), {
		deviceId,
		officeId: 'demo-spp-1',
		deviceName: 'แท็บเล็ต 1',
		enrolledAt: '2025-01-15T02:00:00.000Z'
	});
	const items: ValidRecord[] = [
		...Array.from({ length: options.responses ?? 0 }, () => ({
			kind: 'response' as const,
			record: buildResponse(visit.satisfaction, { sessionId: visit.session.id, deviceId })
		})),
		...Array.from({ length: options.feedback ?? 0 }, () => ({
			kind: 'feedback' as const,
			// 5,000 Thai characters: about 15 KB of UTF-8, so bytes bind before the count does.
			record: buildFeedbackItem({ deviceId, body: 'ก'.repeat(5000) })
		}))
	];
	const added = await device.store.records.enqueueRecords(items);
	expect(added.ok).toBe(true);
	return { device, server, ids: items.map((i) => i.record.id) };
}

function engineFor(tablet: Tablet, options: SyncEngineOptions = {}): SyncEngine {
	const engine = new SyncEngine(tablet.device.store, {
		fetch: tablet.server.fetch,
		intervalMs: 3_600_000,
		backoff: testBackoff,
		...options
	});
	engines.push(engine);
	return engine;
}

async function pendingIds(device: TestDevice): Promise<string[]> {
	const entries = await device.store.records.listOutbox({ state: 'pending', limit: 100_000 });
	return entries.map((e) => e.id);
}

/** Every record on the server exactly once, and nothing left on the device. */
async function expectAllSyncedOnce({ device, server, ids }: Tablet): Promise<void> {
	expect(new Set(server.storedIds)).toEqual(new Set(ids));
	expect([...server.storeCounts.values()].every((n) => n === 1)).toBe(true);
	expect(await device.store.records.outboxCounts()).toEqual({
		pending: 0,
		needsAttention: 0,
		total: 0
	});
}

describe('a tablet comes online and sends its outbox', () => {
	it('sends oldest first in batches of at most 200 records', async () => {
		const tablet = await tabletWithOutbox({ responses: 450 });
		const progress: SyncProgress[] = [];
		const report = await pushOutbox(tablet.device.store, {
			fetch: tablet.server.fetch,
			onProgress: (p) => progress.push(p)
		});

		expect(tablet.server.requests.map((r) => r.ids.length)).toEqual([200, 200, 50]);
		expect(tablet.server.requests.flatMap((r) => r.ids)).toEqual(tablet.ids);
		expect(report).toEqual({ stored: 450, duplicate: 0, rejected: 0, requests: 3 });
		expect(progress).toEqual([
			{ sent: 0, total: 450 },
			{ sent: 200, total: 450 },
			{ sent: 400, total: 450 },
			{ sent: 450, total: 450 }
		]);
		await expectAllSyncedOnce(tablet);
	});

	it('keeps each request under the byte limit when records are large', async () => {
		const tablet = await tabletWithOutbox({ responses: 3, feedback: 40 });
		await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });

		const { requests } = tablet.server;
		expect(requests.length).toBeGreaterThanOrEqual(3);
		for (const request of requests) {
			expect(request.bytes).toBeLessThanOrEqual(maxBatchBytes);
			expect(request.ids.length).toBeLessThan(maxBatchRecords);
		}
		// Full batches really are full: the next record would not have fitted.
		expect(requests[0]!.bytes).toBeGreaterThan(maxBatchBytes - 16 * 1024);
		await expectAllSyncedOnce(tablet);
	});

	it('removes stored and already-stored records, and keeps a rejected one with the server’s reason', async () => {
		const tablet = await tabletWithOutbox({ responses: 5 });
		const [first, second] = tablet.ids as [string, string];
		const reason = {
			code: 'unknown-form-version',
			message: {
				th: 'แบบฟอร์มรุ่นนี้ไม่มีบนเซิร์ฟเวอร์',
				en: 'The server does not hold this form version.'
			},
			issues: [
				{
					path: 'formVersion',
					code: 'unknown',
					message: { th: 'ไม่รู้จักรุ่น', en: 'Unknown version' }
				}
			]
		};
		tablet.server.reject(first, reason);
		// The server already holds the second one: an earlier answer was lost.
		const [entry] = await tablet.device.store.records.listOutbox({ limit: 2 }).then((e) => [e[1]!]);
		tablet.server.stored.set(second, JSON.stringify(entry!.record));

		const report = await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });

		expect(report).toMatchObject({ stored: 3, duplicate: 1, rejected: 1 });
		expect(await pendingIds(tablet.device)).toEqual([]);
		const [attention, ...others] = await tablet.device.store.records.listOutbox({
			state: 'needs_attention'
		});
		expect(others).toEqual([]);
		expect(attention).toMatchObject({ id: first, state: 'needs_attention', lastError: reason });
	});

	it('a rejected record is sent again when the supervisor asks, once the server is fixed', async () => {
		const tablet = await tabletWithOutbox({ responses: 2 });
		const [refused, accepted] = tablet.ids as [string, string];
		tablet.server.reject(refused, {
			code: 'unknown-reference',
			message: { th: 'ไม่รู้จักโรงเรียนนี้', en: 'The server does not know this school.' }
		});
		await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });
		expect(tablet.server.stored.has(refused)).toBe(false);
		// Sending again changes nothing while the cause is still there: it waits, never deleted.
		await tablet.device.store.records.requeue([refused]);
		await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });
		expect(
			(await tablet.device.store.records.listOutbox({ state: 'needs_attention' })).map((e) => e.id)
		).toEqual([refused]);

		// The administrator adds the school; the supervisor sends the record again.
		tablet.server.rejections.delete(refused);
		await tablet.device.store.records.requeue([refused]);
		const report = await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });

		expect(report).toMatchObject({ stored: 1, rejected: 0 });
		expect([...tablet.server.stored.keys()].sort()).toEqual([accepted, refused].sort());
		expect(await tablet.device.store.records.outboxCounts()).toMatchObject({ total: 0 });
	});
});

describe('faults: nothing is lost, nothing is counted twice', () => {
	const transient: [string, Fault, string][] = [
		['HTTP 500', { kind: 'status', status: 500 }, 'server'],
		['HTTP 503', { kind: 'status', status: 503 }, 'server'],
		['a timeout', { kind: 'hang' }, 'timeout'],
		['a network error', { kind: 'network' }, 'offline']
	];

	for (const [name, fault, reason] of transient) {
		it(`${name}: keeps every record, counts the attempt, and backs off more each time`, async () => {
			const tablet = await tabletWithOutbox({ responses: 250 });
			const now = new Date('2025-01-15T03:00:00.000Z');
			const engine = engineFor(tablet, { timeoutMs: 50, now: () => now });

			const waits: number[] = [];
			for (let attempt = 1; attempt <= 4; attempt++) {
				tablet.server.faults.push(fault);
				const run = await engine.syncNow('manual');
				expect(run).toMatchObject({ outcome: 'failed', reason });
				expect(engine.snapshot).toMatchObject({ state: 'retrying', failures: attempt });
				const wait = engine.snapshot.nextRunAt! - now.getTime();
				expect(wait).toBeGreaterThanOrEqual(testBackoff.minMs);
				expect(wait).toBeLessThanOrEqual(backoffCeiling(attempt, testBackoff));
				waits.push(wait);
			}
			expect(await pendingIds(tablet.device)).toEqual(tablet.ids);
			const [oldest] = await tablet.device.store.records.listOutbox({ limit: 1 });
			expect(oldest).toMatchObject({ attempts: 4, lastError: { code: reason } });
			expect(tablet.server.storedIds).toEqual([]);
			const history = await tablet.device.store.settings.syncHistory();
			expect(history.lastSyncError).toMatchObject({ reason });
			expect(history.lastSyncAt).toBeUndefined();

			// The fault clears: everything goes, and the backoff starts over.
			expect(await engine.syncNow('timer')).toMatchObject({ outcome: 'synced' });
			expect(engine.snapshot).toMatchObject({ state: 'idle', failures: 0 });
			await expectAllSyncedOnce(tablet);
			expect(await tablet.device.store.settings.syncHistory()).toEqual({
				lastSyncAt: now.toISOString(),
				lastSyncError: undefined
			});
		});
	}

	it('the answer is lost after the server stored the batch: the resend is counted once', async () => {
		const tablet = await tabletWithOutbox({ responses: 250 });
		const engine = engineFor(tablet);
		tablet.server.faults.push({ kind: 'lost-answer' });

		expect(await engine.syncNow('start')).toMatchObject({ outcome: 'failed', reason: 'offline' });
		// The server holds the first batch, but the device could not know: all still pending.
		expect(tablet.server.storedIds).toHaveLength(200);
		expect(await pendingIds(tablet.device)).toEqual(tablet.ids);

		expect(await engine.syncNow('online')).toMatchObject({
			outcome: 'synced',
			report: { stored: 50, duplicate: 200, rejected: 0 }
		});
		await expectAllSyncedOnce(tablet);
	});

	it('a malformed answer removes nothing', async () => {
		const tablet = await tabletWithOutbox({ responses: 20 });
		const engine = engineFor(tablet);
		tablet.server.faults.push({ kind: 'malformed' });

		expect(await engine.syncNow('start')).toMatchObject({
			outcome: 'failed',
			reason: 'invalid-response'
		});
		expect(await pendingIds(tablet.device)).toEqual(tablet.ids);
		expect(await engine.syncNow('timer')).toMatchObject({
			outcome: 'synced',
			report: { duplicate: 20 }
		});
		await expectAllSyncedOnce(tablet);
	});

	it('a revoked token (401): the device must be enrolled again, and keeps its outbox', async () => {
		const tablet = await tabletWithOutbox({ responses: 30 });
		const engine = engineFor(tablet);
		tablet.server.revokeAll();

		expect(await engine.syncNow('start')).toEqual({
			outcome: 'needs-enrollment',
			reason: 'unauthorized'
		});
		expect(engine.snapshot.state).toBe('needs-enrollment');
		const { settings, records } = tablet.device.store;
		expect(await settings.enrollmentStatus()).toMatchObject({
			state: 'enroll-again',
			enrollment: { deviceName: 'แท็บเล็ต 1' }
		});
		expect(await settings.deviceToken()).toBeUndefined();
		expect(await pendingIds(tablet.device)).toEqual(tablet.ids);
		const [oldest] = await records.listOutbox({ limit: 1 });
		expect(oldest).toMatchObject({ attempts: 0 });

		// Without a token nothing is sent at all.
		const before = tablet.server.requests.length;
		expect(await engine.syncNow('timer')).toMatchObject({ outcome: 'needs-enrollment' });
		expect(tablet.server.requests).toHaveLength(before);

		await expect(
			enrollDevice(tablet.device.store, { code: 'WRONG', name: 'แท็บเล็ต 1' }, tablet.server)
		).rejects.toMatchObject({ reason: 'enrollment-code-invalid' });
		await enrollDevice(tablet.device.store, { code: 'DEMO-CODE', name: 'แท็บเล็ต 1' }, tablet.server);
		expect(await settings.enrollmentStatus()).toMatchObject({ state: 'enrolled' });
		expect(await engine.syncNow('enrolled')).toMatchObject({ outcome: 'synced' });
		await expectAllSyncedOnce(tablet);
	});

	it('a batch over the server’s limit (413) is split until it fits, and all is stored', async () => {
		const tablet = await tabletWithOutbox({ responses: 260 });
		tablet.server.limits = { maxRecords: 30, maxBytes: 256 * 1024 };

		const report = await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });

		const accepted = tablet.server.requests.filter((r) => r.status === 200);
		expect(accepted.every((r) => r.ids.length <= 30)).toBe(true);
		expect(tablet.server.requests.some((r) => r.status === 413)).toBe(true);
		expect(report.stored).toBe(260);
		await expectAllSyncedOnce(tablet);
	});

	it('a record too large to send even alone waits for the export file, the others go', async () => {
		const tablet = await tabletWithOutbox({ responses: 10, feedback: 1 });
		// Smaller than the one large opinion (about 15 KB), larger than any survey response.
		tablet.server.limits = { maxRecords: 200, maxBytes: 8 * 1024 };

		await pushOutbox(tablet.device.store, { fetch: tablet.server.fetch });

		const large = tablet.ids.at(-1)!;
		expect(tablet.server.storedIds.sort()).toEqual(tablet.ids.slice(0, 10).sort());
		const [attention] = await tablet.device.store.records.listOutbox({ state: 'needs_attention' });
		expect(attention).toMatchObject({ id: large, lastError: { code: 'too-large' } });
	});

	it('two tabs sync at once: one runs, the other stands aside, and each record arrives once', async () => {
		const first = await tabletWithOutbox({ responses: 120 });
		// A second tab: its own connection to the same device database.
		const secondTab = openTestDevice({ name: first.device.name });
		devices.push(secondTab);
		first.server.latencyMs = 20;
		const a = engineFor(first);
		const b = engineFor({ ...first, device: secondTab });

		const runs = await Promise.all([a.syncNow('start'), b.syncNow('start')]);

		expect(runs.map((r) => r.outcome).sort()).toEqual(['busy-elsewhere', 'synced']);
		expect(first.server.requests.flatMap((r) => r.ids)).toHaveLength(120);
		await expectAllSyncedOnce(first);
	});

	it('a tab closed in the middle of a sync: the next start finishes it', async () => {
		const tablet = await tabletWithOutbox({ responses: 450 });
		const closing = engineFor(tablet);
		// The tab closes while its second request is with the server, which stores it anyway.
		tablet.server.afterRequest = (n) => {
			if (n === 2) closing.stop();
		};
		expect(await closing.syncNow('start')).toEqual({ outcome: 'stopped' });
		expect(tablet.server.storedIds).toHaveLength(400);
		expect(await pendingIds(tablet.device)).toHaveLength(250);

		tablet.server.afterRequest = undefined;
		const next = engineFor(tablet);
		expect(await next.syncNow('start')).toMatchObject({
			outcome: 'synced',
			report: { stored: 50, duplicate: 200 }
		});
		await expectAllSyncedOnce(tablet);
	});
});

describe('the engine on its own', () => {
	it('retries by itself after the backoff, and succeeds once the server is back', async () => {
		const tablet = await tabletWithOutbox({ responses: 5 });
		const engine = engineFor(tablet, { backoff: { baseMs: 30, capMs: 60, minMs: 10 } });
		tablet.server.faults.push({ kind: 'status', status: 503 }, { kind: 'network' });

		engine.start();
		await vi.waitFor(async () => expect(await pendingIds(tablet.device)).toEqual([]), {
			timeout: 2_000
		});
		expect(tablet.server.requests.map((r) => r.status)).toEqual([503, 'no answer', 200]);
		await vi.waitFor(() => expect(engine.snapshot).toMatchObject({ state: 'idle', failures: 0 }));
		await expectAllSyncedOnce(tablet);
	});

	it('offline, it does not try, and waits for the network', async () => {
		const tablet = await tabletWithOutbox({ responses: 5 });
		const engine = engineFor(tablet, { isOnline: () => false });

		expect(await engine.syncNow('timer')).toEqual({ outcome: 'offline' });
		expect(engine.snapshot).toMatchObject({ state: 'offline', nextRunAt: undefined });
		expect(tablet.server.requests).toEqual([]);
	});

	it('joins a run in progress instead of starting a second one', async () => {
		const tablet = await tabletWithOutbox({ responses: 5 });
		tablet.server.latencyMs = 20;
		const engine = engineFor(tablet);

		const [a, b] = await Promise.all([engine.syncNow('start'), engine.syncNow('manual')]);
		expect(b).toBe(a);
		expect(tablet.server.requests).toHaveLength(1);
	});
});

describe('the sync lock', () => {
	it('with Web Locks, a second holder is turned away while the first runs', async () => {
		let held = false;
		const locks = {
			request: async (
				_name: string,
				_options: LockOptions,
				callback: (lock: Lock | null) => Promise<void>
			) => {
				if (held) return callback(null);
				held = true;
				try {
					return await callback({ name: 'ruamjai-sync', mode: 'exclusive' });
				} finally {
					held = false;
				}
			}
		} as unknown as LockManager;
		const lock = webLock(locks);
		let release!: () => void;
		const first = lock.tryRun(() => new Promise<string>((r) => (release = () => r('first'))));
		expect(await lock.tryRun(async () => 'second')).toEqual({ ran: false });
		release();
		expect(await first).toEqual({ ran: true, value: 'first' });
		expect(await lock.tryRun(async () => 'third')).toEqual({ ran: true, value: 'third' });
	});

	it('with the lease, a tab that vanished without releasing it blocks only until it expires', async () => {
		let time = Date.parse('2025-01-15T03:00:00.000Z');
		const device = openTestDevice({ now: () => new Date(time) });
		devices.push(device);
		const { settings } = device.store;
		expect(await settings.acquireSyncLease('crashed-tab', 30_000)).toBe(true);

		const lock = leaseLock(settings, { holder: 'new-tab', ttlMs: 30_000 });
		expect(await lock.tryRun(async () => 'sync')).toEqual({ ran: false });
		time += 30_001;
		expect(await lock.tryRun(async () => 'sync')).toEqual({ ran: true, value: 'sync' });
		// Released when done: the crashed tab could take it again at once.
		expect(await settings.acquireSyncLease('crashed-tab', 30_000)).toBe(true);
	});
});

describe('enrollment and the way out', () => {
	it('a device without a token sends nothing and says it must be enrolled', async () => {
		const device = openTestDevice({ now: steppingClock() });
		devices.push(device);
		const server = new MockSyncServer(await device.store.settings.deviceId());
		await expect(pushOutbox(device.store, { fetch: server.fetch })).rejects.toMatchObject({
			reason: 'not-enrolled'
		});
		expect(await device.store.settings.enrollmentStatus()).toEqual({ state: 'not-enrolled' });
		expect(server.requests).toEqual([]);
		const error = new SyncError('not-enrolled');
		expect(error.userMessage.th).toContain('ยังไม่ได้ลงทะเบียน');
	});

	it('exports the whole outbox, pending and needing attention, in the protocol’s format, removing nothing', async () => {
		const tablet = await tabletWithOutbox({ responses: 3, feedback: 1 });
		const rejected = {
			code: 'invalid-record',
			message: { th: 'คำตอบไม่ครบ', en: 'Answers are missing' }
		};
		await tablet.device.store.records.markNeedsAttention(tablet.ids[0]!, rejected);

		const file = await buildOutboxExport(tablet.device.store, {
			now: () => new Date('2025-01-15T09:04:00.000Z')
		});

		expect(file.name).toMatch(/^ruamjai-outbox-[0-9a-f]{8}-20250115-0904\.json$/);
		const parsed = OutboxExport.parse(JSON.parse(JSON.stringify(file.content)));
		expect(parsed.records.map((r) => r.record.id).sort()).toEqual([...tablet.ids].sort());
		expect(parsed.records.find((r) => r.record.id === tablet.ids[0])).toMatchObject({
			state: 'needs_attention',
			lastError: rejected
		});
		expect((await tablet.device.store.records.outboxCounts()).total).toBe(4);
	});
});
