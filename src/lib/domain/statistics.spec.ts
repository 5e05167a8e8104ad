import { describe, expect, it } from 'vitest';
import {
	levelOfMean,
	rankBy,
	roundMean,
	satisfactionLevelLabels,
	satisfactionPercent,
	summarize
} from './statistics';

describe('roundMean: half up on the decimal value, as a person rounds a printed mean', () => {
	it('rounds the decimal halves that binary floating point stores just below the half', () => {
		// 1.005 * 100 = 100.49999999999999 and 2.675 is stored as 2.67499999…: naive rounding gives
		// 1.00 and 2.67.
		expect(roundMean(1.005)).toBe(1.01);
		expect(roundMean(2.675)).toBe(2.68);
		expect(roundMean(4.505)).toBe(4.51);
		expect(roundMean(901 / 200)).toBe(4.51);
	});

	it('leaves two decimals alone and rounds below the half down', () => {
		expect(roundMean(4.5)).toBe(4.5);
		expect(roundMean(4.51)).toBe(4.51);
		expect(roundMean(4.504999)).toBe(4.5);
		expect(roundMean(5)).toBe(5);
	});

	it('refuses what is not a number', () => {
		expect(() => roundMean(Number.NaN)).toThrow(RangeError);
	});
});

describe('levelOfMean: the Thai level of a mean, after rounding to 2 decimals', () => {
	it('uses the 0.5 bands 4.51 / 3.51 / 2.51 / 1.51', () => {
		expect(levelOfMean(5, '0.5')).toBe(5);
		expect(levelOfMean(4.51, '0.5')).toBe(5);
		expect(levelOfMean(4.5, '0.5')).toBe(4);
		expect(levelOfMean(3.51, '0.5')).toBe(4);
		expect(levelOfMean(3.5, '0.5')).toBe(3);
		expect(levelOfMean(2.51, '0.5')).toBe(3);
		expect(levelOfMean(2.5, '0.5')).toBe(2);
		expect(levelOfMean(1.51, '0.5')).toBe(2);
		expect(levelOfMean(1.5, '0.5')).toBe(1);
		expect(levelOfMean(1, '0.5')).toBe(1);
	});

	it('classifies 4.505 as printed (4.51 → มากที่สุด), 4.504999 as 4.50 → มาก', () => {
		expect(levelOfMean(4.505, '0.5')).toBe(5);
		expect(levelOfMean(901 / 200, '0.5')).toBe(5);
		expect(levelOfMean(4.504999, '0.5')).toBe(4);
		expect(levelOfMean(3.505, '0.5')).toBe(4);
		expect(levelOfMean(1.505, '0.5')).toBe(2);
	});

	it('uses the 0.8 bands 4.21 / 3.41 / 2.61 / 1.81', () => {
		expect(levelOfMean(4.21, '0.8')).toBe(5);
		expect(levelOfMean(4.2, '0.8')).toBe(4);
		expect(levelOfMean(4.205, '0.8')).toBe(5);
		expect(levelOfMean(3.41, '0.8')).toBe(4);
		expect(levelOfMean(3.4, '0.8')).toBe(3);
		expect(levelOfMean(2.61, '0.8')).toBe(3);
		expect(levelOfMean(2.6, '0.8')).toBe(2);
		expect(levelOfMean(1.81, '0.8')).toBe(2);
		expect(levelOfMean(1.8, '0.8')).toBe(1);
		expect(levelOfMean(1.805, '0.8')).toBe(2);
		// 4.50 is มาก under 0.5 but มากที่สุด under 0.8: the scheme is the office's setting.
		expect(levelOfMean(4.5, '0.8')).toBe(5);
	});

	it('accepts a mean that prints as 1.00 or 5.00 and refuses one outside 1–5', () => {
		expect(levelOfMean(0.996, '0.5')).toBe(1);
		expect(levelOfMean(5.004, '0.5')).toBe(5);
		expect(() => levelOfMean(0.99, '0.5')).toThrow(RangeError);
		expect(() => levelOfMean(5.01, '0.8')).toThrow(RangeError);
	});

	it('names the levels in Thai', () => {
		expect(satisfactionLevelLabels[levelOfMean(4.03, '0.5')].th).toBe('มาก');
		expect(satisfactionLevelLabels[5].th).toBe('มากที่สุด');
		expect(satisfactionLevelLabels[1].th).toBe('น้อยที่สุด');
	});
});

