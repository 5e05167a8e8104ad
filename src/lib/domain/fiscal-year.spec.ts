import { describe, expect, it } from 'vitest';
import {
	fiscalQuarterOf,
	fiscalQuarterRange,
	fiscalYearOf,
	fiscalYearRange,
	toBuddhistYear,
	toGregorianYear
} from './fiscal-year';

describe('fiscal year (ปีงบประมาณ): an office reports by the year that ends on 30 September', () => {
	it('puts the last second of 30 Sep 2024 in Bangkok in FY 2567', () => {
		expect(fiscalYearOf('2024-09-30T16:59:59Z')).toBe(2567);
		expect(fiscalYearOf('2024-09-30T23:59:59+07:00')).toBe(2567);
	});

	it('starts FY 2568 at midnight of 1 Oct 2024 in Bangkok, still 30 Sep in UTC', () => {
		expect(fiscalYearOf('2024-09-30T17:00:00Z')).toBe(2568);
		expect(fiscalYearOf(new Date(Date.UTC(2024, 8, 30, 17)))).toBe(2568);
		expect(fiscalYearOf('2024-10-01T00:00:00+07:00')).toBe(2568);
	});

	it('ends FY 2568 at midnight of 1 Oct 2025 in Bangkok', () => {
		expect(fiscalYearOf('2025-09-30T16:59:59.999Z')).toBe(2568);
		expect(fiscalYearOf('2025-09-30T17:00:00Z')).toBe(2569);
	});

	it('keeps January to September in the year named by their own B.E. year', () => {
		expect(fiscalYearOf('2025-01-01T00:00:00+07:00')).toBe(2568);
		expect(fiscalYearOf('2025-06-15T12:00:00Z')).toBe(2568);
	});

	it('reads a plain date as that day in Bangkok', () => {
		expect(fiscalYearOf('2024-09-30')).toBe(2567);
		expect(fiscalYearOf('2024-10-01')).toBe(2568);
		expect(fiscalQuarterOf('2025-01-01')).toBe(2);
	});

	it('refuses a date-time without a time zone, which would mean the server machine’s zone', () => {
		expect(() => fiscalYearOf('2024-09-30T23:30:00')).toThrow(RangeError);
		expect(() => fiscalYearOf('30/09/2567')).toThrow(RangeError);
		expect(() => fiscalYearOf(new Date('nonsense'))).toThrow(RangeError);
	});

	it('agrees with the Asia/Bangkok time zone every hour around each turn of a quarter', () => {
		const bangkok = new Intl.DateTimeFormat('en-US', {
			timeZone: 'Asia/Bangkok',
			year: 'numeric',
			month: 'numeric'
		});
		const turns = ['2019-10-01', '2024-01-01', '2024-04-01', '2024-07-01', '2031-10-01'];
		for (const turn of turns) {
			const around = Date.parse(`${turn}T00:00:00Z`);
			for (let hour = -36; hour <= 36; hour++) {
				const instant = new Date(around + hour * 3_600_000);
				const parts = bangkok.formatToParts(instant);
				const year = Number(parts.find((p) => p.type === 'year')?.value);
				const month = Number(parts.find((p) => p.type === 'month')?.value);
				const expectedFy = month >= 10 ? year + 1 + 543 : year + 543;
				const expectedQuarter = [2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1][month - 1];
				expect(fiscalYearOf(instant), instant.toISOString()).toBe(expectedFy);
				expect(fiscalQuarterOf(instant), instant.toISOString()).toBe(expectedQuarter);
			}
		}
	});
});

describe('fiscal quarters: Q1 is October to December', () => {
	it.each([
		['2024-09-30T17:00:00Z', '1 Oct 00:00 Bangkok', 1],
		['2024-12-31T16:59:59Z', '31 Dec 23:59:59 Bangkok', 1],
		['2024-12-31T17:00:00Z', '1 Jan 00:00 Bangkok', 2],
		['2025-03-31T16:59:59Z', '31 Mar 23:59:59 Bangkok', 2],
		['2025-03-31T17:00:00Z', '1 Apr 00:00 Bangkok', 3],
		['2025-06-30T17:00:00Z', '1 Jul 00:00 Bangkok', 4],
		['2025-09-30T16:59:59Z', '30 Sep 23:59:59 Bangkok', 4]
	] satisfies [string, string, number][])('%s (%s) is in Q%i', (instant, _bangkok, quarter) => {
		expect(fiscalQuarterOf(instant)).toBe(quarter);
	});

	it('gives each quarter of FY 2568 as [start, end), the four tiling the year', () => {
		const quarters = ([1, 2, 3, 4] as const).map((q) => fiscalQuarterRange(2568, q));
		expect(quarters.map((q) => [q.start.toISOString(), q.end.toISOString()])).toEqual([
			['2024-09-30T17:00:00.000Z', '2024-12-31T17:00:00.000Z'],
			['2024-12-31T17:00:00.000Z', '2025-03-31T17:00:00.000Z'],
			['2025-03-31T17:00:00.000Z', '2025-06-30T17:00:00.000Z'],
			['2025-06-30T17:00:00.000Z', '2025-09-30T17:00:00.000Z']
		]);
		const year = fiscalYearRange(2568);
		expect(quarters[0]?.start).toEqual(year.start);
		expect(quarters[3]?.end).toEqual(year.end);
	});
});

describe('fiscalYearRange: the instants a report for one fiscal year selects', () => {
	it('gives FY 2568 as Bangkok midnight 1 Oct 2024 up to, not including, 1 Oct 2025', () => {
		const { start, end } = fiscalYearRange(2568);
		expect(start.toISOString()).toBe('2024-09-30T17:00:00.000Z');
		expect(end.toISOString()).toBe('2025-09-30T17:00:00.000Z');
	});

	it('agrees with fiscalYearOf at both ends', () => {
		const { start, end } = fiscalYearRange(2570);
		expect(fiscalYearOf(start)).toBe(2570);
		expect(fiscalYearOf(new Date(end.getTime() - 1))).toBe(2570);
		expect(fiscalYearOf(end)).toBe(2571);
	});

	it('refuses a fiscal year that is not a whole number', () => {
		expect(() => fiscalYearRange(2568.5)).toThrow(RangeError);
		expect(() => fiscalQuarterRange(Number.NaN, 1)).toThrow(RangeError);
	});
});

describe('Buddhist era: B.E. = C.E. + 543', () => {
	it('converts both ways', () => {
		expect(toBuddhistYear(2024)).toBe(2567);
		expect(toGregorianYear(2568)).toBe(2025);
		expect(toGregorianYear(toBuddhistYear(1999))).toBe(1999);
	});
});
