import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { summarize, toBuddhistYear, type LevelCounts, type RatingSummary } from '$lib/domain';
import type { Db } from '../store/db';
import { ALL_DIMENSIONS, bangkokDay } from '../repos/rating-rollups';
import { ratingAnswers, ratingDaily, ratingDailyDimensions } from '../store/schema';
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

/*
 * Each aggregate is read from the daily rollups when they can answer it (the period starts and
 * ends at Bangkok midnight, as every fiscal year, quarter and date range does, and no school is
 * chosen: the rollups do not keep schools), and from `rating_answers` otherwise. Both give the
 * same numbers; rating-aggregates.spec.ts compares them on both stores.
 */

/** n, distribution, mean and sample S.D. per item, per dimension and overall. */
export async function ratingAggregates(db: Db, filter: RatingFilter): Promise<RatingAggregates> {
	const days = rollupDays(filter);
	return days === null
		? ratingAggregatesFromAnswers(db, filter)
		: ratingAggregatesFromRollups(db, filter, days);
}

/** Per group of the office: every rating answer of the group pooled. */
export async function groupAggregates(db: Db, filter: RatingFilter): Promise<GroupAggregate[]> {
	const days = rollupDays(filter);
	return days === null
		? groupAggregatesFromAnswers(db, filter)
		: groupAggregatesFromRollups(db, filter, days);
}

/** Per fiscal quarter of the Bangkok calendar. */
export async function ratingTrend(db: Db, filter: RatingFilter): Promise<TrendAggregate[]> {
	const days = rollupDays(filter);
	return days === null
		? ratingTrendFromAnswers(db, filter)
		: ratingTrendFromRollups(db, filter, days);
}

/**
 * Counts the answers 1..5 per item, per dimension and overall in one query: GROUPING SETS gives
 * the three levels from one scan, and the pooled levels are counted by the database rather than
 * added up here. Only the counts leave the database; `summarize` turns them into n, x̄ and S.D.
 */
export async function ratingAggregatesFromAnswers(
	db: Db,
	filter: RatingFilter
): Promise<RatingAggregates> {
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
	return assembleAggregates(rows);
}

interface LevelRow {
	level: number;
	questionKey: string | null;
	dimension: string | null;
	responses: number;
	c1: number;
	c2: number;
	c3: number;
	c4: number;
	c5: number;
}

/** Items, dimensions and overall from the rows of a GROUPING SETS query (see `level`). */
function assembleAggregates(rows: readonly LevelRow[]): RatingAggregates {
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

/** `groupAggregates` counted from `rating_answers`. */
export async function groupAggregatesFromAnswers(
	db: Db,
	filter: RatingFilter
): Promise<GroupAggregate[]> {
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
export async function ratingTrendFromAnswers(
	db: Db,
	filter: RatingFilter
): Promise<TrendAggregate[]> {
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

/** The Bangkok days [from, to) of a filter the rollups can answer; null when they cannot. */
export interface RollupDays {
	from: string;
	to: string;
}

export function rollupDays(filter: RatingFilter): RollupDays | null {
	// An invalid date goes on to `filterConditions`, which refuses it with its name.
	if (
		filter.schoolId !== undefined ||
		Number.isNaN(filter.from.getTime()) ||
		Number.isNaN(filter.to.getTime())
	)
		return null;
	const from = bangkokDay(filter.from);
	const to = bangkokDay(filter.to);
	const isMidnight = (day: string, instant: Date) =>
		Date.parse(`${day}T00:00:00+07:00`) === instant.getTime();
	return isMidnight(from, filter.from) && isMidnight(to, filter.to) ? { from, to } : null;
}

/** The WHERE of a filter over a rollup table. */
function rollupConditions(
	t: typeof ratingDaily | typeof ratingDailyDimensions,
	filter: RatingFilter,
	days: RollupDays
): SQL | undefined {
	return and(
		eq(t.officeId, filter.officeId),
		typeof filter.formId === 'string'
			? eq(t.formId, filter.formId)
			: inArray(t.formId, [...filter.formId]),
		gte(t.day, days.from),
		lt(t.day, days.to),
		filter.groupId === undefined ? undefined : eq(t.groupId, filter.groupId),
		filter.formVersion === undefined ? undefined : eq(t.formVersion, filter.formVersion),
		filter.respondentType === undefined ? undefined : eq(t.respondentType, filter.respondentType)
	);
}

/** The sums of the rollup columns of whatever a query groups by. */
function sums(t: typeof ratingDaily | typeof ratingDailyDimensions) {
	const sumOf = (column: PgColumn) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);
	return { c1: sumOf(t.c1), c2: sumOf(t.c2), c3: sumOf(t.c3), c4: sumOf(t.c4), c5: sumOf(t.c5) };
}

const dimensions = ratingDailyDimensions;
const summedResponses = sql<number>`coalesce(sum(${dimensions.responses}), 0)`.mapWith(Number);

/** `ratingAggregates` from the rollups: items from `rating_daily`, the rest per dimension. */
export async function ratingAggregatesFromRollups(
	db: Db,
	filter: RatingFilter,
	days: RollupDays
): Promise<RatingAggregates> {
	const d = ratingDaily;
	const [items, perDimension] = await Promise.all([
		db
			.select({ questionKey: d.questionKey, dimension: d.dimension, ...sums(d) })
			.from(d)
			.where(rollupConditions(d, filter, days))
			.groupBy(d.questionKey, d.dimension),
		db
			.select({ dimension: dimensions.dimension, responses: summedResponses, ...sums(dimensions) })
			.from(dimensions)
			.where(rollupConditions(dimensions, filter, days))
			.groupBy(dimensions.dimension)
	]);
	return assembleAggregates([
		...items.map((row) => ({ ...row, level: 0, responses: 0 })),
		...perDimension.map((row) =>
			row.dimension === ALL_DIMENSIONS
				? { ...row, level: 3, questionKey: null, dimension: null }
				: { ...row, level: 2, questionKey: null }
		)
	]);
}

/** `groupAggregates` from the rollups' all-dimension rows. */
export async function groupAggregatesFromRollups(
	db: Db,
	filter: RatingFilter,
	days: RollupDays
): Promise<GroupAggregate[]> {
	const rows = await db
		.select({ groupId: dimensions.groupId, responses: summedResponses, ...sums(dimensions) })
		.from(dimensions)
		.where(
			and(rollupConditions(dimensions, filter, days), eq(dimensions.dimension, ALL_DIMENSIONS))
		)
		.groupBy(dimensions.groupId);
	return rows.map((row) => ({ groupId: row.groupId, responses: row.responses, ...summaryOf(row) }));
}

/** `ratingTrend` from the rollups; a day plus three months names its fiscal year and quarter. */
export async function ratingTrendFromRollups(
	db: Db,
	filter: RatingFilter,
	days: RollupDays
): Promise<TrendAggregate[]> {
	const shifted = sql`(${dimensions.day} + interval '3 months')`;
	const rows = await db
		.select({
			year: sql<number>`extract(year from ${shifted})::int`.mapWith(Number),
			quarter: sql<number>`extract(quarter from ${shifted})::int`.mapWith(Number),
			responses: summedResponses,
			...sums(dimensions)
		})
		.from(dimensions)
		.where(
			and(rollupConditions(dimensions, filter, days), eq(dimensions.dimension, ALL_DIMENSIONS))
		)
		.groupBy(sql`1, 2`)
		.orderBy(sql`1, 2`);
	return rows.map((row) => ({
		fy: toBuddhistYear(row.year),
		quarter: row.quarter as TrendAggregate['quarter'],
		responses: row.responses,
		...summaryOf(row)
	}));
}
