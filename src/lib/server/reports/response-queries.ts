import { and, asc, sql } from 'drizzle-orm';
import { RespondentType, type Response } from '$lib/domain';
import { toResponse } from '../repos/responses.repo';
import type { Db } from '../store/db';
import { responses } from '../store/schema';
import type { OpenAnswerAggregate } from './rating-aggregates';
import { filterConditions, type RatingFilter } from './report-filter';

/*
 * Report queries over whole responses rather than their rating answers: who answered, what they
 * wrote, and the responses themselves for the raw export. A response without any rating answer
 * (every item skipped) still counts as a respondent here.
 */

/** Responses per respondent type; types nobody answered as are absent. */
export async function respondentCounts(
	db: Db,
	filter: RatingFilter
): Promise<Partial<Record<RespondentType, number>>> {
	const rows = await db
		.select({
			type: responses.respondentType,
			count: sql<number>`count(*)`.mapWith(Number)
		})
		.from(responses)
		.where(filterConditions(responses, filter))
		.groupBy(responses.respondentType);
	const counts: Partial<Record<RespondentType, number>> = {};
	for (const row of rows) {
		// Every stored response was validated on the way in; an unknown type is a broken store.
		counts[RespondentType.parse(row.type)] = row.count;
	}
	return counts;
}

/**
 * Non-blank text answers to these questions. Identical answers (after trimming) are merged and
 * counted in SQL, and only the `limit` most frequent per question leave the database, so a year
 * of suggestions does not travel to the server whole.
 */
export async function openAnswers(
	db: Db,
	filter: RatingFilter,
	questionKeys: readonly string[],
	limit: number
): Promise<OpenAnswerAggregate[]> {
	if (questionKeys.length === 0) return [];
	const keys = sql`unnest(${sql.param([...questionKeys])}::text[]) as k(key)`;
	const text = sql`btrim(${responses.answers} ->> k.key, E' \\t\\r\\n')`;
	const merged = db
		.select({
			key: sql<string>`k.key`.as('key'),
			text: sql<string>`${text}`.as('text'),
			count: sql<number>`count(*)`.as('count'),
			first: sql<Date>`min(${responses.submittedAt})`.as('first')
		})
		.from(responses)
		.crossJoin(sql`${keys}`)
		.where(
			and(
				filterConditions(responses, filter),
				sql`jsonb_typeof(${responses.answers} -> k.key) = 'string'`,
				sql`${text} <> ''`
			)
		)
		.groupBy(sql`1, 2`)
		.as('merged');
	const ranked = db
		.select({
			key: merged.key,
			text: merged.text,
			count: merged.count,
			total: sql<number>`sum(${merged.count}) over (partition by ${merged.key})`.as('total'),
			distinct: sql<number>`count(*) over (partition by ${merged.key})`.as('distinct'),
			position: sql<number>`row_number() over (partition by ${merged.key}
				order by ${merged.count} desc, ${merged.first}, ${merged.text})`.as('position')
		})
		.from(merged)
		.as('ranked');
	const rows = await db
		.select()
		.from(ranked)
		.where(sql`${ranked.position} <= ${limit}`)
		.orderBy(ranked.key, ranked.position);

	const byKey = new Map<string, OpenAnswerAggregate>();
	for (const row of rows) {
		let aggregate = byKey.get(row.key);
		if (aggregate === undefined) {
			aggregate = {
				questionKey: row.key,
				total: Number(row.total),
				distinct: Number(row.distinct),
				answers: []
			};
			byKey.set(row.key, aggregate);
		}
		aggregate.answers.push({ text: row.text, count: Number(row.count) });
	}
	return questionKeys.map(
		(key) => byKey.get(key) ?? { questionKey: key, total: 0, distinct: 0, answers: [] }
	);
}

/** The responses of the filter, oldest first (ties by id, so the order is stable). */
export async function responsesOf(db: Db, filter: RatingFilter): Promise<Response[]> {
	const rows = await db
		.select()
		.from(responses)
		.where(filterConditions(responses, filter))
		.orderBy(asc(responses.submittedAt), asc(responses.id));
	return rows.map(toResponse);
}
