import { ExecutiveOverview, OverviewQuery } from '$lib/api/report-contract';
import { apiError, parseQuery, respond } from '$lib/server/http/respond';
import { buildExecutiveOverview } from '$lib/server/reports/executive-overview';
import { ReportNotFoundError } from '$lib/server/reports/group-report';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** Every group side by side, for the office's executives (route-access.ts). */
export const GET: RequestHandler = async ({ url }) => {
	const query = parseQuery(OverviewQuery, url);
	if (!query.ok) return query.response;
	try {
		return respond(ExecutiveOverview, await buildExecutiveOverview(await getStore(), query.value));
	} catch (error) {
		if (error instanceof ReportNotFoundError) return apiError(404, error.code, error.text);
		throw error;
	}
};
