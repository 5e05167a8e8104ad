import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { PublishedActivity } from '$lib/api/activities-contract';
import {
	Activity,
	ActivityKind,
	ActivityStatus,
	RespondentType,
	type AttendanceSignIn,
	type LevelCounts
} from '$lib/domain';
import type { Db } from '../store/db';
import {
	activities,
	activityInvitations,
	attendanceSignIns,
	ratingAnswers,
	representatives,
	responses
} from '../store/schema';
import { toRepresentative } from './representatives.repo';
import { validateAll } from './validate';
import type { Representative } from '$lib/domain';

type ActivityRow = typeof activities.$inferSelect;

function toActivity(row: ActivityRow): Activity {
	return {
		id: row.id,
		officeId: row.officeId,
		groupId: row.groupId,
		kind: ActivityKind.parse(row.kind),
		topic: row.topic,
		heldOn: row.heldOn,
		schoolId: row.schoolId,
		placeNote: row.placeNote,
		plannedParticipants: row.plannedParticipants,
		evaluationFormId: row.evaluationFormId,
		status: ActivityStatus.parse(row.status),
		results: row.results,
		actionsTaken: row.actionsTaken,
		createdAt: row.createdAt.toISOString(),
		updatedAt: row.updatedAt.toISOString(),
		publishedAt: row.publishedAt?.toISOString() ?? null
	};
}

type SignInRow = typeof attendanceSignIns.$inferSelect;

export function toSignIn(row: SignInRow): AttendanceSignIn {
	return {
		id: row.id,
		officeId: row.officeId,
		activityId: row.activityId,
		name: row.name,
		respondentType: RespondentType.parse(row.respondentType),
		schoolId: row.schoolId,
		organisation: row.organisation,
		signature: row.signature,
		signedAt: row.signedAt.toISOString(),
		deviceId: row.deviceId,
		sessionId: row.sessionId
	};
}

export interface ActivityQuery {
	officeId: string;
	/** Only these groups; every group of the office when absent. */
	groupIds?: readonly string[];
	/** Bangkok days, both included. */
	from?: string;
	to?: string;
}

/** Rating counts of the responses evaluating one activity, per question and overall. */
export interface EvaluationCounts {
	formIds: string[];
	responses: number;
	overall: LevelCounts;
	items: { questionKey: string; counts: LevelCounts }[];
}

