import { inArray } from 'drizzle-orm';
import { AttendanceSignIn, issuesFromZod, type ValidationIssue } from '$lib/domain';
import { utcIso } from '../store/content-hash';
import { insertNewRowsAsJson, type Db } from '../store/db';
import { attendanceSignIns } from '../store/schema';
import type { InsertReport } from '../store/types';
import { activitiesRepo } from './activities.repo';
import { BatchOutcomes, unknownReference } from './insert-report';
import { schoolsRepo } from './schools.repo';

/**
 * Attendance sign-ins from the tablets (issue 8), stored like responses: idempotent by the
 * device's id, a known id with other content a conflict. Whether the activity was cancelled, or
 * the person signed in before, is not a reason to refuse: the sign-in is what happened at the
 * venue, and the activity page flags both.
 */
export function attendanceRepo(db: Db) {
	return {
		async insert(inputs: readonly unknown[]): Promise<InsertReport> {
			const batch = new BatchOutcomes<AttendanceSignIn>(inputs.length);
			const parsed = inputs.map((input) =>
				AttendanceSignIn.safeParse(input, { reportInput: true })
			);
			const valid = parsed.flatMap((r) => (r.success ? [r.data] : []));
			// One after another: in a sync batch they share one connection.
			const activityRefs = await activitiesRepo(db).refsOf(valid.map((s) => s.activityId));
			const schoolOffices = await schoolsRepo(db).officesOf(
				valid.flatMap((s) => (s.schoolId === null ? [] : [s.schoolId]))
			);

			inputs.forEach((input, index) => {
				const result = parsed[index]!;
				if (!result.success) return batch.reject(index, input, issuesFromZod(result.error));
				const signIn = result.data;
				const { officeId, activityId, schoolId } = signIn;
				const references: ValidationIssue[] = [];
				// An activity of another office would count the person in the wrong office's evidence.
				if (activityRefs.get(activityId)?.officeId !== officeId) {
					references.push(unknownReference('activityId', `${activityId} of office ${officeId}`));
				}
				if (schoolId !== null && schoolOffices.get(schoolId) !== officeId) {
					references.push(unknownReference('schoolId', `${schoolId} of office ${officeId}`));
				}
				if (references.length > 0) return batch.reject(index, input, references);
				batch.accept(index, { ...signIn, signedAt: utcIso(signIn.signedAt) });
			});

			const accepted = batch.accepted;
			if (accepted.length === 0) return batch.settle(new Set(), new Map());
			const inserted = await insertNewRowsAsJson(
				db,
				attendanceSignIns,
				accepted.map(({ value: s, hash }) => ({
					id: s.id,
					activityId: s.activityId,
					officeId: s.officeId,
					name: s.name,
					respondentType: s.respondentType,
					schoolId: s.schoolId,
					organisation: s.organisation,
					signature: s.signature,
					signedAt: new Date(s.signedAt),
					deviceId: s.deviceId,
					sessionId: s.sessionId,
					contentHash: hash
				})),
				attendanceSignIns.id
			);
			const known = accepted.map((a) => a.value.id).filter((id) => !inserted.has(id));
			const storedHashes = new Map<string, string>();
			if (known.length > 0) {
				const rows = await db
					.select({ id: attendanceSignIns.id, contentHash: attendanceSignIns.contentHash })
					.from(attendanceSignIns)
					.where(inArray(attendanceSignIns.id, known));
				for (const row of rows) storedHashes.set(row.id, row.contentHash);
			}
			return batch.settle(inserted, storedHashes);
		}
	};
}
