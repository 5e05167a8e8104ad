import readExcelFile, { InvalidInputError, InvalidSpreadsheetError } from 'read-excel-file/node';
import type { Validated } from '$lib/domain';
import type { XlsFormSheets } from '$lib/domain/xlsform';

/**
 * The sheets of an uploaded .xlsx as rows of cells, for importXlsForm. A file that is not a
 * workbook is an issue for the user, not an error: people upload .xls, .ods and PDFs by mistake.
 */
export async function readXlsForm(file: Buffer): Promise<Validated<XlsFormSheets>> {
	try {
		const sheets = await readExcelFile(file);
		return { ok: true, value: Object.fromEntries(sheets.map((s) => [s.sheet, s.data])) };
	} catch (error) {
		if (!(error instanceof InvalidInputError || error instanceof InvalidSpreadsheetError)) {
			throw error;
		}
		return {
			ok: false,
			issues: [
				{
					path: '',
					code: 'not_xlsx',
					message: {
						th: `อ่านไฟล์นี้ไม่ได้ ต้องเป็นไฟล์ Excel แบบ .xlsx (${error.message})`,
						en: `The file could not be read; it must be an Excel .xlsx workbook (${error.message})`
					}
				}
			]
		};
	}
}
