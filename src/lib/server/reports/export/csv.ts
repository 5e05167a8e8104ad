import { roundMean } from '$lib/domain/statistics';
import type { ReportCell, ReportTable } from '$lib/reports/report-tables';
import type { SheetCell, ResponsesSheet } from './responses-sheet';

/*
 * CSV as RFC 4180 writes it (CRLF line ends, fields quoted when they hold a comma, quote or line
 * break), UTF-8 with a byte order mark: without the BOM, Excel opens the file as the local ANSI
 * code page and Thai turns into mojibake.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A spreadsheet treats text starting with one of these as a formula (OWASP "CSV injection"); a
 * leading apostrophe makes it text. Only text is guarded: a negative number stays a number.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One text field, guarded against formulas and quoted when it has to be. */
export function textField(value: string): string {
	const text = formulaStart.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One number field; with `fractionDigits` 2, rounded half up as the report rounds its means
 * (4.005 → 4.01) and written with both decimals.
 */
export function numberField(value: number, fractionDigits?: 2): string {
	if (!Number.isFinite(value)) throw new RangeError(`csv: not a finite number: ${value}`);
	return fractionDigits === undefined ? String(value) : roundMean(value).toFixed(2);
}

/** A cell of unknown column: numbers as numbers, text guarded, null empty. */
export function field(value: SheetCell): string {
	if (value === null) return '';
	return typeof value === 'number' ? numberField(value) : textField(value);
}

/** Lines of already-written fields as one CSV document. */
export function csvDocument(lines: readonly (readonly string[])[]): string {
	return BOM + lines.map((line) => line.join(',')).join(CRLF) + CRLF;
}

function reportField(value: ReportCell, kind: ReportTable['columns'][number]['kind']): string {
	if (typeof value !== 'number') return field(value);
	return numberField(value, kind === 'decimal2' || kind === 'percent2' ? 2 : undefined);
}

/**
 * Every table of the report, one after another: its caption on a line of its own, the column
 * headings, the rows, then a blank line before the next table.
 */
export function reportCsv(tables: readonly ReportTable[]): string {
	const lines: string[][] = [];
	tables.forEach((table, i) => {
		if (i > 0) lines.push([]);
		lines.push([textField(table.caption)]);
		lines.push(table.columns.map((c) => textField(c.label)));
		for (const row of table.rows) {
			lines.push(row.map((cell, c) => reportField(cell, table.columns[c]?.kind ?? 'text')));
		}
	});
	return csvDocument(lines);
}

/** One line per response under one line of headings. */
export function responsesCsv(sheet: ResponsesSheet): string {
	return csvDocument([sheet.headings.map(textField), ...sheet.rows.map((row) => row.map(field))]);
}
