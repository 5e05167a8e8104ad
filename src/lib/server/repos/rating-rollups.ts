import { addRowsAsJson, type Db } from '../store/db';
import {
	ratingAnswers,
	ratingDaily,
	ratingDailyDimensions,
	rollupKeyColumns
} from '../store/schema';

type RatingRow = typeof ratingAnswers.$inferInsert;
type ItemRow = typeof ratingDaily.$inferInsert;
type DimensionRow = typeof ratingDailyDimensions.$inferInsert;
type Level = 'c1' | 'c2' | 'c3' | 'c4' | 'c5';
type RollupKey = Pick<
	ItemRow,
	'officeId' | 'groupId' | 'formId' | 'formVersion' | 'day' | 'respondentType'
>;

/** The `dimension` of the rows that count every item together (see schema.ts). */
export const ALL_DIMENSIONS = '';

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
	const dimensions = new Map<string, { row: DimensionRow; responseIds: Set<string> }>();
	// The answers of one response share its key: worked out once per response, not per answer.
	const keys = new Map<string, { key: RollupKey; text: string }>();
	for (const rating of ratings) {
		let keyed = keys.get(rating.responseId);
		if (keyed === undefined) {
			const key = {
				officeId: rating.officeId,
				groupId: rating.groupId,
				formId: rating.formId,
				formVersion: rating.formVersion,
				day: bangkokDay(new Date(rating.submittedAt)),
				respondentType: rating.respondentType
			};
			keyed = { key, text: Object.values(key).join('|') };
			keys.set(rating.responseId, keyed);
		}
		const { key, text: keyText } = keyed;
		const level = `c${rating.value}` as Level;

		const itemKey = `${keyText}|${rating.questionKey}|${rating.dimension}`;
		const item = items.get(itemKey) ?? {
			...key,
			questionKey: rating.questionKey,
			dimension: rating.dimension,
			...zeroCounts()
		};
		item[level] += 1;
		items.set(itemKey, item);

		for (const dimension of [rating.dimension, ALL_DIMENSIONS]) {
			const dimensionKey = `${keyText}|${dimension}`;
			const counted = dimensions.get(dimensionKey) ?? {
				row: { ...key, dimension, responses: 0, ...zeroCounts() },
				responseIds: new Set<string>()
			};
			counted.row[level] += 1;
			counted.responseIds.add(rating.responseId);
			dimensions.set(dimensionKey, counted);
		}
	}

	const d = ratingDaily;
	await addRowsAsJson(
		db,
		d,
		sortedByKey(items),
		[...rollupKeyColumns(d), d.questionKey, d.dimension],
		[d.c1, d.c2, d.c3, d.c4, d.c5]
	);
	const r = ratingDailyDimensions;
	const dimensionRows = new Map(
		[...dimensions].map(([key, { row, responseIds }]) => [
			key,
			{ ...row, responses: responseIds.size }
		])
	);
	await addRowsAsJson(
		db,
		r,
		sortedByKey(dimensionRows),
		[...rollupKeyColumns(r), r.dimension],
		[r.responses, r.c1, r.c2, r.c3, r.c4, r.c5]
	);
}

function zeroCounts(): Record<Level, number> {
	return { c1: 0, c2: 0, c3: 0, c4: 0, c5: 0 };
}

/** Rows in the order of their keys, so that concurrent writers lock them in one order. */
function sortedByKey<T>(rows: Map<string, T>): T[] {
	return [...rows.keys()].sort().map((key) => rows.get(key)!);
}
