import { desc, eq, sql } from 'drizzle-orm';
import { newId } from '$lib/domain';
import { contentHash } from '../store/content-hash';
import type { Db } from '../store/db';
import { syncConflicts } from '../store/schema';
import type {
	InsertReport,
	SyncBatch,
	SyncBatchReport,
	SyncConflict,
	SyncSource
} from '../store/types';
import { attendanceRepo } from './attendance.repo';
import { feedbackRepo } from './feedback.repo';
import { responsesRepo } from './responses.repo';

type ConflictRow = typeof syncConflicts.$inferInsert;

function toConflict(row: typeof syncConflicts.$inferSelect): SyncConflict {
	return {
		id: row.id,
		officeId: row.officeId,
		recordKind: row.recordKind as SyncConflict['recordKind'],
		recordId: row.recordId,
		deviceId: row.deviceId,
		source: row.source as SyncSource,
		received: row.received,
		firstReceivedAt: row.firstReceivedAt.toISOString(),
		lastReceivedAt: row.lastReceivedAt.toISOString(),
		times: row.times
	};
}

/**
 * One row per record id and content sent, counted: a device retrying the same conflicting record
 * adds to `times` instead of filling the log.
 */
function conflictRows(
	kind: SyncConflict['recordKind'],
	inputs: readonly unknown[],
	report: InsertReport,
	batch: SyncBatch
): ConflictRow[] {
	const rows = new Map<string, ConflictRow>();
	for (const outcome of report.outcomes) {
		if (outcome.status !== 'conflict') continue;
		// A conflict passed validation, so the input is a record with an id and an office.
		const received = inputs[outcome.index] as { officeId: string };
		const receivedHash = contentHash(received);
		const key = `${outcome.id} ${receivedHash}`;
		const seen = rows.get(key);
		if (seen !== undefined) {
			seen.times = (seen.times ?? 1) + 1;
			continue;
		}
		rows.set(key, {
			id: newId(),
			officeId: received.officeId,
			recordKind: kind,
			recordId: outcome.id,
			deviceId: batch.deviceId,
			source: batch.source,
			received,
			receivedHash,
			firstReceivedAt: batch.now,
			lastReceivedAt: batch.now,
			times: 1
		});
	}
	return [...rows.values()];
}

export function syncRepo(db: Db) {
	return {
		async storeBatch(
			batch: SyncBatch,
			options: { beforeCommit?: () => Promise<void> } = {}
		): Promise<SyncBatchReport> {
			// One transaction for the batch: the device drops what the answer calls stored, so the
			// answer must never name a record that a later failure in the same batch rolled back.
			return db.transaction(async (tx) => {
				const responses = await responsesRepo(tx).insert(batch.responses);
				const feedback = await feedbackRepo(tx).insert(batch.feedback);
				const attendance = await attendanceRepo(tx).insert(batch.attendance);
				const conflicts = [
					...conflictRows('response', batch.responses, responses, batch),
					...conflictRows('feedback', batch.feedback, feedback, batch),
					...conflictRows('attendance', batch.attendance, attendance, batch)
				];
				if (conflicts.length > 0) {
					await tx
						.insert(syncConflicts)
						.values(conflicts)
						.onConflictDoUpdate({
							target: [syncConflicts.recordId, syncConflicts.receivedHash],
							set: {
								times: sql`${syncConflicts.times} + excluded.times`,
								lastReceivedAt: sql`excluded.last_received_at`
							}
						});
				}
				await options.beforeCommit?.();
				return { responses, feedback, attendance };
			});
		},

		async conflicts(officeId?: string): Promise<SyncConflict[]> {
			const rows = await db
				.select()
				.from(syncConflicts)
				.where(officeId === undefined ? undefined : eq(syncConflicts.officeId, officeId))
				.orderBy(desc(syncConflicts.lastReceivedAt), desc(syncConflicts.id));
			return rows.map(toConflict);
		}
	};
}
