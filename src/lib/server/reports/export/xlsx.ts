import writeExcelFile, { type Cell, type Sheet } from 'write-excel-file/node';
import type { Locale } from '$lib/domain/locales';
import { translate } from '$lib/i18n/translate';
import type { ColumnKind, ReportTable, RowKind } from '$lib/reports/report-tables';
import type { ResponsesSheet, SheetCell } from './responses-sheet';

/*
 * XLSX workbooks of the report (one sheet per table) and of the raw responses. Numbers are
 * written as numbers with a display format, so a sheet shows two decimals and still sums the
 * full value. Text cells are written as strings, never formulas: an answer starting with "="
 * stays text without the apostrophe the CSV needs.
 */

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const formats: Record<ColumnKind, string | undefined> = {
	text: undefined,
	integer: '0',
	decimal2: '0.00',
	percent2: '0.00'
};

/** Excel refuses a sheet name longer than 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string, taken: ReadonlySet<string> = new Set()): string {
	const clean =
		name
			.replace(/[:\\/?*[\]]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.replace(/^'+|'+$/g, '') || 'Sheet';
	let candidate = [...clean].slice(0, 31).join('').trim();
	// Names are compared without case; a clash gets a number, still within 31 characters.
	for (let i = 2; [...taken].some((t) => t.toLowerCase() === candidate.toLowerCase()); i++) {
		const suffix = ` (${i})`;
		candidate =
			[...clean]
				.slice(0, 31 - suffix.length)
				.join('')
				.trim() + suffix;
	}
	return candidate;
}

const bold = { fontWeight: 'bold' } as const;

function textCell(value: string, emphasis: boolean): Cell {
	return { value, type: String, wrap: true, ...(emphasis ? bold : {}) };
}

function reportCell(value: SheetCell, kind: ColumnKind, emphasis: boolean): Cell {
	if (value === null) return null;
	if (typeof value === 'string') return textCell(value, emphasis);
	const format = formats[kind];
	return { value, type: Number, ...(format ? { format } : {}), ...(emphasis ? bold : {}) };
}

function width(kind: ColumnKind, key: string): number {
	if (kind !== 'text') return 12;
	return key === 'item' || key === 'answer' || key === 'dimension' ? 48 : 24;
}

/** One sheet per table: its caption, the headings in bold, then the rows. */
export function reportSheets(tables: readonly ReportTable[], locale: Locale): Sheet<Buffer>[] {
	const taken = new Set<string>();
	return tables.map((table) => {
		const name = sheetName(
			`${table.number} ${translate(locale, `reportTables.sheets.${table.id}`)}`,
			taken
		);
		taken.add(name);
		const emphasis = (kind: RowKind | undefined) => kind === 'group' || kind === 'total';
		return {
			sheet: name,
			data: [
				[textCell(table.caption, true)],
				table.columns.map((c) => textCell(c.label, true)),
				...table.rows.map((row, r) =>
					row.map((cell, c) =>
						reportCell(cell, table.columns[c]?.kind ?? 'text', emphasis(table.rowKinds[r]))
					)
				)
			],
			columns: table.columns.map((c) => ({ width: width(c.kind, c.key) })),
			stickyRowsCount: 2
		};
	});
}

export async function reportXlsx(tables: readonly ReportTable[], locale: Locale): Promise<Buffer> {
	return writeExcelFile(reportSheets(tables, locale)).toBuffer();
}

export async function responsesXlsx(sheet: ResponsesSheet, locale: Locale): Promise<Buffer> {
	const data: Cell[][] = [
		sheet.headings.map((h) => textCell(h, true)),
		...sheet.rows.map((row) =>
			row.map((value): Cell => {
				if (value === null) return null;
				return typeof value === 'number' ? { value, type: Number } : { value, type: String };
			})
		)
	];
	return writeExcelFile([
		{
			sheet: sheetName(translate(locale, 'reportTables.sheets.responses')),
			data,
			columns: sheet.headings.map((_, i) => ({ width: i === 0 ? 38 : 20 })),
			stickyRowsCount: 1
		}
	]).toBuffer();
}
