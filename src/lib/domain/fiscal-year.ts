import { IsoDate, IsoDateTime } from './localized';

const BUDDHIST_ERA_OFFSET = 543;

/**
 * Asia/Bangkok has kept UTC+7 without daylight saving since 1920, so a fixed offset gives the same
 * calendar dates as the time zone database, without an Intl formatter per record in a report.
 */
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** October, as a 0-based month: the first month of a fiscal year. */
const FISCAL_YEAR_FIRST_MONTH = 9;

export type FiscalQuarter = 1 | 2 | 3 | 4;

export function toBuddhistYear(ceYear: number): number {
	return ceYear + BUDDHIST_ERA_OFFSET;
}

export function toGregorianYear(beYear: number): number {
	return beYear - BUDDHIST_ERA_OFFSET;
}

/** The fiscal year (B.E.) an instant falls in, by the Bangkok calendar: FY 2568 = Oct 2024 – Sep 2025. */
export function fiscalYearOf(instant: Date | string): number {
	const { year, month } = bangkokYearMonth(instant);
	const ceYearItEnds = month >= FISCAL_YEAR_FIRST_MONTH ? year + 1 : year;
	return toBuddhistYear(ceYearItEnds);
}

/** Q1 = Oct–Dec, Q2 = Jan–Mar, Q3 = Apr–Jun, Q4 = Jul–Sep, by the Bangkok calendar. */
export function fiscalQuarterOf(instant: Date | string): FiscalQuarter {
	const { month } = bangkokYearMonth(instant);
	const monthsIntoFiscalYear = (month - FISCAL_YEAR_FIRST_MONTH + 12) % 12;
	return (Math.floor(monthsIntoFiscalYear / 3) + 1) as FiscalQuarter;
}

/** A fiscal year as [start, end): the UTC instants of Bangkok midnight on 1 Oct and the next 1 Oct. */
export function fiscalYearRange(fyBE: number): { start: Date; end: Date } {
	assertYear(fyBE);
	const ceYearItEnds = toGregorianYear(fyBE);
	return {
		start: bangkokMidnight(ceYearItEnds - 1, FISCAL_YEAR_FIRST_MONTH),
		end: bangkokMidnight(ceYearItEnds, FISCAL_YEAR_FIRST_MONTH)
	};
}

/** One quarter of a fiscal year as [start, end), like `fiscalYearRange`. */
export function fiscalQuarterRange(
	fyBE: number,
	quarter: FiscalQuarter
): { start: Date; end: Date } {
	assertYear(fyBE);
	const firstMonth = FISCAL_YEAR_FIRST_MONTH + (quarter - 1) * 3;
	const ceYearItStarts = toGregorianYear(fyBE) - 1;
	// Date.UTC carries months past December into the next year.
	return {
		start: bangkokMidnight(ceYearItStarts, firstMonth),
		end: bangkokMidnight(ceYearItStarts, firstMonth + 3)
	};
}

function bangkokMidnight(ceYear: number, month0: number): Date {
	return new Date(Date.UTC(ceYear, month0, 1) - BANGKOK_OFFSET_MS);
}

function bangkokYearMonth(instant: Date | string): { year: number; month: number } {
	const bangkok = new Date(toEpochMs(instant) + BANGKOK_OFFSET_MS);
	return { year: bangkok.getUTCFullYear(), month: bangkok.getUTCMonth() };
}

/**
 * A string must say which instant it means: a date-time with its offset, or a plain date (read as
 * that Bangkok day). A date-time without offset would mean whatever zone the machine runs in.
 */
function toEpochMs(instant: Date | string): number {
	if (typeof instant === 'string') {
		if (IsoDate.safeParse(instant).success) {
			const [year, month, day] = instant.split('-').map(Number) as [number, number, number];
			return Date.UTC(year, month - 1, day) - BANGKOK_OFFSET_MS;
		}
		if (!IsoDateTime.safeParse(instant).success) {
			throw new RangeError(
				`Not an ISO date or a date-time with offset: ${JSON.stringify(instant)} (e.g. 2025-01-31T09:30:00+07:00)`
			);
		}
		return Date.parse(instant);
	}
	const ms = instant.getTime();
	if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
	return ms;
}

function assertYear(fyBE: number): void {
	if (!Number.isInteger(fyBE))
		throw new RangeError(`A fiscal year is a whole B.E. year, not ${fyBE}`);
}
