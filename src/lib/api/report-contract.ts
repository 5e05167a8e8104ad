import { z } from 'zod';
import { IsoDateTime, Key, LevelScheme, LocalizedText, RespondentType } from '$lib/domain';

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

export const GroupReportQuery = z.object({
	/** Thai fiscal year in B.E.: FY 2568 = 1 Oct 2024 – 30 Sep 2025 (Bangkok time). */
	fy: coerced(reportQueryNumbers.fy),
	/** Q1 = Oct–Dec … Q4 = Jul–Sep; the whole year when absent. */
	quarter: coerced(reportQueryNumbers.quarter).optional(),
	/** The form reported on; the office's published satisfaction form when absent. */
	form: z.uuid().optional(),
	/** One version of the form; all versions pooled by question key when absent. */
	version: coerced(reportQueryNumbers.version).optional(),
	school: z.uuid().optional(),
	respondentType: RespondentType.optional()
});
export type GroupReportQuery = z.output<typeof GroupReportQuery>;

const Level = z.int().min(1).max(5);
const FiveNumbers = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]);
const FiveCounts = z.tuple([z.int(), z.int(), z.int(), z.int(), z.int()]);

/** The fields every row of the report shares. `z.number()` refuses NaN: an empty row says null. */
const ReportStatistics = z.object({
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

export const GroupReportItem = ReportStatistics.extend({
	key: Key,
	dimension: Key,
	label: LocalizedText,
	/** Rank by rounded mean, highest 1; equal printed means share a rank (1, 2, 2, 4). */
	rank: z.int().min(1).nullable()
});
export type GroupReportItem = z.infer<typeof GroupReportItem>;

export const GroupReportDimension = ReportStatistics.extend({
	key: Key,
	label: LocalizedText,
	/** Responses with at least one answer in the dimension. */
	responses: z.int().min(0),
	rank: z.int().min(1).nullable()
});
export type GroupReportDimension = z.infer<typeof GroupReportDimension>;

export const GroupReport = z.object({
	group: z.object({ id: z.uuid(), code: Key, name: LocalizedText, shortName: z.string() }),
	period: z.object({
		fy: z.int(),
		quarter: z.int().min(1).max(4).nullable(),
		/** Half-open [from, to): `to` is the first instant after the period. */
		from: IsoDateTime,
		to: IsoDateTime
	}),
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
	/**
	 * Every rating item of the form in its order (n 0 when unanswered), then any item only older
	 * versions had.
	 */
	items: z.array(GroupReportItem),
	dimensions: z.array(GroupReportDimension),
	overall: ReportStatistics.extend({
		responses: z.int().min(0),
		/** ร้อยละความพึงพอใจ = x̄ / 5 × 100 from the unrounded mean; null when n is 0. */
		satisfactionPercent: z.number().nullable()
	}),
	/** Up to 3 answered items with the lowest rounded means, lowest first: what to improve. */
	lowest: z.array(
		GroupReportItem.pick({
			key: true,
			dimension: true,
			label: true,
			meanRounded: true,
			level: true
		})
	)
});
export type GroupReport = z.infer<typeof GroupReport>;
