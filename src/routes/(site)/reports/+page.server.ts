import { error } from '@sveltejs/kit';
import { OverviewQuery } from '$lib/api/report-contract';
import {
	namesNoPeriod,
	queryProblems,
	readReportQuery
} from '$lib/components/reports/report-query';
import { fiscalYearOf } from '$lib/domain';
import { buildExecutiveOverview } from '$lib/server/reports/executive-overview';
import { ReportNotFoundError } from '$lib/server/reports/group-report';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// TODO(issue 6): executives see every group of their own office; until accounts exist the
// overview is of the office the query names, or the only one.
export const load: PageServerLoad = async ({ url }) => {
	const currentFy = fiscalYearOf(new Date());
	const raw = readReportQuery(url.searchParams);
	// The bare /reports opens on the fiscal year under way.
	if (namesNoPeriod(raw)) raw.fy = String(currentFy);
	const parsed = OverviewQuery.safeParse(raw);
	if (!parsed.success) {
		return { currentFy, query: null, problems: queryProblems(parsed.error), overview: null };
	}
	try {
		const overview = await buildExecutiveOverview(await getStore(), parsed.data);
		return { currentFy, query: parsed.data, problems: [], overview };
	} catch (cause) {
		if (cause instanceof ReportNotFoundError) error(404, `${cause.text.th} — ${cause.text.en}`);
		throw cause;
	}
};
