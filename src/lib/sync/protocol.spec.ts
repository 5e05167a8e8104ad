import { describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import {
	buildFeedbackItem,
	buildResponse,
	buildSatisfactionForm
} from '$lib/domain/testing/factories';
import {
	maxBatchBytes,
	maxBatchRecords,
	maxRequestBytes,
	OutboxExport,
	SyncRequest,
	SyncResponse,
	syncRequestBytes,
	takeBatch,
	type RecordKind,
	type SyncRecord
} from './protocol';

const deviceId = newId();
const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Outbox-like entries: the record's kind and its size as JSON. */
function entry(kind: RecordKind, bytes: number) {
	return { kind, bytes, id: newId() };
}

describe('the sync protocol', () => {
	it('keeps a batch well under the 512K body limit of adapter-node', () => {
		expect(maxRequestBytes).toBeLessThanOrEqual(512 * 1024);
		expect(maxBatchBytes * 2).toBeLessThanOrEqual(maxRequestBytes);
		// Standard-form responses are about 1 KB: a full batch of them fits in its bytes.
		expect(maxBatchRecords * 1200).toBeLessThan(maxBatchBytes);
	});

	it('counts the exact size of a request, Thai text included', () => {
		const form = buildSatisfactionForm();
		const records: SyncRecord[] = [
			{ kind: 'response', record: buildResponse(form) },
			{ kind: 'feedback', record: buildFeedbackItem({ body: 'อยากให้มีที่จอดรถเพิ่มขึ้น "มาก" \n' }) },
			{ kind: 'response', record: buildResponse(form) }
		];
		const sizes = records.map((r) => ({ kind: r.kind, bytes: bytesOf(r.record) }));
		expect(syncRequestBytes(deviceId, sizes)).toBe(bytesOf({ deviceId, records }));
		expect(syncRequestBytes(deviceId, [])).toBe(bytesOf({ deviceId, records: [] }));
	});

	it('takes the oldest entries up to the record limit', () => {
		const entries = Array.from({ length: maxBatchRecords + 50 }, () => entry('response', 900));
		expect(takeBatch(deviceId, entries)).toEqual(entries.slice(0, maxBatchRecords));
	});

	it('takes the oldest entries up to the byte limit, and a record bigger than a batch alone', () => {
		const entries = Array.from({ length: 40 }, () => entry('feedback', 15_000));
		const batch = takeBatch(deviceId, entries);
		expect(batch).toEqual(entries.slice(0, batch.length));
		expect(syncRequestBytes(deviceId, batch)).toBeLessThanOrEqual(maxBatchBytes);
		expect(syncRequestBytes(deviceId, entries.slice(0, batch.length + 1))).toBeGreaterThan(
			maxBatchBytes
		);

		const huge = [entry('response', maxBatchBytes + 10), entry('response', 900)];
		expect(takeBatch(deviceId, huge)).toEqual([huge[0]]);
		expect(takeBatch(deviceId, [])).toEqual([]);
	});

	it('types what a device sends and reads', () => {
		const form = buildSatisfactionForm();
		const request = { deviceId, records: [{ kind: 'response', record: buildResponse(form) }] };
		expect(SyncRequest.safeParse(request).success).toBe(true);
		expect(SyncRequest.safeParse({ deviceId: 'tablet', records: [] }).success).toBe(false);

		const answer = SyncResponse.parse({
			results: [
				{ id: newId(), status: 'stored' },
				{
					id: null,
					status: 'rejected',
					error: { code: 'some-future-code', message: { th: 'ก', en: 'a' } }
				}
			]
		});
		expect(answer.results).toHaveLength(2);
		// A rejection always says why.
		expect(SyncResponse.safeParse({ results: [{ id: null, status: 'rejected' }] }).success).toBe(
			false
		);
	});

	it('describes the outbox export file, version 1', () => {
		const form = buildSatisfactionForm();
		const file = {
			format: 'ruamjai-outbox',
			version: 1,
			deviceId,
			exportedAt: '2025-06-15T05:00:00.000Z',
			records: [{ kind: 'response', record: buildResponse(form), state: 'pending' }]
		};
		expect(OutboxExport.safeParse(file).success).toBe(true);
		expect(OutboxExport.safeParse({ ...file, version: 2 }).success).toBe(false);
		expect(OutboxExport.safeParse({ ...file, format: 'something-else' }).success).toBe(false);
	});
});
