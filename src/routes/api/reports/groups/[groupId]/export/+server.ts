import { GroupReportQuery } from '$lib/api/report-contract';
import { recordAudit } from '$lib/server/auth/audit';
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
 * query as the report plus `format`, `content` and `lang`. Whoever may read the report may
 * export it (route-access.ts); an export of raw responses goes in the audit log.
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	const options = parseQuery(ExportOptions, url);
	if (!options.ok) return options.response;
	const query = parseQuery(GroupReportQuery, url);
	if (!query.ok) return query.response;
	try {
		const store = await getStore();
		const file = await groupReportExport(
			store,
			{ ...query.value, groupId: params.groupId },
			options.value
		);
		if (options.value.content === 'responses' && locals.user !== null) {
			await recordAudit(store, {
				officeId: locals.user.officeId,
				actor: locals.user,
				action: 'responses-exported',
				subject: `group:${params.groupId}`,
				detail: { query: url.search, format: options.value.format }
			});
		}
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
