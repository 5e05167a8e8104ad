import { and, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import { PublishedYear, TransparencyPage } from '$lib/api/transparency-contract';
import { FeedbackKind, FeedbackStatus, FeedbackTrack } from '$lib/domain';
import type { FeedbackTally } from '$lib/domain';
import type { Db } from '../store/db';
import { feedback, transparencyPages } from '../store/schema';

export function transparencyRepo(db: Db) {
	return {
		/** Records the page of its office and year, replacing (and un-withdrawing) an earlier one. */
		async publish(page: TransparencyPage, publishedBy: string | null): Promise<void> {
			// Validated here too: the store is the last door, and the page is read back with this schema.
			const content = TransparencyPage.parse(page);
			const row = {
				content,
				publishedAt: new Date(content.publishedAt),
				publishedBy,
				withdrawnAt: null
			};
			await db
				.insert(transparencyPages)
				.values({ officeId: content.office.id, fy: content.fy, ...row })
				.onConflictDoUpdate({
					target: [transparencyPages.officeId, transparencyPages.fy],
					set: row
				});
		},

		/** false when the year was not published (or already withdrawn). */
		async withdraw(officeId: string, fy: number, now: Date): Promise<boolean> {
			const rows = await db
				.update(transparencyPages)
				.set({ withdrawnAt: now })
				.where(and(published(officeId), eq(transparencyPages.fy, fy)))
				.returning({ fy: transparencyPages.fy });
			return rows.length > 0;
		},

		/** The published page of the year, or null when none is shown. */
		async get(officeId: string, fy: number): Promise<TransparencyPage | null> {
			const [row] = await db
				.select({ content: transparencyPages.content })
				.from(transparencyPages)
				.where(and(published(officeId), eq(transparencyPages.fy, fy)));
			// A page the schema no longer reads is a bug to fix, not a page to hide: it throws.
			return row === undefined ? null : TransparencyPage.parse(row.content);
		},

		/** The years shown to the public, latest first. */
		async listPublished(officeId: string): Promise<PublishedYear[]> {
			const rows = await db
				.select({ fy: transparencyPages.fy, publishedAt: transparencyPages.publishedAt })
				.from(transparencyPages)
				.where(published(officeId))
				.orderBy(desc(transparencyPages.fy));
			return rows.map((r) => ({ fy: r.fy, publishedAt: r.publishedAt.toISOString() }));
		},

		/** What the statistics of feedback submitted in [from, to) are counted from. */
		async feedbackTally(officeId: string, from: Date, to: Date): Promise<FeedbackTally[]> {
			const rows = await db
				.select({
					kind: feedback.kind,
					track: feedback.track,
					status: feedback.status,
					submittedAt: feedback.submittedAt,
					statusChangedAt: feedback.statusChangedAt
				})
				.from(feedback)
				.where(
					and(
						eq(feedback.officeId, officeId),
						gte(feedback.submittedAt, from),
						lt(feedback.submittedAt, to)
					)
				);
			return rows.map((r) => ({
				kind: FeedbackKind.parse(r.kind),
				track: FeedbackTrack.parse(r.track),
				status: FeedbackStatus.parse(r.status),
				submittedAt: r.submittedAt,
				statusChangedAt: r.statusChangedAt
			}));
		}
	};
}

const published = (officeId: string) =>
	and(eq(transparencyPages.officeId, officeId), isNull(transparencyPages.withdrawnAt));
