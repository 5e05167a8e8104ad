import { z } from 'zod';
import type { GroupReportQuery } from '$lib/api/report-contract';
import { Locale } from '$lib/domain';
import { reportTables } from '$lib/reports/report-tables';
import type { Store } from '../../store/types';
import { buildGroupReport, resolveReportScope, type GroupReportInput } from '../group-report';
import { reportCsv, responsesCsv } from './csv';
import { responsesSheet } from './responses-sheet';
import { reportXlsx, responsesXlsx, xlsxContentType } from './xlsx';

/** What `GET /api/reports/groups/{groupId}/export` adds to the report's own query. */
export const ExportOptions = z.object({
	format: z.enum(['csv', 'xlsx']),
	content: z.enum(['report', 'responses']),
	/** Language of headings and labels; Thai, the office's language, when absent. */
	lang: Locale.default('th')
});
export type ExportOptions = z.output<typeof ExportOptions>;

export interface ExportFile {
	body: string | Uint8Array<ArrayBuffer>;
	contentType: string;
	/** ASCII only: the group code and the period, e.g. ruamjai-report-finance_assets-fy2568.csv. */
	filename: string;
	/** The same with the group's short name, for browsers that read RFC 5987 `filename*`. */
	filenameUtf8: string;
}

/**
 * A group's report, or the responses it counts, as a CSV or XLSX file. Throws
 * ReportNotFoundError for an unknown group or form, as buildGroupReport does.
 */
export async function groupReportExport(
	store: Store,
	input: GroupReportInput,
	options: ExportOptions
): Promise<ExportFile> {
	const locale = options.lang;
	if (options.content === 'report') {
		const report = await buildGroupReport(store, input);
		const names = fileNames(report.group, input, options);
		const tables = reportTables(report, locale);
		return options.format === 'csv'
			? { ...names, body: reportCsv(tables), contentType: 'text/csv; charset=utf-8' }
			: { ...names, body: bytes(await reportXlsx(tables, locale)), contentType: xlsxContentType };
	}

	// The report's own scope, so the rows here are exactly the respondents the report counts.
	const { group, form, filter } = await resolveReportScope(store, input);
	const names = fileNames(group, input, options);
	const [responses, schools] = await Promise.all([
		store.reports.responses(filter),
		store.schools.list(group.officeId)
	]);
	const sheet = responsesSheet(responses, form, schools, locale);
	return options.format === 'csv'
		? { ...names, body: responsesCsv(sheet), contentType: 'text/csv; charset=utf-8' }
		: { ...names, body: bytes(await responsesXlsx(sheet, locale)), contentType: xlsxContentType };
}

/** A copy in a plain ArrayBuffer: what a fetch Response body accepts without a cast. */
function bytes(buffer: Uint8Array): Uint8Array<ArrayBuffer> {
	const copy = new Uint8Array(buffer.byteLength);
	copy.set(buffer);
	return copy;
}

function fileNames(
	group: { code: string; shortName: string },
	query: GroupReportQuery,
	options: ExportOptions
): Pick<ExportFile, 'filename' | 'filenameUtf8'> {
	const when =
		query.fy === undefined
			? `${query.from}_${query.to}`
			: `fy${query.fy}${query.quarter === undefined ? '' : `-q${query.quarter}`}`;
	const stem = `ruamjai-${options.content}-${group.code}-${when}`;
	// Characters a file system or a header would choke on become a dash.
	const shortName = group.shortName.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '-');
	return {
		filename: `${stem}.${options.format}`,
		filenameUtf8: `${stem}-${shortName}.${options.format}`
	};
}

/**
 * `attachment` with an ASCII `filename` for old clients and an RFC 5987 `filename*` in UTF-8,
 * which browsers prefer when both are given (RFC 6266 §4.3).
 */
export function contentDisposition(file: Pick<ExportFile, 'filename' | 'filenameUtf8'>): string {
	const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
	const encoded = encodeURIComponent(file.filenameUtf8).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
