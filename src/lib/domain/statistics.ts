import type { LevelScheme } from './office';

/*
 * The numbers of a satisfaction report (DOMAIN.md §3): n, distribution, mean, sample S.D., the
 * Thai level of a mean, the satisfaction percentage and ranks. Pure: the counts come from SQL.
 */

/** A rating level, 5 = มากที่สุด … 1 = น้อยที่สุด: both an answer and the level of a mean. */
export type SatisfactionLevel = 5 | 4 | 3 | 2 | 1;

/** Counts of the answers 1, 2, 3, 4 and 5, in that order. */
export type LevelCounts = readonly [number, number, number, number, number];

export const satisfactionLevelLabels: Record<SatisfactionLevel, { th: string; en: string }> = {
	5: { th: 'มากที่สุด', en: 'Very high' },
	4: { th: 'มาก', en: 'High' },
	3: { th: 'ปานกลาง', en: 'Moderate' },
	2: { th: 'น้อย', en: 'Low' },
	1: { th: 'น้อยที่สุด', en: 'Very low' }
};

/**
 * The lowest printed mean of levels 5, 4, 3 and 2; anything below the last is level 1.
 * 0.5: 4.51–5.00, 3.51–4.50, 2.51–3.50, 1.51–2.50, 1.00–1.50;
 * 0.8: 4.21–5.00, 3.41–4.20, 2.61–3.40, 1.81–2.60, 1.00–1.80.
 */
const lowerBounds: Record<LevelScheme, readonly [number, number, number, number]> = {
	'0.5': [4.51, 3.51, 2.51, 1.51],
	'0.8': [4.21, 3.41, 2.61, 1.81]
};

/**
 * Rounds half up to 2 decimals on the decimal value the number prints as. `Math.round(x * 100)`
 * is not enough: 1.005 * 100 is 100.49999999999999 in binary. Shifting the decimal point in the
 * number's shortest decimal text instead ("4.505e2" = 450.5 exactly) rounds what a reader sees.
 */
export function roundMean(x: number): number {
	if (!Number.isFinite(x)) throw new RangeError(`Cannot round ${x}`);
	const [digits, exponent = '0'] = String(x).split('e');
	const scaled = Number(`${digits}e${Number(exponent) + 2}`);
	return Number(`${Math.round(scaled)}e-2`);
}

/**
 * The Thai level of a mean under the office's band scheme. The mean is rounded to 2 decimals
 * first, as printed: otherwise 4.505 (printed 4.51) would fall between the bands 4.50 and 4.51.
 */
export function levelOfMean(mean: number, scheme: LevelScheme): SatisfactionLevel {
	const printed = roundMean(mean);
	if (printed < 1 || printed > 5) {
		throw new RangeError(`A mean of 1–5 ratings lies between 1 and 5, not ${mean}`);
	}
	const [five, four, three, two] = lowerBounds[scheme];
	if (printed >= five) return 5;
	if (printed >= four) return 4;
	if (printed >= three) return 3;
	if (printed >= two) return 2;
	return 1;
}

/**
 * ร้อยละความพึงพอใจ = x̄ / 5 × 100, from the unrounded mean (x̄ 4.5825 → 91.65): rounding the mean
 * first would print 91.60. Unrounded itself; null when there is no mean.
 */
export function satisfactionPercent(mean: number | null): number | null {
	return mean === null ? null : (mean / 5) * 100;
}

export interface RatingSummary {
	/** Answers given (an item skipped by a respondent is not counted). */
	n: number;
	counts: LevelCounts;
	/** Share of each level 1..5 in percent, unrounded; all 0 when n = 0 (never NaN). */
	percents: [number, number, number, number, number];
	/** null when n = 0. */
	mean: number | null;
	/** Sample S.D. (n − 1), by the convention of Thai reports; null when n < 2. */
	sd: number | null;
}

/** n, distribution, mean and sample S.D. of answers given as counts of the levels 1..5. */
export function summarize(counts: LevelCounts): RatingSummary {
	for (const c of counts) {
		if (!Number.isInteger(c) || c < 0) throw new RangeError(`Not a count: ${c}`);
	}
	const n = counts.reduce((s, c) => s + c, 0);
	const percents = counts.map((c) => (n === 0 ? 0 : (c / n) * 100)) as RatingSummary['percents'];
	if (n === 0) return { n, counts, percents, mean: null, sd: null };
	// One division of two integers: the mean is the double nearest the exact fraction, so a mean
	// such as 901/200 prints as 4.505 and rounds the way a person computing it by hand would.
	const sum = counts.reduce((s, c, i) => s + c * (i + 1), 0);
	const mean = sum / n;
	if (n < 2) return { n, counts, percents, mean, sd: null };
	// Squared deviations from the mean rather than Σx² − n·x̄², which loses digits for large n.
	const squares = counts.reduce((s, c, i) => s + c * (i + 1 - mean) ** 2, 0);
	return { n, counts, percents, mean, sd: Math.sqrt(squares / (n - 1)) };
}

/**
 * Ranks (อันดับ) by mean, highest first, in the order of `items`. Equal means share a rank and
 * the next rank skips (standard competition: 1, 2, 2, 4). Items without a mean get null. Pass
 * the printed (rounded) means when ranks appear beside them, so two items printed 4.50 tie.
 */
export function rankBy<T>(
	items: readonly T[],
	mean: (item: T) => number | null
): (number | null)[] {
	const means = items.map(mean);
	return means.map((m) =>
		m === null ? null : 1 + means.filter((o) => o !== null && o > m).length
	);
}