describe('satisfactionPercent: x̄ / 5 × 100 from the unrounded mean', () => {
	it('gives 91.65 for 4.5825, where the rounded mean 4.58 would give 91.60', () => {
		// 4.5825 / 5 = 0.9165 → 91.65 %.
		expect(satisfactionPercent(4.5825)).toBeCloseTo(91.65, 10);
		expect(roundMean(satisfactionPercent(4.5825)!)).toBe(91.65);
		expect(satisfactionPercent(5)).toBe(100);
	});

	it('is null without a mean', () => {
		expect(satisfactionPercent(null)).toBeNull();
	});
});

describe('summarize: n, distribution, mean and sample S.D. from counts of 1..5', () => {
	it('matches the hand computation for the answers 3, 4, 4, 5', () => {
		// n = 4, Σx = 16, x̄ = 4; deviations −1, 0, 0, 1 → Σ(x − x̄)² = 2;
		// sample variance 2 / (4 − 1) = 0.6667, S.D. = √0.6667 = 0.8165.
		const s = summarize([0, 0, 1, 2, 1]);
		expect(s.n).toBe(4);
		expect(s.mean).toBe(4);
		expect(s.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
		expect(roundMean(s.sd!)).toBe(0.82);
		expect(s.percents).toEqual([0, 0, 25, 50, 25]);
	});

	it('divides by n − 1, not n, for the answers 1 and 5', () => {
		// x̄ = 3, Σ(x − x̄)² = 4 + 4 = 8; sample variance 8 / 1 = 8 → S.D. 2.8284 (population: 2).
		const s = summarize([1, 0, 0, 0, 1]);
		expect(s.mean).toBe(3);
		expect(s.sd).toBeCloseTo(2.8284271, 6);
	});

	it('keeps a mean of 4.505 exact enough to print as 4.51 (101 fives, 99 fours)', () => {
		// Σx = 101 × 5 + 99 × 4 = 505 + 396 = 901, n = 200, x̄ = 4.505 → 4.51 → มากที่สุด.
		const s = summarize([0, 0, 0, 99, 101]);
		expect(s.mean).toBe(4.505);
		expect(levelOfMean(s.mean!, '0.5')).toBe(5);
		expect(s.percents).toEqual([0, 0, 0, 49.5, 50.5]);
	});

	it('has a mean but no S.D. for one answer', () => {
		expect(summarize([0, 0, 0, 1, 0])).toEqual({
			n: 1,
			counts: [0, 0, 0, 1, 0],
			percents: [0, 0, 0, 100, 0],
			mean: 4,
			sd: null
		});
	});

	it('has neither, and no NaN, for no answers', () => {
		expect(summarize([0, 0, 0, 0, 0])).toEqual({
			n: 0,
			counts: [0, 0, 0, 0, 0],
			percents: [0, 0, 0, 0, 0],
			mean: null,
			sd: null
		});
	});

	it('gives S.D. 0 when everyone answered the same', () => {
		expect(summarize([0, 0, 0, 0, 3]).sd).toBe(0);
	});

	it('refuses counts that are not whole and non-negative', () => {
		expect(() => summarize([0, -1, 0, 0, 0])).toThrow(RangeError);
		expect(() => summarize([0, 0.5, 0, 0, 0])).toThrow(RangeError);
	});
});

describe('rankBy: อันดับ by mean, highest first', () => {
	it('shares a rank between equal means and skips the next (1, 2, 2, 4)', () => {
		expect(rankBy([5, 4, 4, 3], (m) => m)).toEqual([1, 2, 2, 4]);
	});

	it('keeps the order of the items and leaves items without a mean unranked', () => {
		const items = [
			{ key: 'a', mean: 4.2 },
			{ key: 'b', mean: 4.5 },
			{ key: 'c', mean: null },
			{ key: 'd', mean: 4.5 },
			{ key: 'e', mean: 3.9 }
		];
		expect(rankBy(items, (i) => i.mean)).toEqual([3, 1, null, 1, 4]);
	});

	it('is empty for no items', () => {
		expect(rankBy([], () => 1)).toEqual([]);
	});
});
