/**
 * Captions and column headings of the report tables, shared by the print view and the CSV and
 * XLSX exports; `report-tables.en.ts` matches it.
 */
export const reportTablesTh = {
	caption: 'ตารางที่ {n} {title}'
};
