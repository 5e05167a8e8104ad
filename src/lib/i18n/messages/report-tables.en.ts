import type { Widen } from './th';
import type { reportTablesTh } from './report-tables.th';

export const reportTablesEn: Widen<typeof reportTablesTh> = {
	caption: 'Table {n}. {title}'
};
