import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearRange } from '$lib/domain';
import { demoSatisfactionFormId } from '../seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '../seed/demo-office';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import type { RatingAggregates, RatingFilter } from './rating-aggregates';
import { writeRatingFixture, type FixtureResponse } from './testing/rating-fixture';

const [admin, personnel] = demoGroups as [(typeof demoGroups)[0], (typeof demoGroups)[0]];
const [schoolA, schoolB] = demoSchools as [(typeof demoSchools)[0], (typeof demoSchools)[0]];

/**
 * Every required rating is answered 4, except `process_speed`; of the optional facilities items
 * only `facilities_signs` is ever answered. So the items under test are `process_speed` (required)
 * and `facilities_signs` (skipped by some), and the pooled numbers stay computable by hand.
 */
const fixture: FixtureResponse[] = [
	// FY 2568, group admin:
	{ submittedAt: '2024-09-30T17:00:00Z', schoolId: schoolA.id, speed: 5, signs: 4 }, // its first second
	{
		submittedAt: '2025-03-15T10:00:00+07:00',
		schoolId: schoolA.id,
		respondentType: 'parent',
		speed: 4
	},
	{ submittedAt: '2025-06-01T10:00:00+07:00', schoolId: schoolB.id, speed: 3, signs: 2 },
	{ submittedAt: '2025-09-30T16:59:59Z', respondentType: 'community', speed: 4 }, // its last second
	// Outside it: FY 2569, FY 2567, another group.
	{ submittedAt: '2025-09-30T17:00:00Z', schoolId: schoolA.id, speed: 1, signs: 1 },
	{ submittedAt: '2024-09-30T16:59:59Z', schoolId: schoolA.id, speed: 2 },
	{
		submittedAt: '2025-01-10T10:00:00+07:00',
		groupId: personnel.id,
		schoolId: schoolA.id,
		speed: 1
	}
];

function writeFixture(store: Store): Promise<void> {
	return writeRatingFixture(store, fixture, { groupId: admin.id, otherRatings: 4 });
}

function fy(fyBE: number): Pick<RatingFilter, 'from' | 'to'> {
	const { start, end } = fiscalYearRange(fyBE);
	return { from: start, to: end };
}

const base = { officeId: demoOffice.id, formId: demoSatisfactionFormId, groupId: admin.id };

function item(result: RatingAggregates, key: string) {
	return result.items.find((i) => i.questionKey === key);
}

