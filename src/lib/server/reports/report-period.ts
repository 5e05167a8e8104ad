import type { ReportPeriod, ReportPeriodQuery } from '$lib/api/report-contract';
import { fiscalQuarterRange, fiscalYearOf, fiscalYearRange, type FiscalQuarter } from '$lib/domain';

/*
 * The period of a report as instants and as the Bangkok days a reader sees, and the period
 * before it. Pure: the queries take `start` and `end`, the pages print `firstDay` and `lastDay`.
 */

const DAY_MS = 86_400_000;
/** Bangkok is UTC+7 all year (see fiscal-year.ts). */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;

export interface ResolvedPeriod {
	period: ReportPeriod;
	/** Half-open [start, end), as the queries filter. */
	start: Date;
	end: Date;
}

/** A period query (already checked by ReportPeriodQuery: fy, or from and to) as a period. */
export function resolvePeriod(query: ReportPeriodQuery): ResolvedPeriod {
	if (query.fy !== undefined) {
		if (query.quarter === undefined) return fiscalYear(query.fy);
		return fiscalQuarter(query.fy, toQuarter(query.quarter));
	}
	if (query.from === undefined || query.to === undefined) {
		throw new RangeError('A report period needs fy, or from and to');
	}
	return range(bangkokMidnight(query.from), bangkokMidnight(query.to) + DAY_MS);
}

/** The period just before, of the same kind: last year, last quarter, or as many days before. */
export function previousPeriod({ period, start, end }: ResolvedPeriod): ResolvedPeriod {
	if (period.kind === 'year' && period.fy !== null) return fiscalYear(period.fy - 1);
	if (period.kind === 'quarter' && period.fy !== null && period.quarter !== null) {
		return period.quarter === 1
			? fiscalQuarter(period.fy - 1, 4)
			: fiscalQuarter(period.fy, toQuarter(period.quarter - 1));
	}
	return range(start.getTime() - (end.getTime() - start.getTime()), start.getTime());
}

/** The fiscal year a period belongs to, for the trend: a range's is that of its last day. */
export function fiscalYearOfPeriod(period: ReportPeriod): number {
	return period.fy ?? fiscalYearOf(period.lastDay);
}

/** The fiscal quarter of a report period, or the whole year: what notes are recorded against. */
export function notePeriodOf(period: ReportPeriod): { fy: number; quarter: number | null } | null {
	return period.kind === 'range' || period.fy === null
		? null
		: { fy: period.fy, quarter: period.quarter };
}

function fiscalYear(fy: number): ResolvedPeriod {
	const { start, end } = fiscalYearRange(fy);
	return resolved({ kind: 'year', fy, quarter: null }, start, end);
}

function fiscalQuarter(fy: number, quarter: FiscalQuarter): ResolvedPeriod {
	const { start, end } = fiscalQuarterRange(fy, quarter);
	return resolved({ kind: 'quarter', fy, quarter }, start, end);
}

function range(startMs: number, endMs: number): ResolvedPeriod {
	return resolved({ kind: 'range', fy: null, quarter: null }, new Date(startMs), new Date(endMs));
}

function resolved(
	head: Pick<ReportPeriod, 'kind' | 'fy' | 'quarter'>,
	start: Date,
	end: Date
): ResolvedPeriod {
	return {
		period: {
			...head,
			from: start.toISOString(),
			to: end.toISOString(),
			firstDay: bangkokDay(start.getTime()),
			lastDay: bangkokDay(end.getTime() - 1)
		},
		start,
		end
	};
}

function bangkokMidnight(isoDate: string): number {
	return Date.parse(`${isoDate}T00:00:00Z`) - BANGKOK_OFFSET_MS;
}

function bangkokDay(ms: number): string {
	return new Date(ms + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

export function toQuarter(q: number): FiscalQuarter {
	if (q === 1 || q === 2 || q === 3 || q === 4) return q;
	throw new RangeError(`A fiscal quarter is 1–4, not ${q}`);
}
