import { addRowsAsJson, type Db } from '../store/db';
import { ratingAnswers, ratingDaily, ratingDailyResponses } from '../store/schema';

type RatingRow = typeof ratingAnswers.$inferInsert;
type ItemRow = typeof ratingDaily.$inferInsert;
type ResponsesRow = typeof ratingDailyResponses.$inferInsert;

/** The `dimension` of the row that counts responses with any rating answer (see schema.ts). */
export const ANY_DIMENSION = '';

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The Bangkok calendar day of an instant, `YYYY-MM-DD` (Thailand keeps UTC+7 all year). */
export function bangkokDay(instant: Date): string {
	return new Date(instant.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * Adds newly stored rating answers to the daily rollups. Call it in the transaction that inserts
 * them, with only the rows that were inserted: a duplicate resend must not be counted twice.
 */
export async function addToRollups(db: Db, ratings: readonly RatingRow[]): Promise<void> {
	const items = new Map<string, ItemRow>();
	const responses = new Map<string, { row: ResponsesRow; ids: Set<string> }>();
	for (const rating of ratings) {
		const day = bangkokDay(new Date(rating.submittedAt));
		const base = {
			officeId: rating.officeId,
			groupId: rating.groupId,
			formId: rating.formId,
			formVersion: rating.formVersion,
			day,
			respondentType: rating.respondentType
		};
		const baseKey = [
			base.officeId,
			base.groupId,
			base.formId,
			base.formVersion,
			day,
			base.respondentType
		].join('|');

		const itemKey = `${baseKey}|${rating.questionKey}|${rating.dimension}`;
		let item = items.get(itemKey);
		if (item === undefined) {
			item = {
				...base,
				questionKey: rating.questionKey,
				dimension: rating.dimension,
				c1: 0,
				c2: 0,
				c3: 0,
				c4: 0,
				c5: 0
			};
			items.set(itemKey, item);
		}
		const level = `c${rating.value}` as 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
		item[level] = (item[level] ?? 0) + 1;

		for (const dimension of [rating.dimension, ANY_DIMENSION]) {
			const key = `${baseKey}|${dimension}`;
			let counted = responses.get(key);
			if (counted === undefined) {
				counted = { row: { ...base, dimension, responses: 0 }, ids: new Set() };
				responses.set(key, counted);
			}
			counted.ids.add(rating.responseId);
		}
	}

	const d = ratingDaily;
	await addRowsAsJson(
		db,
		d,
		sortedByKey(items),
		[
			d.officeId,
			d.groupId,
			d.formId,
			d.formVersion,
			d.day,
			d.respondentType,
			d.questionKey,
			d.dimension
		],
		[d.c1, d.c2, d.c3, d.c4, d.c5]
	);
	const r = ratingDailyResponses;
	const responseRows = new Map(
		[...responses].map(([key, { row, ids }]) => [key, { ...row, responses: ids.size }])
	);
	await addRowsAsJson(
		db,
		r,
		sortedByKey(responseRows),
		[r.officeId, r.groupId, r.formId, r.formVersion, r.day, r.respondentType, r.dimension],
		[r.responses]
	);
}

function sortedByKey<T>(rows: Map<string, T>): T[] {
	return [...rows.keys()].sort().map((key) => rows.get(key)!);
}
