import { GroupReportQuery } from '$lib/api/report-contract';
import { apiError, parseQuery } from '$lib/server/http/respond';
import {
	contentDisposition,
	ExportOptions,
	groupReportExport
} from '$lib/server/reports/export/group-export';
import { ReportNotFoundError } from '$lib/server/reports/group-report';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

/**
 * A group's report tables, or the responses they count, as a CSV or XLSX download: the same
 * query as the report plus `format`, `content` and `lang`. Open to any caller for now, like the
 * report itself: authorization comes with issue 6.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const options = parseQuery(ExportOptions, url);
	if (!options.ok) return options.response;
	const query = parseQuery(GroupReportQuery, url);
	if (!query.ok) return query.response;
	try {
		const file = await groupReportExport(
			await getStore(),
			{ ...query.value, groupId: params.groupId },
			options.value
		);
		return new Response(file.body, {
			headers: {
				'content-type': file.contentType,
				'content-disposition': contentDisposition(file),
				// Answers of respondents: not for a shared cache, and always today's numbers.
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	} catch (error) {
		if (error instanceof ReportNotFoundError) return apiError(404, error.code, error.text);
		throw error;
	}
};
