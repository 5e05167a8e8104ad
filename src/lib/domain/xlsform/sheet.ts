import type { Locale } from '../locales';

/** The sheets of a workbook as rows of cells, the first row the header (as read-excel-file gives). */
export type XlsFormSheets = Record<string, readonly (readonly unknown[])[]>;

/** A cell as the text an author typed; spreadsheets store `yes`, `TRUE` and `1` alike. */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return '';
}

/** A column that holds one language of a text: `label`, `label::Thai (th)`, `hint::English (en)`. */
export interface ColumnLanguage {
	base: string;
	/** undefined: the column names no language (XLSForm's default language). */
	language: Locale | 'other' | undefined;
}

export function columnLanguage(header: string): ColumnLanguage {
	const [base = '', ...rest] = header.split('::');
	if (rest.length === 0) return { base: base.trim().toLowerCase(), language: undefined };
	return { base: base.trim().toLowerCase(), language: languageOf(rest.join('::')) };
}

/** `Thai (th)`, `th`, `ไทย`, `English (en-US)`: the code in brackets wins, then the name. */
export function languageOf(name: string): Locale | 'other' {
	const code = /\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\)/.exec(name)?.[1]?.toLowerCase();
	const word = (code ?? name).trim().toLowerCase();
	if (['th', 'tha', 'thai', 'ไทย', 'ภาษาไทย'].includes(word)) return 'th';
	if (['en', 'eng', 'english', 'อังกฤษ', 'ภาษาอังกฤษ'].includes(word)) return 'en';
	return 'other';
}

/** One sheet read by its header; `row` numbers are the spreadsheet's own (header = 1). */
export class Sheet {
	readonly headers: string[];
	readonly #columns = new Map<string, number>();

	constructor(
		readonly name: string,
		readonly rows: readonly (readonly unknown[])[]
	) {
		this.headers = (rows[0] ?? []).map(cellText);
		this.headers.forEach((header, i) => {
			// A base column (`type`, `name`) is matched case-insensitively; the first one wins.
			const key = header.includes('::') ? header : header.toLowerCase();
			if (key !== '' && !this.#columns.has(key)) this.#columns.set(key, i);
		});
	}

	has(column: string): boolean {
		return this.#columns.has(column);
	}

	/** Data rows with their spreadsheet row number; blank rows are left out. */
	*dataRows(): Generator<{ row: number; cells: readonly unknown[] }> {
		for (let i = 1; i < this.rows.length; i++) {
			const cells = this.rows[i] ?? [];
			if (cells.some((c) => cellText(c) !== '')) yield { row: i + 1, cells };
		}
	}

	cell(cells: readonly unknown[], column: string): string {
		const index = this.#columns.get(column);
		return index === undefined ? '' : cellText(cells[index]);
	}

	/** The raw cell, for values such as `1` that a spreadsheet may store as a number. */
	raw(cells: readonly unknown[], column: string): unknown {
		const index = this.#columns.get(column);
		return index === undefined ? undefined : cells[index];
	}
}
