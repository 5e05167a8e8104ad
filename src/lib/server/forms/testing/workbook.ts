import writeExcelFile from 'write-excel-file/node';
import type { XlsFormSheets } from '$lib/domain/xlsform';

/** XLSForm sheets as a real .xlsx workbook, as KoboToolbox or Excel would save it. */
export async function workbookOf(sheets: XlsFormSheets): Promise<Buffer> {
	const width = (rows: readonly (readonly unknown[])[]) => Math.max(...rows.map((r) => r.length));
	return writeExcelFile(
		Object.entries(sheets).map(([sheet, rows]) => ({
			sheet,
			// Every row as wide as the widest, blanks as null, as a spreadsheet holds them.
			data: rows.map((row) =>
				Array.from({ length: width(rows) }, (_, i) => {
					const cell = row[i];
					return typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean'
						? cell
						: null;
				})
			)
		}))
	).toBuffer();
}
