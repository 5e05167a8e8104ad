import { and, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { summarize, type LevelCounts, type RatingSummary, type RespondentType } from '$lib/domain';
import type { Db } from '../store/db';
import { ratingAnswers } from '../store/schema';

/** Which rating answers a report counts. */
export interface RatingFilter {
	officeId: string;
	/** The group rated; all groups of the office when absent (the executive overview). */
	groupId?: string;
	formId: string;
	/**
	 * One version of the form; all versions when absent, pooled by question key, so an item keeps
	 * its numbers across a version that only reworded other items. An item whose key moved to
	 * another dimension appears once per dimension.
	 */
	formVersion?: number;
	/** Half-open [from, to) by submission instant, e.g. `fiscalYearRange(2568)`. */
	from: Date;
	to: Date;
	schoolId?: string;
	respondentType?: RespondentType;
}

export interface ItemAggregate extends RatingSummary {
	questionKey: string;
	dimension: string;
}

export interface DimensionAggregate extends RatingSummary {
	dimension: string;
	/** Responses with at least one answer in the dimension. */
	responses: number;
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
	for (const [name, instant] of [
		['from', filter.from],
		['to', filter.to]
	] as const) {
		if (Number.isNaN(instant.getTime())) throw new RangeError(`Invalid Date for ${name}`);
	}
	const r = ratingAnswers;
	const conditions: (SQL | undefined)[] = [
		eq(r.officeId, filter.officeId),
		eq(r.formId, filter.formId),
		gte(r.submittedAt, filter.from),
		lt(r.submittedAt, filter.to),
		filter.groupId === undefined ? undefined : eq(r.groupId, filter.groupId),
		filter.formVersion === undefined ? undefined : eq(r.formVersion, filter.formVersion),
		filter.schoolId === undefined ? undefined : eq(r.schoolId, filter.schoolId),
		filter.respondentType === undefined ? undefined : eq(r.respondentType, filter.respondentType)
	];
	const countOf = (k: number) =>
		sql<number>`count(*) filter (where ${r.value} = ${k})`.mapWith(Number);

	const rows = await db
		.select({
			// A bit per argument, set where it is rolled up, the first the high bit: 0 an item,
			// 2 a dimension (question key rolled up), 3 overall.
			level: sql<number>`grouping(${r.questionKey}, ${r.dimension})`.mapWith(Number),
			questionKey: r.questionKey,
			dimension: r.dimension,
			responses: sql<number>`count(distinct ${r.responseId})`.mapWith(Number),
			c1: countOf(1),
			c2: countOf(2),
			c3: countOf(3),
			c4: countOf(4),
			c5: countOf(5)
		})
		.from(r)
		.where(and(...conditions))
		.groupBy(sql`grouping sets ((${r.questionKey}, ${r.dimension}), (${r.dimension}), ())`);

	const aggregates: RatingAggregates = {
		items: [],
		dimensions: [],
		overall: { ...summarize([0, 0, 0, 0, 0]), responses: 0 }
	};
	for (const row of rows) {
		const summary = summarize([row.c1, row.c2, row.c3, row.c4, row.c5] satisfies LevelCounts);
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
