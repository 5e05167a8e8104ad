import { z } from 'zod';
import {
	IsoDate,
	IsoDateTime,
	Key,
	LevelScheme,
	LocalizedText,
	OfficeId,
	RespondentType
} from '$lib/domain';

/**
 * The JSON of the report API (issue 5). One computation feeds the pages, the exports and the
 * tests, so the numbers are sent unrounded beside the rounded mean the level and rank are read
 * from: a page or an export formats them, it never recomputes them.
 */

/** The whole numbers of the report query, as documented (the query coerces text to them). */
export const reportQueryNumbers = {
	fy: z.int().min(2500).max(2700),
	quarter: z.int().min(1).max(4),
	version: z.int().min(1)
};

/**
 * Query strings are text: numbers are coerced, then checked as whole numbers, so `fy=2568.5` or
 * `fy=abc` is a 400 naming `fy` rather than a report of no year.
 */
const coerced = (schema: z.ZodInt) => z.coerce.number().pipe(schema);

/** The period of a report: a fiscal year, one quarter of it, or a range of Bangkok dates. */
const periodShape = {
	/** Thai fiscal year in B.E.: FY 2568 = 1 Oct 2024 – 30 Sep 2025 (Bangkok time). */
	fy: coerced(reportQueryNumbers.fy).optional(),
	/** Q1 = Oct–Dec … Q4 = Jul–Sep, with `fy`; the whole year when absent. */
	quarter: coerced(reportQueryNumbers.quarter).optional(),
	/** First and last Bangkok day of a range (both included), instead of `fy`. */
	from: IsoDate.optional(),
	to: IsoDate.optional()
};

/** Longest date range a report covers: five fiscal years. */
export const MAX_RANGE_DAYS = 5 * 366;

type PeriodFields = { fy?: number; quarter?: number; from?: string; to?: string };

/** Either `fy` (and maybe `quarter`) or both `from` and `to`, named in the message when not. */
function checkPeriod(query: PeriodFields, ctx: z.RefinementCtx): void {
	const issue = (path: string, en: string, th: string) =>
		ctx.addIssue({ code: 'custom', path: [path], message: en, params: { th } });
	const range = query.from !== undefined || query.to !== undefined;
	if (query.fy === undefined && !range) {
		issue('fy', 'give fy, or from and to', 'ระบุปีงบประมาณ หรือวันที่เริ่มต้นและสิ้นสุด');
	} else if (query.fy !== undefined && range) {
		issue('from', 'give fy or from/to, not both', 'ระบุปีงบประมาณ หรือช่วงวันที่ อย่างใดอย่างหนึ่ง');
	} else if (range) {
		if (query.quarter !== undefined) {
			issue('quarter', 'quarter goes with fy', 'ระบุไตรมาสได้เมื่อระบุปีงบประมาณ');
		} else if (query.from === undefined || query.to === undefined) {
			issue(
				query.from === undefined ? 'from' : 'to',
				'a range needs both from and to',
				'ช่วงวันที่ต้องมีทั้งวันเริ่มต้นและวันสิ้นสุด'
			);
		} else if (query.from > query.to) {
			issue('to', 'to is before from', 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น');
		} else if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 >= MAX_RANGE_DAYS) {
			issue('to', 'a range covers at most five years', 'ช่วงวันที่ยาวได้ไม่เกิน ๕ ปี');
		}
	}
}

export const ReportPeriodQuery = z.object(periodShape).superRefine(checkPeriod);
export type ReportPeriodQuery = z.output<typeof ReportPeriodQuery>;

export const GroupReportQuery = z
	.object({
		...periodShape,
		/** The form reported on: the office's published satisfaction form when absent. */
		form: z.uuid().optional(),
		/** One version of the form; all versions pooled by question key when absent. */
		version: coerced(reportQueryNumbers.version).optional(),
		school: z.uuid().optional(),
		respondentType: RespondentType.optional()
	})
	.superRefine(checkPeriod);
export type GroupReportQuery = z.output<typeof GroupReportQuery>;

export const OverviewQuery = z
	.object({
		...periodShape,
		/** The office; may be left out while the server holds one office. */
		office: OfficeId.optional()
	})
	.superRefine(checkPeriod);
export type OverviewQuery = z.output<typeof OverviewQuery>;

