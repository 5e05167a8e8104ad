import { afterEach, describe, expect, it } from 'vitest';
import { buildFeedbackItem, buildResponse } from '$lib/domain/testing/factories';
import { deviceAtSchool, openTestDevice, type TestDevice } from '../testing/device-store';
import type { OutboxError, ValidRecord } from '.';

let devices: TestDevice[] = [];
afterEach(() => {
	for (const { db } of devices) db.close();
	devices = [];
});

const rejected: OutboxError = {
	code: 'form_mismatch',
	message: { th: 'แบบฟอร์มไม่ตรงกับฉบับบนเซิร์ฟเวอร์', en: 'The form does not match the server’s' }
};

async function outboxWithFive() {
	const device = openTestDevice();
	devices.push(device);
	const visit = await deviceAtSchool(device);
	const items: ValidRecord[] = [
		...[1, 2, 3, 4].map(() => ({
			kind: 'response' as const,
			record: buildResponse(visit.satisfaction, { sessionId: visit.session.id })
		})),
		{ kind: 'feedback', record: buildFeedbackItem() }
	];
	// One at a time, so each has its own createdAt from the stepping clock.
	for (const item of items) await device.store.records.enqueueRecords([item]);
	return { ...visit, device, ids: items.map((i) => i.record.id) };
}

describe('the outbox, as the sync engine will use it', () => {
	it('hands out pending records oldest first, in batches', async () => {
		const { device, ids } = await outboxWithFive();
		const { records } = device.store;

		expect((await records.listOutbox({ limit: 3 })).map((e) => e.id)).toEqual(ids.slice(0, 3));
		expect((await records.listOutbox()).map((e) => e.kind)).toEqual([
			'response',
			'response',
			'response',
			'response',
			'feedback'
		]);
	});

	it('counts a transient failure as an attempt and keeps the record pending', async () => {
		const { device, ids } = await outboxWithFive();
		const { records } = device.store;
		const offline: OutboxError = {
			code: 'network',
			message: { th: 'ไม่มีสัญญาณอินเทอร์เน็ต', en: 'No connection' }
		};

		expect(await records.recordFailedAttempt(ids.slice(0, 2), offline)).toBe(2);
		const [first] = await records.listOutbox({ limit: 1 });
		expect(first).toMatchObject({ id: ids[0], state: 'pending', attempts: 1, lastError: offline });
		expect(first?.lastAttemptAt).not.toBeNull();
	});

	it('moves a rejected record to "needs attention", out of the sync queue but never deleted', async () => {
		const { device, ids } = await outboxWithFive();
		const { records } = device.store;

		expect(await records.markNeedsAttention(ids[1]!, rejected)).toBe(true);
		expect(await records.markNeedsAttention('0190f0f0-0000-7000-8000-000000000000', rejected)).toBe(
			false
		);

		expect(await records.outboxCounts()).toEqual({ pending: 4, needsAttention: 1, total: 5 });
		expect((await records.listOutbox()).map((e) => e.id)).not.toContain(ids[1]);
		const [attention] = await records.listOutbox({ state: 'needs_attention' });
		expect(attention).toMatchObject({ id: ids[1], lastError: rejected, attempts: 1 });

		expect(await records.requeue([ids[1]!])).toBe(1);
		expect((await records.listOutbox()).map((e) => e.id)).toEqual(ids);
	});

	it('removes only what the server stored, and the session still counts it', async () => {
		const { device, session, ids } = await outboxWithFive();
		const { records, sessions } = device.store;

		expect(await records.removeSynced(ids.slice(0, 3))).toBe(3);
		expect(await records.removeSynced(ids.slice(0, 3))).toBe(0);

		expect((await records.listOutbox()).map((e) => e.id)).toEqual(ids.slice(3));
		expect(await sessions.recordCounts(session.id)).toEqual({ submitted: 4, waiting: 1 });
	});

	it('adds the same records twice without duplicating them, and refuses an invalid one whole', async () => {
		const { device, satisfaction, session, ids } = await outboxWithFive();
		const { records } = device.store;
		const again = (await records.listOutbox()).map(({ kind, record }) => ({ kind, record }));

		expect(await records.enqueueRecords(again as ValidRecord[])).toEqual({
			ok: true,
			value: { added: 0, alreadyQueued: 5 }
		});

		const good = buildResponse(satisfaction, { sessionId: session.id });
		const bad = buildResponse(satisfaction, { formVersion: 0 });
		const result = await records.enqueueRecords([
			{ kind: 'response', record: good },
			{ kind: 'response', record: bad }
		]);
		expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['1.formVersion']);
		expect((await records.listOutbox()).map((e) => e.id)).toEqual(ids);
	});

	it('sizes each record so a batch can stay under the server’s body limit', async () => {
		const { device } = await outboxWithFive();
		for (const entry of await device.store.records.listOutbox()) {
			expect(entry.bytes).toBe(new TextEncoder().encode(JSON.stringify(entry.record)).length);
		}
	});
});