describe.each(storesUnderTest())('ratingAggregates on $name', (kind) => {
	let store: Store;
	const ratingAggregates = (filter: RatingFilter) => store.reports.ratingAggregates(filter);

	beforeAll(async () => {
		store = await kind.open();
		await writeFixture(store);
	}, 120_000);

	afterAll(() => kind.dispose());

	it('matches the hand-computed n, mean and S.D. of two items over FY 2568', async () => {
		const result = await ratingAggregates({ ...base, ...fy(2568) });

		// process_speed: 5, 4, 3, 4 → n 4, Σx 16, x̄ 4.00; Σ(x − x̄)² = 1 + 0 + 1 + 0 = 2,
		// S.D. = √(2 / 3) = 0.8165. The first and the last second of the year are both in it.
		const speed = item(result, 'process_speed');
		expect(speed).toMatchObject({ dimension: 'process', n: 4, counts: [0, 0, 1, 2, 1], mean: 4 });
		expect(speed?.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
		expect(speed?.percents).toEqual([0, 0, 25, 50, 25]);

		// facilities_signs, skipped by two of the four: 4, 2 → n 2 (not 4), x̄ 3.00;
		// Σ(x − x̄)² = 1 + 1 = 2, S.D. = √(2 / 1) = 1.4142.
		const signs = item(result, 'facilities_signs');
		expect(signs).toMatchObject({
			dimension: 'facilities',
			n: 2,
			counts: [0, 1, 0, 1, 0],
			mean: 3
		});
		expect(signs?.sd).toBeCloseTo(Math.SQRT2, 12);

		// Never answered, so not an item of the report rather than an item with n 0.
		expect(item(result, 'facilities_amenities')).toBeUndefined();
		// 15 required ratings + facilities_signs.
		expect(result.items).toHaveLength(16);
		expect(item(result, 'staff_courtesy')).toMatchObject({ n: 4, mean: 4, sd: 0 });
	});

	it('pools the answers of a dimension and of the whole form', async () => {
		const result = await ratingAggregates({ ...base, ...fy(2568) });

		// process: 6 items × 4 responses = 24 answers, 20 of them 4 plus speed's 5, 4, 3, 4 →
		// counts [0, 0, 1, 22, 1], Σx 96, x̄ 4.00, Σ(x − x̄)² = 2, S.D. = √(2 / 23) = 0.2949.
		const process = result.dimensions.find((d) => d.dimension === 'process');
		expect(process).toMatchObject({ n: 24, counts: [0, 0, 1, 22, 1], mean: 4, responses: 4 });
		expect(process?.sd).toBeCloseTo(Math.sqrt(2 / 23), 12);
		// facilities: only signs, answered in 2 of the 4 responses.
		expect(result.dimensions.find((d) => d.dimension === 'facilities')).toMatchObject({
			n: 2,
			mean: 3,
			responses: 2
		});
		expect(result.dimensions.map((d) => d.dimension)).toEqual([
			'facilities',
			'process',
			'quality',
			'staff'
		]);

		// Overall: 14 other required items × 4 = 56 fours, + speed 5, 4, 3, 4, + signs 4, 2 → n 62,
		// counts [0, 1, 1, 59, 1], Σx = 2 + 3 + 236 + 5 = 246, x̄ = 246 / 62 = 3.9677;
		// Σx² = 4 + 9 + 944 + 25 = 982, Σ(x − x̄)² = 982 − 246² / 62 = 5.9355, S.D. = √(5.9355 / 61) = 0.3119.
		expect(result.overall).toMatchObject({ n: 62, counts: [0, 1, 1, 59, 1], responses: 4 });
		expect(result.overall.mean).toBeCloseTo(246 / 62, 12);
		expect(result.overall.sd).toBeCloseTo(Math.sqrt((982 - 246 ** 2 / 62) / 61), 12);
	});

	it('splits at the fiscal-year boundary: 16:59:59Z on 30 Sep is FY 2568, 17:00:00Z FY 2569', async () => {
		const next = await ratingAggregates({ ...base, ...fy(2569) });
		expect(next.overall.responses).toBe(1);
		expect(item(next, 'process_speed')).toMatchObject({ n: 1, mean: 1, sd: null });

		const previous = await ratingAggregates({ ...base, ...fy(2567) });
		expect(previous.overall.responses).toBe(1);
		expect(item(previous, 'process_speed')).toMatchObject({ n: 1, mean: 2, sd: null });
		expect(item(previous, 'facilities_signs')).toBeUndefined();
	});

	it('filters by school', async () => {
		const result = await ratingAggregates({ ...base, ...fy(2568), schoolId: schoolA.id });
		// 5, 4 → x̄ 4.50, Σ(x − x̄)² = 0.5, S.D. = √0.5 = 0.7071.
		const speed = item(result, 'process_speed');
		expect(speed).toMatchObject({ n: 2, mean: 4.5 });
		expect(speed?.sd).toBeCloseTo(Math.SQRT1_2, 12);
		expect(item(result, 'facilities_signs')).toMatchObject({ n: 1, mean: 4, sd: null });
		expect(result.overall.responses).toBe(2);
	});

	it('filters by respondent type, and by both', async () => {
		const teachers = await ratingAggregates({
			...base,
			...fy(2568),
			respondentType: 'teacher'
		});
		// 5, 3 → x̄ 4.00, Σ(x − x̄)² = 2, S.D. = √2.
		expect(item(teachers, 'process_speed')).toMatchObject({ n: 2, mean: 4 });
		expect(item(teachers, 'process_speed')?.sd).toBeCloseTo(Math.SQRT2, 12);

		const both = await ratingAggregates({
			...base,
			...fy(2568),
			respondentType: 'teacher',
			schoolId: schoolA.id
		});
		expect(both.overall.responses).toBe(1);
		expect(item(both, 'process_speed')).toMatchObject({ n: 1, mean: 5, sd: null });
	});

	it('counts every group of the office without a group, and one form version with it', async () => {
		const office = await ratingAggregates({
			officeId: demoOffice.id,
			formId: demoSatisfactionFormId,
			...fy(2568)
		});
		expect(item(office, 'process_speed')).toMatchObject({ n: 5, counts: [1, 0, 1, 2, 1] });

		const v1 = await ratingAggregates({ ...base, ...fy(2568), formVersion: 1 });
		expect(item(v1, 'process_speed')?.n).toBe(4);
		const v2 = await ratingAggregates({ ...base, ...fy(2568), formVersion: 2 });
		expect(v2.items).toEqual([]);
	});

	it('says an empty period is empty: n 0, mean and S.D. null, no NaN', async () => {
		const result = await ratingAggregates({ ...base, ...fy(2570) });
		expect(result).toEqual({
			items: [],
			dimensions: [],
			overall: {
				n: 0,
				counts: [0, 0, 0, 0, 0],
				percents: [0, 0, 0, 0, 0],
				mean: null,
				sd: null,
				responses: 0
			}
		});
		expect(JSON.stringify(result)).not.toContain('NaN');
	});

	it('refuses an invalid date rather than matching nothing', async () => {
		await expect(
			ratingAggregates({ ...base, from: new Date('nope'), to: new Date() })
		).rejects.toThrow(RangeError);
	});
});
