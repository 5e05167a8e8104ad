import { count, eq, inArray } from 'drizzle-orm';
import {
	parseResponse,
	questionsOf,
	type FormDefinition,
	type Response,
	type ValidationIssue
} from '$lib/domain';
import { utcIso } from '../store/content-hash';
import { insertNewRowsAsJson, insertRowsAsJson, type Db } from '../store/db';
import { ratingAnswers, responses } from '../store/schema';
import type { InsertReport } from '../store/types';
import { activitiesRepo } from './activities.repo';
import { formsRepo, formVersionKey } from './forms.repo';
import { groupsRepo } from './groups.repo';
import { BatchOutcomes, unknownReference } from './insert-report';
import { addToRollups } from './rating-rollups';
import { schoolsRepo } from './schools.repo';

type ResponseRow = typeof responses.$inferSelect;
type RatingRow = typeof ratingAnswers.$inferInsert;

export function toResponse(row: ResponseRow): Response {
	return {
		id: row.id,
		officeId: row.officeId,
		formId: row.formId,
		formVersion: row.formVersion,
		groupId: row.groupId,
		schoolId: row.schoolId,
		respondentType: row.respondentType as Response['respondentType'],
		...(row.respondentTypeOther === null ? {} : { respondentTypeOther: row.respondentTypeOther }),
		answers: row.answers,
		startedAt: row.startedAt.toISOString(),
		submittedAt: row.submittedAt.toISOString(),
		deviceId: row.deviceId,
		collectorId: row.collectorId,
		sessionId: row.sessionId,
		// Absent rather than null: a survey response hashes as it did before activities existed.
		...(row.activityId === null ? {} : { activityId: row.activityId })
	};
}

/** The rating answers of a response, one row each, with the filters reports group by. */
function ratingRows(response: Response, form: FormDefinition): RatingRow[] {
	return questionsOf(form).flatMap((q) => {
		const value = response.answers[q.key];
		if (q.kind !== 'rating' || typeof value !== 'number') return [];
		return [
			{
				responseId: response.id,
				questionKey: q.key,
				officeId: response.officeId,
				formId: response.formId,
				formVersion: response.formVersion,
				dimension: q.dimension,
				value,
				groupId: response.groupId,
				schoolId: response.schoolId,
				respondentType: response.respondentType,
				submittedAt: new Date(response.submittedAt)
			}
		];
	});
}

export function responsesRepo(db: Db) {
	return {
		async get(id: string): Promise<Response | null> {
			const [row] = await db.select().from(responses).where(eq(responses.id, id));
			return row === undefined ? null : toResponse(row);
		},

		async countByDevice(deviceId: string): Promise<number> {
			const [row] = await db
				.select({ n: count() })
				.from(responses)
				.where(eq(responses.deviceId, deviceId));
			return row?.n ?? 0;
		},

		/**
		 * `surveyLinkId`: the records came through this survey link (issue 8), from a phone. It is
		 * where they came from, not what they say: not part of the content hash.
		 */
		async insert(
			inputs: readonly unknown[],
			options: { surveyLinkId?: string } = {}
		): Promise<InsertReport> {
			const batch = new BatchOutcomes<Response>(inputs.length);

			// First the shape alone, to learn which forms, groups and schools to look up at once.
			const shaped = inputs.map((input) => parseResponse(input));
			const named = shaped.flatMap((r) => (r.ok ? [r.value] : []));
			// One after another: in a caller's transaction (a sync batch) they share one connection,
			// which runs one query at a time.
			const formVersions = await formsRepo(db).versionsOf(named.map((r) => r.formId));
			const groupOffices = await groupsRepo(db).officesOf(named.map((r) => r.groupId));
			const schoolOffices = await schoolsRepo(db).officesOf(
				named.flatMap((r) => (r.schoolId === null ? [] : [r.schoolId]))
			);
			const activityRefs = await activitiesRepo(db).refsOf(
				named.flatMap((r) => (r.activityId === undefined ? [] : [r.activityId]))
			);

			const forms = new Map<string, FormDefinition>();
			inputs.forEach((input, index) => {
				const shape = shaped[index]!;
				if (!shape.ok) return batch.reject(index, input, shape.issues);
				const { formId, formVersion, groupId, schoolId, officeId, activityId } = shape.value;
				const form = formVersions.get(formVersionKey(formId, formVersion));
				if (form === undefined || !form.published) {
					const issue = unknownReference('formVersion', `${formId} version ${formVersion}`);
					return batch.reject(index, input, [issue]);
				}
				const checked = parseResponse(input, form.definition);
				if (!checked.ok) return batch.reject(index, input, checked.issues);
				const references: ValidationIssue[] = [];
				// A group or school of another office would put the response in the wrong reports.
				if (groupOffices.get(groupId) !== officeId) {
					references.push(unknownReference('groupId', `${groupId} of office ${officeId}`));
				}
				if (schoolId !== null && schoolOffices.get(schoolId) !== officeId) {
					references.push(unknownReference('schoolId', `${schoolId} of office ${officeId}`));
				}
				if (activityId !== undefined && activityRefs.get(activityId)?.officeId !== officeId) {
					references.push(unknownReference('activityId', `${activityId} of office ${officeId}`));
				}
				if (references.length > 0) return batch.reject(index, input, references);
				forms.set(formVersionKey(formId, formVersion), form.definition);
				batch.accept(index, {
					...checked.value,
					startedAt: utcIso(checked.value.startedAt),
					submittedAt: utcIso(checked.value.submittedAt)
				});
			});

			const accepted = batch.accepted;
			if (accepted.length === 0) return batch.settle(new Set(), new Map());

			// The response, its rating rows and their rollups stay together: reports must never count
			// half a response.
			return db.transaction(async (tx) => {
				const inserted = await insertNewRowsAsJson(
					tx,
					responses,
					accepted.map(({ value: r, hash }) => ({
						id: r.id,
						officeId: r.officeId,
						formId: r.formId,
						formVersion: r.formVersion,
						groupId: r.groupId,
						schoolId: r.schoolId,
						respondentType: r.respondentType,
						respondentTypeOther: r.respondentTypeOther ?? null,
						answers: r.answers,
						startedAt: new Date(r.startedAt),
						submittedAt: new Date(r.submittedAt),
						deviceId: r.deviceId,
						collectorId: r.collectorId,
						sessionId: r.sessionId,
						activityId: r.activityId ?? null,
						contentHash: hash,
						surveyLinkId: options.surveyLinkId ?? null
					})),
					responses.id
				);

				const ratings = accepted
					.filter(({ value }) => inserted.has(value.id))
					.flatMap(({ value }) =>
						ratingRows(value, forms.get(formVersionKey(value.formId, value.formVersion))!)
					);
				await insertRowsAsJson(tx, ratingAnswers, ratings);
				await addToRollups(tx, ratings);

				const known = accepted.map((a) => a.value.id).filter((id) => !inserted.has(id));
				const storedHashes = new Map<string, string>();
				if (known.length > 0) {
					const rows = await tx
						.select({ id: responses.id, contentHash: responses.contentHash })
						.from(responses)
						.where(inArray(responses.id, known));
					for (const row of rows) storedHashes.set(row.id, row.contentHash);
				}
				return batch.settle(inserted, storedHashes);
			});
		}
	};
}
