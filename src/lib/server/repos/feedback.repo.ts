import { randomInt } from 'node:crypto';
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
	canChangeStatus,
	FeedbackStatus,
	isOverdue,
	newId,
	newTrackingCode,
	parseFeedbackItem,
	responseDeadline,
	type FeedbackItem,
	type FeedbackStatusLookup,
	type FeedbackTrack,
	type PublicFeedbackSubmission,
	type TrackingCode,
	type ValidationIssue
} from '$lib/domain';
import { utcIso } from '../store/content-hash';
import { inChunks, type Db } from '../store/db';
import { feedback, feedbackReplies, signInThrottle, users } from '../store/schema';
import type {
	CreatePublicFeedbackOutcome,
	FeedbackForTriage,
	FeedbackInboxQuery,
	FeedbackInboxRow,
	FeedbackReplyInput,
	FeedbackThreadEntry,
	InsertReport,
	SetFeedbackStatusOutcome
} from '../store/types';
import { groupsRepo } from './groups.repo';
import { BatchOutcomes, unknownReference } from './insert-report';
import { officesRepo } from './offices.repo';
import { schoolsRepo } from './schools.repo';

type FeedbackRow = typeof feedback.$inferSelect;

const feedbackColumns = 16;
/** Drawing a used code again is rare (31^8 codes); three fresh draws make a failure negligible. */
const codeAttempts = 4;

