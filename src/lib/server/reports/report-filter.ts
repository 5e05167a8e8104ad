import { and, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { RespondentType } from '$lib/domain';

/** Which responses, and so which rating answers, a report counts. */
export interface RatingFilter {
	officeId: string;
	/** The group rated; all groups of the office when absent (the executive overview). */
	groupId?: string;
	/** One form, or several (the overview pools every satisfaction form of the office). */
	formId: string | readonly string[];
	/**
	 * One version of the form; all versions when absent, pooled by question key, so an item keeps
	 * its numbers across a version that only reworded other items. An item whose key moved to
	 * another dimension appears once per dimension.
	 */
	formVersion?: number;
	/** Half-open [from, to) by submission instant, e.g. `fiscalYearRange(2568)`. */
	from: Date;
	to: Date;
	schoolId?: string;
	respondentType?: RespondentType;
}

/** The columns a filter reads: `responses` and `rating_answers` both have them. */
interface FilteredColumns {
	officeId: PgColumn;
	formId: PgColumn;
	formVersion: PgColumn;
	groupId: PgColumn;
	schoolId: PgColumn;
	respondentType: PgColumn;
	submittedAt: PgColumn;
}

/** The WHERE of a filter over `responses` or `rating_answers`. */
export function filterConditions(t: FilteredColumns, filter: RatingFilter): SQL | undefined {
	// An Invalid Date would become NULL in SQL and quietly match nothing.
	for (const [name, instant] of [
		['from', filter.from],
		['to', filter.to]
	] as const) {
		if (Number.isNaN(instant.getTime())) throw new RangeError(`Invalid Date for ${name}`);
	}
	return and(
		eq(t.officeId, filter.officeId),
		typeof filter.formId === 'string'
			? eq(t.formId, filter.formId)
			: inArray(t.formId, [...filter.formId]),
		gte(t.submittedAt, filter.from),
		lt(t.submittedAt, filter.to),
		filter.groupId === undefined ? undefined : eq(t.groupId, filter.groupId),
		filter.formVersion === undefined ? undefined : eq(t.formVersion, filter.formVersion),
		filter.schoolId === undefined ? undefined : eq(t.schoolId, filter.schoolId),
		filter.respondentType === undefined ? undefined : eq(t.respondentType, filter.respondentType)
	);
}
