import { z } from 'zod';
import { FeedbackKind, IsoDateTime, LevelScheme, LocalizedText, OfficeId } from '$lib/domain';
import {
	GroupReportItem,
	GroupSummary,
	OverallStatistics,
	ReportNote,
	ReportPeriod,
	RespondentBreakdown,
	reportQueryNumbers
} from './report-contract';

/*
 * The public transparency page of one fiscal year ("you said, we did", issue 7): for each group,
 * the four parts the ITA counts for participation (DOMAIN.md §4) — the topic (the group's
 * satisfaction survey), who took part, the results, and how the results were used — and the
 * year's complaint statistics. It is a snapshot made when an administrator publishes it, so the
 * numbers are the report's own, never recomputed by the page.
 */

/** One group's part of the page. */
export const TransparencyGroup = z.object({
	group: GroupSummary,
	/** The form the group's report is about; null when the group had no satisfaction form. */
	form: z.object({ title: LocalizedText }).nullable(),
	/** Who took part: respondents by type. */
	respondents: RespondentBreakdown,
	/** The results: the overall row of the group's report (n, x̄, S.D., level, percent). */
	overall: OverallStatistics,
	/** What people said needs improving: up to 3 items rated lowest. */
	youSaid: z.array(
		GroupReportItem.pick({ key: true, label: true, meanRounded: true, level: true })
	),
	/** Suggestions written in the survey's open questions. */
	suggestions: z.int().min(0),
	/** How the results were used: the group's improvement actions on the year's report. */
	weDid: ReportNote.pick({ text: true, author: true, updatedAt: true }).nullable()
});
export type TransparencyGroup = z.infer<typeof TransparencyGroup>;

/** Opinions and complaints of the year, counted: what offices publish every 6 and 12 months. */
const FeedbackCounts = z.object({
	/** Every item, both tracks. */
	total: z.int().min(0),
	byKind: z.record(FeedbackKind, z.int().min(0)),
	/** Items answered and closed (resolved or not actionable). */
	closed: z.int().min(0),
	/** Closed within the 15-day deadline. */
	closedInTime: z.int().min(0),
	/** Complaints on the misconduct track: a count only, never their content. */
	misconduct: z.int().min(0)
});

/**
 * Opinions and complaints counted, as offices publish them every 6 and 12 months (DOMAIN.md §4):
 * the whole year, and its first half (October to March).
 */
export const FeedbackStatistics = FeedbackCounts.extend({ firstHalf: FeedbackCounts });
export type FeedbackStatistics = z.infer<typeof FeedbackStatistics>;

export const TransparencyPage = z.object({
	office: z.object({ id: OfficeId, name: LocalizedText }),
	fy: reportQueryNumbers.fy,
	period: ReportPeriod,
	levelScheme: LevelScheme,
	/** Every group of the office pooled. */
	overall: OverallStatistics,
	/** Every group active in the year, in the office's order. */
	groups: z.array(TransparencyGroup),
	feedback: FeedbackStatistics,
	publishedAt: IsoDateTime,
	/** The publishing administrator's name as it was then. */
	publishedBy: z.string()
});
export type TransparencyPage = z.infer<typeof TransparencyPage>;

/** A published year, as the list of years shows it. */
export const PublishedYear = z.object({ fy: z.int(), publishedAt: IsoDateTime });
export type PublishedYear = z.infer<typeof PublishedYear>;