export const ReportPeriod = z.object({
	kind: z.enum(['year', 'quarter', 'range']),
	/** The fiscal year (B.E.) of a year or quarter; null for a range. */
	fy: z.int().nullable(),
	quarter: z.int().min(1).max(4).nullable(),
	/** Half-open [from, to): `to` is the first instant after the period. */
	from: IsoDateTime,
	to: IsoDateTime,
	/** First and last Bangkok day, both included: what a page or a print shows. */
	firstDay: IsoDate,
	lastDay: IsoDate
});
export type ReportPeriod = z.infer<typeof ReportPeriod>;

const Level = z.int().min(1).max(5);
const FiveNumbers = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]);
const FiveCounts = z.tuple([z.int(), z.int(), z.int(), z.int(), z.int()]);

/** The fields every row of the report shares. `z.number()` refuses NaN: an empty row says null. */
export const ReportStatistics = z.object({
	/** Answers given; an optional item skipped by a respondent is not counted. */
	n: z.int().min(0),
	/** Answers 1, 2, 3, 4 and 5, in that order. */
	counts: FiveCounts,
	/** Percent of n at each level 1..5, unrounded; all 0 when n is 0. */
	percents: FiveNumbers,
	/** Unrounded x̄; null when n is 0. */
	mean: z.number().nullable(),
	/** x̄ rounded half up to 2 decimals, as printed: level and rank are read from it. */
	meanRounded: z.number().nullable(),
	/** Sample S.D. (n − 1); null when n < 2. */
	sd: z.number().nullable(),
	/** Thai level of the rounded mean under the office's scheme: 5 มากที่สุด … 1 น้อยที่สุด. */
	level: Level.nullable()
});

/** How a rounded mean moved since the previous period: previous and change are null without one. */
const Change = {
	/** The previous period's rounded mean of the same row; null when it had no answers. */
	previousMeanRounded: z.number().nullable(),
	/** meanRounded − previousMeanRounded, to 2 decimals; null when either is null. */
	change: z.number().nullable()
};

export const GroupReportItem = ReportStatistics.extend({
	key: Key,
	dimension: Key,
	label: LocalizedText,
	/** Rank by rounded mean, highest 1; equal printed means share a rank (1, 2, 2, 4). */
	rank: z.int().min(1).nullable(),
	...Change
});
export type GroupReportItem = z.infer<typeof GroupReportItem>;

export const GroupReportDimension = ReportStatistics.extend({
	key: Key,
	label: LocalizedText,
	/** Responses with at least one answer in the dimension. */
	responses: z.int().min(0),
	rank: z.int().min(1).nullable(),
	...Change
});
export type GroupReportDimension = z.infer<typeof GroupReportDimension>;

/** The overall row: every answer to every rating item pooled. */
export const OverallStatistics = ReportStatistics.extend({
	responses: z.int().min(0),
	/** ร้อยละความพึงพอใจ = x̄ / 5 × 100 from the unrounded mean; null when n is 0. */
	satisfactionPercent: z.number().nullable()
});
export type OverallStatistics = z.infer<typeof OverallStatistics>;

/** ตอนที่ ๑: who answered, every respondent type in the domain's order (zero counts included). */
export const RespondentBreakdown = z.object({
	/** Responses of the group to the form in the period, with or without rating answers. */
	total: z.int().min(0),
	byType: z.array(
		z.object({
			type: RespondentType,
			count: z.int().min(0),
			/** Percent of total, unrounded; 0 when total is 0. */
			percent: z.number()
		})
	)
});
export type RespondentBreakdown = z.infer<typeof RespondentBreakdown>;

/** Most distinct answers listed per open question; `distinct` says how many there were. */
export const MAX_OPEN_ANSWERS = 200;

/** ตอนที่ ๓: the answers to one short or long text question of the form. */
export const OpenAnswers = z.object({
	key: Key,
	label: LocalizedText,
	/** Non-blank answers given. */
	total: z.int().min(0),
	/** Different answers after trimming; identical ones are merged with their count. */
	distinct: z.int().min(0),
	/** Most frequent first, then oldest first; at most MAX_OPEN_ANSWERS. Plain text, never HTML. */
	answers: z.array(z.object({ text: z.string(), count: z.int().min(1) }))
});
export type OpenAnswers = z.infer<typeof OpenAnswers>;

/** One fiscal quarter of the trend: the overall row of that quarter alone. */
export const TrendPoint = OverallStatistics.pick({
	responses: true,
	n: true,
	mean: true,
	meanRounded: true,
	sd: true,
	level: true,
	satisfactionPercent: true
}).extend({ fy: z.int(), quarter: z.int().min(1).max(4) });
export type TrendPoint = z.infer<typeof TrendPoint>;

