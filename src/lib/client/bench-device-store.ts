/**
 * Device store figures for `npm run bench`, on fake-indexeddb in Node: they compare versions of
 * this code, not tablets (a browser's IndexedDB has different costs, mostly for commits).
 */
import { buildResponse } from '$lib/domain/testing/factories';
import type { ValidRecord } from './repos';
import { deviceAtSchool, openTestDevice } from './testing/device-store';

const ANSWERS = 200;
const RECORDS = 10_000;
const BATCH = 1_000;

export async function benchDeviceStore(): Promise<string[]> {
	const device = openTestDevice({ now: () => new Date() });
	try {
		const { satisfaction, session } = await deviceAtSchool(device);
		const { drafts, records } = device.store;

		const draft = await drafts.create(session.id, satisfaction.id);
		const keys = ['steps_simple', 'speed', 'courtesy', 'attentive', 'overall'];
		const timings: number[] = [];
		for (let i = 0; i < ANSWERS; i++) {
			const started = performance.now();
			await drafts.saveAnswer(draft.id, keys[i % keys.length]!, (i % 5) + 1);
			timings.push(performance.now() - started);
		}

		const batches: ValidRecord[][] = [];
		for (let i = 0; i < RECORDS; i += BATCH) {
			batches.push(
				Array.from({ length: Math.min(BATCH, RECORDS - i) }, () => ({
					kind: 'response' as const,
					record: buildResponse(satisfaction, { sessionId: session.id })
				}))
			);
		}
		const started = performance.now();
		for (const batch of batches) {
			const added = await records.enqueueRecords(batch);
			if (!added.ok) throw new Error(`bench records rejected: ${added.issues[0]?.message.en}`);
		}
		const enqueueMs = performance.now() - started;
		const { total } = await records.outboxCounts();
		if (total !== RECORDS)
			throw new Error(`expected ${RECORDS} records in the outbox, found ${total}`);

		const firstBatchStarted = performance.now();
		await records.listOutbox({ limit: 200 });
		const firstBatchMs = performance.now() - firstBatchStarted;

		return [
			`device store (fake-indexeddb in Node): save one answer, median of ${ANSWERS}: ${ms(median(timings))} (p95 ${ms(percentile(timings, 0.95))})`,
			`device store: ${RECORDS.toLocaleString('en')} responses into the outbox in ${batches.length} transactions of ${BATCH}, each re-validated: ${ms(enqueueMs)} (${Math.round(RECORDS / (enqueueMs / 1000)).toLocaleString('en')} records/s)`,
			`device store: oldest 200 pending of ${RECORDS.toLocaleString('en')} (a sync batch): ${ms(firstBatchMs)}`
		];
	} finally {
		device.db.close();
		await device.db.delete();
	}
}

function median(values: number[]): number {
	return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function ms(value: number): string {
	return value < 10 ? `${value.toFixed(2)} ms` : `${Math.round(value)} ms`;
}
