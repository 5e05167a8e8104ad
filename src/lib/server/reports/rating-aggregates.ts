import { sql } from 'drizzle-orm';
import { summarize, toBuddhistYear, type LevelCounts, type RatingSummary } from '$lib/domain';
import type { Db } from '../store/db';
import { ratingAnswers } from '../store/schema';
import { filterConditions, type RatingFilter } from './report-filter';

export type { RatingFilter };

export interface ItemAggregate extends RatingSummary {
	questionKey: string;
	dimension: string;
}

export interface DimensionAggregate extends RatingSummary {
	dimension: string;
	/** Responses with at least one answer in the dimension. */
	responses: number;
}

/** The overall counts of one group. */
export interface GroupAggregate extends RatingSummary {
	groupId: string;
	responses: number;
}

/** The overall counts of one fiscal quarter (Bangkok calendar). */
export interface TrendAggregate extends RatingSummary {
	fy: number;
	quarter: 1 | 2 | 3 | 4;
	responses: number;
}

/** The answers to one text question, identical ones (after trimming) merged. */
export interface OpenAnswerAggregate {
	questionKey: string;
	total: number;
	distinct: number;
	/** Most frequent first, then the earliest given first. */
	answers: { text: string; count: number }[];
}

/** n, distribution, mean and sample S.D. per item, per dimension and overall. */
export interface RatingAggregates {
	/** Sorted by question key; the report puts them in the form's order. */
	items: ItemAggregate[];
	/** Sorted by dimension key. */
	dimensions: DimensionAggregate[];
	/** Pooled over every answer to every item; n 0 and mean null for a period without answers. */
	overall: RatingSummary & { responses: number };
}

/**
 * Counts the answers 1..5 per item, per dimension and overall in one query: GROUPING SETS gives
 * the three levels from one scan, and the pooled levels are counted by the database rather than
 * added up here. Only the counts leave the database; `summarize` turns them into n, x̄ and S.D.
 */
export async function ratingAggregates(db: Db, filter: RatingFilter): Promise<RatingAggregates> {
	const r = ratingAnswers;
	const rows = await db
		.select({
			// A bit per argument, set where it is rolled up, the first the high bit: 0 an item,
			// 2 a dimension (question key rolled up), 3 overall.
			level: sql<number>`grouping(${r.questionKey}, ${r.dimension})`.mapWith(Number),
			questionKey: r.questionKey,
			dimension: r.dimension,
			...countColumns()
		})
		.from(r)
		.where(filterConditions(ratingAnswers, filter))
		.groupBy(sql`grouping sets ((${r.questionKey}, ${r.dimension}), (${r.dimension}), ())`);
	const aggregates: RatingAggregates = {
		items: [],
		dimensions: [],
		overall: { ...summarize([0, 0, 0, 0, 0]), responses: 0 }
	};
	for (const row of rows) {
		const summary = summaryOf(row);
		if (row.level === 0 && row.questionKey !== null && row.dimension !== null) {
			aggregates.items.push({ questionKey: row.questionKey, dimension: row.dimension, ...summary });
		} else if (row.level === 2 && row.dimension !== null) {
			aggregates.dimensions.push({
				dimension: row.dimension,
				responses: row.responses,
				...summary
			});
		} else if (row.level === 3) {
			aggregates.overall = { ...summary, responses: row.responses };
		}
	}
	// Keys are ASCII (the domain's Key), so a plain comparison is stable on both drivers.
	aggregates.items.sort(
		(a, b) => compare(a.questionKey, b.questionKey) || compare(a.dimension, b.dimension)
	);
	aggregates.dimensions.sort((a, b) => compare(a.dimension, b.dimension));
	return aggregates;
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Per group of the office: every rating answer of the group pooled. */
export async function groupAggregates(db: Db, filter: RatingFilter): Promise<GroupAggregate[]> {
	const r = ratingAnswers;
	const rows = await db
		.select({ groupId: r.groupId, ...countColumns() })
		.from(r)
		.where(filterConditions(ratingAnswers, filter))
		.groupBy(r.groupId);
	return rows.map((row) => ({ groupId: row.groupId, responses: row.responses, ...summaryOf(row) }));
}

/**
 * Per fiscal quarter of the Bangkok calendar. Bangkok is UTC+7 all year, and three months after
 * a Bangkok date fall in the calendar year and quarter that name its fiscal year and quarter
 * (1 Oct 2024 + 3 months = 1 Jan 2025: FY 2025 C.E. = 2568 B.E., Q1).
 */
export async function ratingTrend(db: Db, filter: RatingFilter): Promise<TrendAggregate[]> {
	const r = ratingAnswers;
	const shifted = sql`((${r.submittedAt} at time zone 'UTC') + interval '7 hours' + interval '3 months')`;
	const year = sql<number>`extract(year from ${shifted})::int`.mapWith(Number);
	const quarter = sql<number>`extract(quarter from ${shifted})::int`.mapWith(Number);
	const rows = await db
		.select({ year, quarter, ...countColumns() })
		.from(r)
		.where(filterConditions(ratingAnswers, filter))
		.groupBy(sql`1, 2`)
		.orderBy(sql`1, 2`);
	return rows.map((row) => ({
		fy: toBuddhistYear(row.year),
		quarter: row.quarter as TrendAggregate['quarter'],
		responses: row.responses,
		...summaryOf(row)
	}));
}

/** Responses and the counts of answers 1..5 of whatever the query groups by. */
function countColumns() {
	const r = ratingAnswers;
	const countOf = (k: number) =>
		sql<number>`count(*) filter (where ${r.value} = ${k})`.mapWith(Number);
	return {
		responses: sql<number>`count(distinct ${r.responseId})`.mapWith(Number),
		c1: countOf(1),
		c2: countOf(2),
		c3: countOf(3),
		c4: countOf(4),
		c5: countOf(5)
	};
}

function summaryOf(row: { c1: number; c2: number; c3: number; c4: number; c5: number }) {
	return summarize([row.c1, row.c2, row.c3, row.c4, row.c5] satisfies LevelCounts);
}