export const reportNoteKinds = ['executive-opinion', 'improvement-actions'] as const;
/**
 * executive-opinion: ความเห็น/ข้อสั่งการ of the executive on the report; improvement-actions: what
 * the group did with the results (the fourth part the ITA asks for, DOMAIN.md §4).
 */
export const ReportNoteKind = z.enum(reportNoteKinds);
export type ReportNoteKind = z.infer<typeof ReportNoteKind>;

export const MAX_NOTE_LENGTH = 5000;

export const ReportNote = z.object({
	kind: ReportNoteKind,
	/** Plain text, shown as text everywhere. */
	text: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
	/** Who wrote it, as they signed it. */
	author: z.string().trim().min(1).max(200),
	updatedAt: IsoDateTime
});
export type ReportNote = z.infer<typeof ReportNote>;

/** What a page or `PUT /api/reports/groups/{groupId}/notes` sends to record a note. */
export const ReportNoteInput = z
	.object({
		fy: reportQueryNumbers.fy,
		/** null: the note is on the whole fiscal year's report. */
		quarter: reportQueryNumbers.quarter.nullable(),
		kind: ReportNoteKind,
		text: ReportNote.shape.text,
		/** How the writer signs it; the signed-in user's name when absent. */
		author: ReportNote.shape.author.optional()
	})
	.strict();
export type ReportNoteInput = z.infer<typeof ReportNoteInput>;

export const GroupSummary = z.object({
	id: z.uuid(),
	code: Key,
	name: LocalizedText,
	shortName: z.string()
});

export const GroupReport = z.object({
	group: GroupSummary,
	period: ReportPeriod,
	/** The period just before, the same length: the previous year, quarter or range. */
	previousPeriod: ReportPeriod,
	filters: z.object({
		schoolId: z.uuid().nullable(),
		respondentType: RespondentType.nullable()
	}),
	levelScheme: LevelScheme,
	form: z.object({
		id: z.uuid(),
		title: LocalizedText,
		/** null: every version pooled by question key, labels and order from the latest. */
		version: z.int().min(1).nullable()
	}),
	/** Responses with at least one rating answer in the period. */
	responses: z.int().min(0),
	respondents: RespondentBreakdown,
	/**
	 * Every rating item of the form in its order (n 0 when unanswered), then any item only older
	 * versions had.
	 */
	items: z.array(GroupReportItem),
	dimensions: z.array(GroupReportDimension),
	overall: OverallStatistics.extend(Change),
	/** The previous period's overall row, with the same filters. */
	previous: OverallStatistics,
	/** Up to 3 answered items with the lowest rounded means, lowest first: what to improve. */
	lowest: z.array(
		GroupReportItem.pick({
			key: true,
			dimension: true,
			label: true,
			meanRounded: true,
			level: true
		})
	),
	/** Short and long text questions of the form, in its order. */
	openAnswers: z.array(OpenAnswers),
	/**
	 * The 12 fiscal quarters of the three fiscal years that end with the report's (for a range,
	 * the fiscal year of its last day), oldest first, same group, form and filters.
	 */
	trend: z.array(TrendPoint),
	/** Notes on this fiscal year or quarter's report; both null for a date range. */
	notes: z.object({
		executiveOpinion: ReportNote.nullable(),
		improvementActions: ReportNote.nullable()
	})
});
export type GroupReport = z.infer<typeof GroupReport>;

/** One group in the executive overview: its overall row over every satisfaction form. */
export const OverviewRow = OverallStatistics.extend({
	group: GroupSummary,
	/** By rounded mean among the groups with answers, highest 1. */
	rank: z.int().min(1).nullable(),
	...Change,
	hasExecutiveOpinion: z.boolean(),
	hasImprovementActions: z.boolean()
});
export type OverviewRow = z.infer<typeof OverviewRow>;

export const ExecutiveOverview = z.object({
	office: z.object({ id: OfficeId, name: LocalizedText }),
	period: ReportPeriod,
	previousPeriod: ReportPeriod,
	levelScheme: LevelScheme,
	/**
	 * Every active group of the office: highest rounded mean first, groups without answers last,
	 * ties in the office's group order.
	 */
	groups: z.array(OverviewRow),
	/** All groups pooled. */
	overall: OverallStatistics.extend(Change)
});
export type ExecutiveOverview = z.infer<typeof ExecutiveOverview>;
