import { GroupReport, GroupReportQuery } from '$lib/api/report-contract';
import { apiError, parseQuery, respond } from '$lib/server/http/respond';
import { buildGroupReport, ReportNotFoundError } from '$lib/server/reports/group-report';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

/**
 * A group's satisfaction report as JSON, the one computation the pages and exports share. Its
 * executive and its own leader may read it (route-access.ts).
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const query = parseQuery(GroupReportQuery, url);
	if (!query.ok) return query.response;
	try {
		const report = await buildGroupReport(await getStore(), {
			...query.value,
			groupId: params.groupId
		});
		return respond(GroupReport, report);
	} catch (error) {
		if (error instanceof ReportNotFoundError) return apiError(404, error.code, error.text);
		throw error;
	}
};