const drawCode = (): TrackingCode => newTrackingCode((n) => randomInt(n));

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

		/**
		 * An item from a public page: the server gives the id, the time and the tracking code. The
		 * misconduct channel is its own page, which passes its track here.
		 */
		async createPublic(
			officeId: string,
			submission: PublicFeedbackSubmission,
			now: Date,
			track: FeedbackTrack = 'general'
		): Promise<CreatePublicFeedbackOutcome> {
			const item = {
				id: newId(),
				officeId,
				kind: submission.kind,
				track,
				groupId: submission.groupId,
				schoolId: submission.schoolId,
				...(submission.subject ? { subject: submission.subject } : {}),
				body: submission.body,
				anonymous: submission.anonymous,
				contact: submission.anonymous ? null : submission.contact,
				channel: 'web',
				submittedAt: now.toISOString(),
				deviceId: null
			};
			const report = await this.insert([item]);
			const outcome = report.outcomes[0];
			if (outcome?.status !== 'stored') {
				return { ok: false, issues: outcome?.status === 'rejected' ? outcome.issues : [] };
			}
			const [row] = await db
				.select({ trackingCode: feedback.trackingCode })
				.from(feedback)
				.where(eq(feedback.id, item.id));
			return { ok: true, id: item.id, trackingCode: row!.trackingCode };
		},

		async idOfTrackingCode(code: TrackingCode): Promise<string | null> {
			const [row] = await db
				.select({ id: feedback.id })
				.from(feedback)
				.where(eq(feedback.trackingCode, code));
			return row?.id ?? null;
		},

		async trackingCodeOf(id: string): Promise<string | null> {
			const [row] = await db
				.select({ trackingCode: feedback.trackingCode })
				.from(feedback)
				.where(eq(feedback.id, id));
			return row?.trackingCode ?? null;
		},

		/** What the holder of the code may see: no contact, no group, only public replies. */
		async findByTrackingCode(code: TrackingCode, now: Date): Promise<FeedbackStatusLookup | null> {
			const [row] = await db.select().from(feedback).where(eq(feedback.trackingCode, code));
			if (row === undefined) return null;
			const replies = await db
				.select()
				.from(feedbackReplies)
				.where(and(eq(feedbackReplies.feedbackId, row.id), eq(feedbackReplies.public, true)))
				.orderBy(asc(feedbackReplies.at), asc(feedbackReplies.id));
			const status = FeedbackStatus.parse(row.status);
			return {
				trackingCode: row.trackingCode,
				kind: row.kind as FeedbackItem['kind'],
				...(row.subject === null ? {} : { subject: row.subject }),
				body: row.body,
				anonymous: row.anonymous,
				status,
				submittedAt: row.submittedAt.toISOString(),
				statusChangedAt: row.statusChangedAt.toISOString(),
				deadline: responseDeadline(row.submittedAt).toISOString(),
				overdue: isOverdue({ submittedAt: row.submittedAt, status }, now),
				replies: replies.map((r) => ({
					text: r.text,
					at: r.at.toISOString(),
					from: r.authorId === null ? ('submitter' as const) : ('office' as const)
				}))
			};
		},

		/** Moves the item along its lifecycle; a transition the lifecycle does not allow is refused. */
		async setStatus(id: string, to: FeedbackStatus, now: Date): Promise<SetFeedbackStatusOutcome> {
			return db.transaction(async (tx) => {
				const [row] = await tx
					.select({ status: feedback.status })
					.from(feedback)
					.where(eq(feedback.id, id))
					.for('update');
				if (row === undefined) return 'not-found';
				if (!canChangeStatus(FeedbackStatus.parse(row.status), to)) return 'not-allowed';
				await tx
					.update(feedback)
					.set({ status: to, statusChangedAt: now })
					.where(eq(feedback.id, id));
				return 'changed';
			});
		},

		/** The reply's id; null when there is no such item. */
		async addReply(reply: FeedbackReplyInput): Promise<string | null> {
			const [item] = await db
				.select({ id: feedback.id })
				.from(feedback)
				.where(eq(feedback.id, reply.feedbackId));
			if (item === undefined) return null;
			const id = newId();
			await db.insert(feedbackReplies).values({
				id,
				feedbackId: reply.feedbackId,
				authorId: reply.authorId,
				text: reply.text,
				at: reply.at,
				public: reply.public,
				status: reply.status ?? null
			});
			return id;
		},

		async getForTriage(id: string): Promise<FeedbackForTriage | null> {
			const [row] = await db.select().from(feedback).where(eq(feedback.id, id));
			if (row === undefined) return null;
			return {
				...toFeedbackItem(row),
				trackingCode: row.trackingCode,
				status: FeedbackStatus.parse(row.status),
				statusChangedAt: row.statusChangedAt.toISOString()
			};
		},

		/**
		 * The items of an inbox, unordered: the order depends on the deadline, which the domain
		 * computes (`inboxOrder`). An office gets a few hundred items a year, so the whole filtered
		 * list is read.
		 */
		async listForInbox(query: FeedbackInboxQuery): Promise<FeedbackInboxRow[]> {
			const { filter } = query;
			const scope: SQL | undefined = query.wholeOffice
				? undefined
				: query.groupIds.length === 0
					? sql`false`
					: and(eq(feedback.track, 'general'), inArray(feedback.groupId, [...query.groupIds]));
			const rows = await db
				.select({
					id: feedback.id,
					officeId: feedback.officeId,
					kind: feedback.kind,
					track: feedback.track,
					groupId: feedback.groupId,
					schoolId: feedback.schoolId,
					subject: feedback.subject,
					bodyStart: sql<string>`left(${feedback.body}, 200)`,
					anonymous: feedback.anonymous,
					channel: feedback.channel,
					submittedAt: feedback.submittedAt,
					trackingCode: feedback.trackingCode,
					status: feedback.status,
					statusChangedAt: feedback.statusChangedAt
				})
				.from(feedback)
				.where(
					and(
						eq(feedback.officeId, query.officeId),
						scope,
						filter.status ? eq(feedback.status, filter.status) : undefined,
						filter.kind ? eq(feedback.kind, filter.kind) : undefined,
						filter.track ? eq(feedback.track, filter.track) : undefined,
						filter.groupId === 'none'
							? isNull(feedback.groupId)
							: filter.groupId
								? eq(feedback.groupId, filter.groupId)
								: undefined
					)
				);
			return rows.map((row) => ({
				id: row.id,
				officeId: row.officeId,
				kind: row.kind as FeedbackItem['kind'],
				track: row.track as FeedbackItem['track'],
				groupId: row.groupId,
				schoolId: row.schoolId,
				...(row.subject === null ? {} : { subject: row.subject }),
				bodyStart: row.bodyStart,
				anonymous: row.anonymous,
				channel: row.channel as FeedbackItem['channel'],
				submittedAt: row.submittedAt.toISOString(),
				trackingCode: row.trackingCode,
				status: FeedbackStatus.parse(row.status),
				statusChangedAt: row.statusChangedAt.toISOString()
			}));
		},

		async thread(id: string): Promise<FeedbackThreadEntry[]> {
			const rows = await db
				.select({
					id: feedbackReplies.id,
					at: feedbackReplies.at,
					text: feedbackReplies.text,
					public: feedbackReplies.public,
					authorId: feedbackReplies.authorId,
					authorName: users.displayName,
					status: feedbackReplies.status
				})
				.from(feedbackReplies)
				.leftJoin(users, eq(users.id, feedbackReplies.authorId))
				.where(eq(feedbackReplies.feedbackId, id))
				.orderBy(asc(feedbackReplies.at), asc(feedbackReplies.id));
			return rows.map((r) => ({
				...r,
				at: r.at.toISOString(),
				status: r.status === null ? null : FeedbackStatus.parse(r.status)
			}));
		},

		async triage(
			reply: FeedbackReplyInput & { authorId: string },
			now: Date
		): Promise<SetFeedbackStatusOutcome> {
			// The reply explains the status change: neither is kept without the other.
			return db.transaction(async (tx) => {
				const [row] = await tx
					.select({ status: feedback.status })
					.from(feedback)
					.where(eq(feedback.id, reply.feedbackId))
					.for('update');
				if (row === undefined) return 'not-found';
				const to = reply.status;
				if (to !== undefined) {
					if (!canChangeStatus(FeedbackStatus.parse(row.status), to)) return 'not-allowed';
					await tx
						.update(feedback)
						.set({ status: to, statusChangedAt: now })
						.where(eq(feedback.id, reply.feedbackId));
				}
				await tx.insert(feedbackReplies).values({
					id: newId(),
					feedbackId: reply.feedbackId,
					authorId: reply.authorId,
					text: reply.text,
					at: reply.at,
					public: reply.public,
					status: to ?? null
				});
				return 'changed';
			});
		},

		async assign(id: string, groupId: string): Promise<boolean> {
			const rows = await db
				.update(feedback)
				.set({ groupId })
				.where(eq(feedback.id, id))
				.returning({ id: feedback.id });
			return rows.length > 0;
		},

		/**
		 * Counts a request against a fixed window and says whether it is within `limit`. Kept in
		 * the sign-in throttle table (keys `feedback:<address>` do not meet its `user:`/`ip:` keys),
		 * so that it survives restarts and holds across server processes.
		 */
		async takeRateToken(key: string, limit: number, windowMs: number, now: Date) {
			const windowStart = new Date(now.getTime() - windowMs);
			const [row] = await db
				.insert(signInThrottle)
				.values({ key, failures: 1, lastFailureAt: now })
				.onConflictDoUpdate({
					target: signInThrottle.key,
					set: {
						failures: sql`case when ${signInThrottle.lastFailureAt} < ${windowStart}
							then 1 else ${signInThrottle.failures} + 1 end`,
						lastFailureAt: sql`case when ${signInThrottle.lastFailureAt} < ${windowStart}
							then ${now}::timestamptz else ${signInThrottle.lastFailureAt} end`
					}
				})
				.returning({ n: signInThrottle.failures });
			return (row?.n ?? 1) <= limit;
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
				// Conflicts on any unique key are skipped: on the id (a known record, judged below by
				// its hash) or on the tracking code (a clash, retried with a fresh code).
				let pending = accepted;
				for (let attempt = 0; attempt < codeAttempts && pending.length > 0; attempt++) {
					for (const chunk of inChunks(pending, feedbackColumns)) {
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
									statusChangedAt: new Date(f.submittedAt),
									deviceId: f.deviceId,
									contentHash: hash,
									trackingCode: drawCode()
								}))
							)
							.onConflictDoNothing()
							.returning({ id: feedback.id });
						for (const { id } of rows) inserted.add(id);
					}
					const left = [...new Set(pending.map((a) => a.value.id))].filter(
						(id) => !inserted.has(id)
					);
					const present =
						left.length === 0
							? new Set<string>()
							: new Set(
									(
										await tx
											.select({ id: feedback.id })
											.from(feedback)
											.where(inArray(feedback.id, left))
									).map((r) => r.id)
								);
					const retry = new Set(left.filter((id) => !present.has(id)));
					pending = pending.filter((a) => retry.has(a.value.id) && !inserted.has(a.value.id));
				}
				if (pending.length > 0) throw new Error('no free tracking code after several draws');
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
