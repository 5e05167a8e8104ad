import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { z } from 'zod';
import type { GroupReportQuery, OverviewQuery, ReportPeriod } from '$lib/api/report-contract';

/**
 * The report pages read their query from a GET form as well as from a shared link. The form sends
 * every field, empty ones included, and a `period` switch saying whether the fiscal year or the
 * date range counts; this turns that into the query the API documents, so both pages and the
 * exports parse the same thing.
 */
export function readReportQuery(params: URLSearchParams): Record<string, string> {
	const query: Record<string, string> = {};
	for (const [key, value] of params) {
		// `/saveNote` and the like name a form action, not a filter.
		if (key.startsWith('/') || value.trim() === '') continue;
		query[key] = value.trim();
	}
	const period = query.period;
	delete query.period;
	if (period === 'range') {
		delete query.fy;
		delete query.quarter;
	} else if (period === 'fiscal') {
		delete query.from;
		delete query.to;
	}
	return query;
}

/** True when the query names no period at all: the pages then show the current fiscal year. */
export function namesNoPeriod(query: Record<string, string>): boolean {
	return query.fy === undefined && query.from === undefined && query.to === undefined;
}

type QueryValues = Partial<Record<keyof GroupReportQuery | keyof OverviewQuery, unknown>>;

/** The canonical query string of a parsed query, in a fixed order, for links and exports. */
export function queryString(query: QueryValues): string {
	const order = ['fy', 'quarter', 'from', 'to', 'form', 'version', 'school', 'respondentType'];
	const params = new URLSearchParams();
	for (const key of order) {
		const value = query[key as keyof QueryValues];
		if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
	}
	return params.toString();
}

/**
 * A resolved address with a query string: `resolve()` takes a route id with a query only when it
 * is a literal, and these queries are built at run time.
 */
function withQuery(path: ResolvedPathname, query: string): ResolvedPathname {
	return (query === '' ? path : `${path}?${query}`) as ResolvedPathname;
}

/** The address of a group's report with this query. */
export function groupReportHref(groupId: string, query: string): ResolvedPathname {
	return withQuery(resolve('/(site)/reports/groups/[groupId]', { groupId }), query);
}

/** The address of the executive overview with this query. */
export function overviewHref(query: string): ResolvedPathname {
	return withQuery(resolve('/reports'), query);
}

/** The period of a report as a query, e.g. for the group links of the overview. */
export function periodQuery(period: ReportPeriod): string {
	if (period.kind === 'range') return queryString({ from: period.firstDay, to: period.lastDay });
	return queryString({ fy: period.fy, quarter: period.quarter ?? undefined });
}

export interface QueryProblem {
	field: string;
	th: string;
	en: string;
}

/**
 * What is wrong with a query, in both languages. The period checks carry their Thai text in
 * `params.th`; zod's own checks (a year out of range, a malformed date) only have English, so
 * the page names the field and says in Thai that its value is not valid.
 */
export function queryProblems(error: z.ZodError): QueryProblem[] {
	return error.issues.map((issue) => {
		const params = 'params' in issue ? (issue.params as { th?: unknown } | undefined) : undefined;
		const th = typeof params?.th === 'string' ? params.th : '';
		return { field: String(issue.path[0] ?? ''), th, en: issue.message };
	});
}

/** The last `count` fiscal years (B.E.), newest first, always including `selected`. */
export function recentFiscalYears(current: number, selected?: number, count = 5): number[] {
	const years = Array.from({ length: count }, (_, i) => current - i);
	if (selected !== undefined && !years.includes(selected)) years.push(selected);
	return years.sort((a, b) => b - a);
}

/** The values a period form starts from. */
export interface PeriodFormValues {
	mode: 'fiscal' | 'range';
	fy: number;
	quarter: number | null;
	from: string;
	to: string;
}

export function periodFormValues(
	query: { fy?: number; quarter?: number; from?: string; to?: string } | null,
	currentFy: number
): PeriodFormValues {
	if (query?.from !== undefined || query?.to !== undefined) {
		return {
			mode: 'range',
			fy: currentFy,
			quarter: null,
			from: query?.from ?? '',
			to: query?.to ?? ''
		};
	}
	return {
		mode: 'fiscal',
		fy: query?.fy ?? currentFy,
		quarter: query?.quarter ?? null,
		from: '',
		to: ''
	};
}

/** What went wrong with a note, by the part of the form a reader can fix. */
export type NoteIssue = 'text' | 'author' | 'period' | 'kind' | 'notFound' | 'forbidden';

/** The `saveNote` action's answer, as one note card shows it. */
export interface NoteResult {
	saved: boolean;
	text: string;
	author: string;
	issues: NoteIssue[];
}