export function activitiesRepo(db: Db) {
	return {
		/** Inserts or replaces the activity by id; throws DomainValidationError on invalid input. */
		async save(input: unknown): Promise<Activity> {
			const [a] = validateAll('activity', Activity, [input]);
			const row = {
				officeId: a!.officeId,
				groupId: a!.groupId,
				kind: a!.kind,
				topic: a!.topic,
				heldOn: a!.heldOn,
				schoolId: a!.schoolId,
				placeNote: a!.placeNote,
				plannedParticipants: a!.plannedParticipants,
				evaluationFormId: a!.evaluationFormId,
				status: a!.status,
				results: a!.results,
				actionsTaken: a!.actionsTaken,
				updatedAt: new Date(a!.updatedAt)
			};
			const [saved] = await db
				.insert(activities)
				.values({ id: a!.id, ...row, createdAt: new Date(a!.createdAt) })
				.onConflictDoUpdate({ target: activities.id, set: row })
				.returning();
			return toActivity(saved!);
		},

		async get(id: string): Promise<Activity | null> {
			const [row] = await db.select().from(activities).where(eq(activities.id, id));
			return row === undefined ? null : toActivity(row);
		},

		/** By day held, then topic. */
		async list(query: ActivityQuery): Promise<Activity[]> {
			if (query.groupIds?.length === 0) return [];
			const rows = await db
				.select()
				.from(activities)
				.where(
					and(
						eq(activities.officeId, query.officeId),
						query.groupIds === undefined
							? undefined
							: inArray(activities.groupId, [...query.groupIds]),
						query.from === undefined ? undefined : gte(activities.heldOn, query.from),
						query.to === undefined ? undefined : lte(activities.heldOn, query.to)
					)
				)
				.orderBy(asc(activities.heldOn), asc(activities.topic), asc(activities.id));
			return rows.map(toActivity);
		},

		/** The office and status of each activity named, for checking records that name one. */
		async refsOf(ids: readonly string[]): Promise<Map<string, { officeId: string }>> {
			if (ids.length === 0) return new Map();
			const rows = await db
				.select({ id: activities.id, officeId: activities.officeId })
				.from(activities)
				.where(inArray(activities.id, [...new Set(ids)]));
			return new Map(rows.map((r) => [r.id, { officeId: r.officeId }]));
		},

		/** The sign-ins of these activities, earliest first. */
		async signIns(activityIds: readonly string[]): Promise<AttendanceSignIn[]> {
			if (activityIds.length === 0) return [];
			const rows = await db
				.select()
				.from(attendanceSignIns)
				.where(inArray(attendanceSignIns.activityId, [...new Set(activityIds)]))
				.orderBy(asc(attendanceSignIns.signedAt), asc(attendanceSignIns.id));
			return rows.map(toSignIn);
		},

		/**
		 * What counting people needs of the sign-ins of these activities, without the signatures:
		 * a year's list counts every activity's sign-ins.
		 */
		async signInKeys(activityIds: readonly string[]) {
			if (activityIds.length === 0) return [];
			const s = attendanceSignIns;
			const rows = await db
				.select({
					id: s.id,
					activityId: s.activityId,
					name: s.name,
					schoolId: s.schoolId,
					organisation: s.organisation,
					respondentType: s.respondentType,
					signedAt: s.signedAt
				})
				.from(s)
				.where(inArray(s.activityId, [...new Set(activityIds)]));
			return rows.map((r) => ({
				...r,
				respondentType: RespondentType.parse(r.respondentType),
				signedAt: r.signedAt.toISOString()
			}));
		},

		/** Counted in the database like the reports; only the counts leave it. */
		async evaluationCounts(activityId: string): Promise<EvaluationCounts> {
			const r = ratingAnswers;
			const countOf = (k: number) =>
				sql<number>`count(*) filter (where ${r.value} = ${k})`.mapWith(Number);
			const rows = await db
				.select({
					level: sql<number>`grouping(${r.questionKey})`.mapWith(Number),
					questionKey: r.questionKey,
					c1: countOf(1),
					c2: countOf(2),
					c3: countOf(3),
					c4: countOf(4),
					c5: countOf(5)
				})
				.from(r)
				.innerJoin(responses, eq(responses.id, r.responseId))
				.where(eq(responses.activityId, activityId))
				.groupBy(sql`grouping sets ((${r.questionKey}), ())`);
			const [totals] = await db
				.select({
					responses: sql<number>`count(*)`.mapWith(Number),
					formIds: sql<string[]>`coalesce(array_agg(distinct ${responses.formId}), '{}')`
				})
				.from(responses)
				.where(eq(responses.activityId, activityId));
			const countsOf = (row: (typeof rows)[number]): LevelCounts => [
				row.c1,
				row.c2,
				row.c3,
				row.c4,
				row.c5
			];
			const overall = rows.find((row) => row.level === 1);
			return {
				formIds: (totals?.formIds ?? []).map(String),
				responses: totals?.responses ?? 0,
				overall: overall === undefined ? [0, 0, 0, 0, 0] : countsOf(overall),
				items: rows
					.filter((row) => row.level === 0 && row.questionKey !== null)
					.map((row) => ({ questionKey: row.questionKey!, counts: countsOf(row) }))
			};
		},

		async invite(activityId: string, representativeIds: readonly string[], now: Date) {
			if (representativeIds.length === 0) return;
			await db
				.insert(activityInvitations)
				.values(
					representativeIds.map((representativeId) => ({
						activityId,
						representativeId,
						invitedAt: now
					}))
				)
				.onConflictDoNothing();
		},

		async uninvite(activityId: string, representativeId: string): Promise<boolean> {
			const rows = await db
				.delete(activityInvitations)
				.where(
					and(
						eq(activityInvitations.activityId, activityId),
						eq(activityInvitations.representativeId, representativeId)
					)
				)
				.returning({ id: activityInvitations.representativeId });
			return rows.length > 0;
		},

		/** The representatives invited to each activity, by name. */
		async invited(activityIds: readonly string[]): Promise<Map<string, Representative[]>> {
			const invited = new Map<string, Representative[]>();
			if (activityIds.length === 0) return invited;
			const rows = await db
				.select({ activityId: activityInvitations.activityId, representative: representatives })
				.from(activityInvitations)
				.innerJoin(representatives, eq(representatives.id, activityInvitations.representativeId))
				.where(inArray(activityInvitations.activityId, [...new Set(activityIds)]))
				.orderBy(asc(representatives.name), asc(representatives.id));
			for (const row of rows) {
				const list = invited.get(row.activityId) ?? [];
				list.push(toRepresentative(row.representative));
				invited.set(row.activityId, list);
			}
			return invited;
		},

		/** Puts the record on the public page (again, replacing an earlier snapshot). */
		async publish(record: PublishedActivity): Promise<boolean> {
			const content = PublishedActivity.parse(record);
			const rows = await db
				.update(activities)
				.set({ publishedAt: new Date(content.publishedAt), publishedRecord: content })
				.where(eq(activities.id, content.id))
				.returning({ id: activities.id });
			return rows.length > 0;
		},

		/** false when it was not published. */
		async withdraw(id: string): Promise<boolean> {
			const rows = await db
				.update(activities)
				.set({ publishedAt: null })
				.where(and(eq(activities.id, id), isNotNull(activities.publishedAt)))
				.returning({ id: activities.id });
			return rows.length > 0;
		},

		/** What the public page shows of the activities held from `from` to `to`: published only. */
		async listPublished(officeId: string, from: string, to: string): Promise<PublishedActivity[]> {
			const rows = await db
				.select({ record: activities.publishedRecord })
				.from(activities)
				.where(
					and(
						eq(activities.officeId, officeId),
						isNotNull(activities.publishedAt),
						gte(activities.heldOn, from),
						lte(activities.heldOn, to)
					)
				)
				.orderBy(asc(activities.heldOn), asc(activities.topic), asc(activities.id));
			// A snapshot the schema no longer reads is a bug to fix, not a record to hide: it throws.
			return rows.map((r) => PublishedActivity.parse(r.record));
		},

		/** The days of the published activities, to list their fiscal years. */
		async publishedDays(officeId: string): Promise<string[]> {
			const rows = await db
				.selectDistinct({ heldOn: activities.heldOn })
				.from(activities)
				.where(and(eq(activities.officeId, officeId), isNotNull(activities.publishedAt)));
			return rows.map((r) => r.heldOn);
		}
	};
}
