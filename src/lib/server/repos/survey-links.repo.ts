import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { ValidationIssue } from '$lib/domain';
import type { Db } from '../store/db';
import { responses, surveyBallots, surveyLinks } from '../store/schema';
import { responsesRepo } from './responses.repo';

/** A survey link as the store holds it (issue 8). */
export interface StoredSurveyLink {
	id: string;
	code: string;
	officeId: string;
	groupId: string;
	formId: string;
	schoolId: string | null;
	activityId: string | null;
	allowMultiple: boolean;
	createdBy: string | null;
	createdAt: Date;
	revokedAt: Date | null;
}

/** A link with how many responses came through it. */
export type SurveyLinkWithCount = StoredSurveyLink & { responses: number };

/**
 * stored — new; duplicate — the phone sent again what is stored (a lost answer, a retry);
 * already-answered — a ballot key of this phone already answered this link;
 * conflict — the id is stored with other content; rejected — invalid, nothing written.
 */
export type SurveySubmitOutcome =
	| { status: 'stored' | 'duplicate' | 'already-answered' | 'conflict' }
	| { status: 'rejected'; issues: ValidationIssue[] };

/** Thrown inside the transaction to roll it back when another request took the ballot first. */
class BallotTaken extends Error {}

export function surveyLinksRepo(db: Db) {
	return {
		/** false when the code is taken already (draw another). */
		async create(link: Omit<StoredSurveyLink, 'revokedAt'>): Promise<boolean> {
			const rows = await db
				.insert(surveyLinks)
				.values({ ...link, revokedAt: null })
				.onConflictDoNothing({ target: surveyLinks.code })
				.returning({ id: surveyLinks.id });
			return rows.length === 1;
		},

		async byCode(code: string): Promise<StoredSurveyLink | null> {
			const [row] = await db.select().from(surveyLinks).where(eq(surveyLinks.code, code));
			return row ?? null;
		},

		async get(id: string): Promise<StoredSurveyLink | null> {
			const [row] = await db.select().from(surveyLinks).where(eq(surveyLinks.id, id));
			return row ?? null;
		},

		/** The office's links (of these groups only, when given), newest first, with their counts. */
		async list(officeId: string, groupIds?: readonly string[]): Promise<SurveyLinkWithCount[]> {
			if (groupIds !== undefined && groupIds.length === 0) return [];
			const rows = await db
				.select({ link: surveyLinks, responses: count(responses.id) })
				.from(surveyLinks)
				.leftJoin(responses, eq(responses.surveyLinkId, surveyLinks.id))
				.where(
					and(
						eq(surveyLinks.officeId, officeId),
						groupIds === undefined ? undefined : inArray(surveyLinks.groupId, [...groupIds])
					)
				)
				.groupBy(surveyLinks.id)
				.orderBy(desc(surveyLinks.createdAt), surveyLinks.code);
			return rows.map((r) => ({ ...r.link, responses: r.responses }));
		},

		/** null for an unknown link; revoking twice keeps the first time. */
		async revoke(id: string, now: Date): Promise<StoredSurveyLink | null> {
			await db
				.update(surveyLinks)
				.set({ revokedAt: now })
				.where(and(eq(surveyLinks.id, id), isNull(surveyLinks.revokedAt)));
			return this.get(id);
		},

		/**
		 * Stores a response that came through `link`, validated as a tablet's is. `ballotHashes` are
		 * the phone's keys hashed for this link; empty when the link allows more than one response.
		 * A hash that already answered with another response refuses it; the primary key of
		 * survey_ballots settles two requests at once.
		 */
		async submit(
			link: StoredSurveyLink,
			record: unknown,
			ballotHashes: readonly string[]
		): Promise<SurveySubmitOutcome> {
			const id = (record as { id?: unknown } | null)?.id;
			try {
				return await db.transaction(async (tx): Promise<SurveySubmitOutcome> => {
					if (ballotHashes.length > 0) {
						const used = await tx
							.select({ responseId: surveyBallots.responseId })
							.from(surveyBallots)
							.where(
								and(
									eq(surveyBallots.surveyLinkId, link.id),
									inArray(surveyBallots.ballotHash, [...ballotHashes])
								)
							);
						// The same response again is a retry, not a second ballot.
						if (used.some((u) => u.responseId !== id)) return { status: 'already-answered' };
					}
					const report = await responsesRepo(tx).insert([record], { surveyLinkId: link.id });
					const outcome = report.outcomes[0]!;
					if (outcome.status === 'rejected') return { status: 'rejected', issues: outcome.issues };
					if (outcome.status === 'conflict') return { status: 'conflict' };
					if (ballotHashes.length > 0) {
						const added = await tx
							.insert(surveyBallots)
							.values(
								ballotHashes.map((ballotHash) => ({
									surveyLinkId: link.id,
									ballotHash,
									responseId: outcome.id
								}))
							)
							.onConflictDoNothing()
							.returning({ hash: surveyBallots.ballotHash });
						// A new response whose ballot another request took in the meantime.
						if (outcome.status === 'stored' && added.length < ballotHashes.length) {
							throw new BallotTaken();
						}
					}
					return { status: outcome.status };
				});
			} catch (error) {
				if (error instanceof BallotTaken) return { status: 'already-answered' };
				throw error;
			}
		}
	};
}
