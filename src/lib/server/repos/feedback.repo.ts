import { count, eq, inArray } from 'drizzle-orm';
import { parseFeedbackItem, type FeedbackItem, type ValidationIssue } from '$lib/domain';
import { utcIso } from '../store/content-hash';
import { inChunks, type Db } from '../store/db';
import { feedback } from '../store/schema';
import type { InsertReport } from '../store/types';
import { groupsRepo } from './groups.repo';
import { BatchOutcomes, unknownReference } from './insert-report';
import { officesRepo } from './offices.repo';
import { schoolsRepo } from './schools.repo';

type FeedbackRow = typeof feedback.$inferSelect;

const feedbackColumns = 15;

function toFeedbackItem(row: FeedbackRow): FeedbackItem {
	return {
		id: row.id,
		officeId: row.officeId,
		kind: row.kind as FeedbackItem['kind'],
		track: row.track as FeedbackItem['track'],
		groupId: row.groupId,
		schoolId: row.schoolId,
		...(row.subject === null ? {} : { subject: row.subject }),
		body: row.body,
		anonymous: row.anonymous,
		contact: row.contact,
		channel: row.channel as FeedbackItem['channel'],
		submittedAt: row.submittedAt.toISOString(),
		deviceId: row.deviceId
	};
}

export function feedbackRepo(db: Db) {
	return {
		async get(id: string): Promise<FeedbackItem | null> {
			const [row] = await db.select().from(feedback).where(eq(feedback.id, id));
			return row === undefined ? null : toFeedbackItem(row);
		},

		async countByDevice(deviceId: string): Promise<number> {
			const [row] = await db
				.select({ n: count() })
				.from(feedback)
				.where(eq(feedback.deviceId, deviceId));
			return row?.n ?? 0;
		},

		async insert(inputs: readonly unknown[]): Promise<InsertReport> {
			const batch = new BatchOutcomes<FeedbackItem>(inputs.length);
			const parsed = inputs.map((input) => parseFeedbackItem(input));
			const valid = parsed.flatMap((r) => (r.ok ? [r.value] : []));
			// One after another: in a caller's transaction (a sync batch) they share one connection,
			// which runs one query at a time.
			const offices = await officesRepo(db).existing(valid.map((f) => f.officeId));
			const groupOffices = await groupsRepo(db).officesOf(
				valid.flatMap((f) => (f.groupId === null ? [] : [f.groupId]))
			);
			const schoolOffices = await schoolsRepo(db).officesOf(
				valid.flatMap((f) => (f.schoolId === null ? [] : [f.schoolId]))
			);

			inputs.forEach((input, index) => {
				const result = parsed[index]!;
				if (!result.ok) return batch.reject(index, input, result.issues);
				const item = result.value;
				const references: ValidationIssue[] = [];
				const { officeId, groupId, schoolId } = item;
				if (!offices.has(officeId)) references.push(unknownReference('officeId', officeId));
				if (groupId !== null && groupOffices.get(groupId) !== officeId) {
					references.push(unknownReference('groupId', `${groupId} of office ${officeId}`));
				}
				if (schoolId !== null && schoolOffices.get(schoolId) !== officeId) {
					references.push(unknownReference('schoolId', `${schoolId} of office ${officeId}`));
				}
				if (references.length > 0) return batch.reject(index, input, references);
				batch.accept(index, { ...item, submittedAt: utcIso(item.submittedAt) });
			});

			const accepted = batch.accepted;
			if (accepted.length === 0) return batch.settle(new Set(), new Map());

			return db.transaction(async (tx) => {
				const inserted = new Set<string>();
				for (const chunk of inChunks(accepted, feedbackColumns)) {
					const rows = await tx
						.insert(feedback)
						.values(
							chunk.map(({ value: f, hash }) => ({
								id: f.id,
								officeId: f.officeId,
								kind: f.kind,
								track: f.track,
								groupId: f.groupId,
								schoolId: f.schoolId,
								subject: f.subject ?? null,
								body: f.body,
								anonymous: f.anonymous,
								contact: f.contact,
								channel: f.channel,
								submittedAt: new Date(f.submittedAt),
								deviceId: f.deviceId,
								contentHash: hash
							}))
						)
						.onConflictDoNothing({ target: feedback.id })
						.returning({ id: feedback.id });
					for (const { id } of rows) inserted.add(id);
				}
				const known = accepted.map((a) => a.value.id).filter((id) => !inserted.has(id));
				const storedHashes = new Map<string, string>();
				if (known.length > 0) {
					const rows = await tx
						.select({ id: feedback.id, contentHash: feedback.contentHash })
						.from(feedback)
						.where(inArray(feedback.id, known));
					for (const row of rows) storedHashes.set(row.id, row.contentHash);
				}
				return batch.settle(inserted, storedHashes);
			});
		}
	};
}
