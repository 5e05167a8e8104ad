import { describe, expect, it } from 'vitest';
import { contentDisposition, ExportOptions } from './group-export';

describe('contentDisposition', () => {
	it('names the file in ASCII and, for browsers that read it, in UTF-8 (RFC 5987)', () => {
		expect(
			contentDisposition({
				filename: 'ruamjai-report-finance_assets-fy2568.csv',
				filenameUtf8: "ruamjai-report-finance_assets-fy2568-กลุ่มการเงินฯ (ก)'.csv"
			})
		).toBe(
			`attachment; filename="ruamjai-report-finance_assets-fy2568.csv"; filename*=UTF-8''ruamjai-report-finance_assets-fy2568-${encodeURIComponent('กลุ่มการเงินฯ')}%20%28${encodeURIComponent('ก')}%29%27.csv`
		);
	});

	it('keeps quotes and non-ASCII out of the plain filename', () => {
		expect(contentDisposition({ filename: 'a"ก.csv', filenameUtf8: 'a.csv' })).toMatch(
			/^attachment; filename="a__\.csv"; /
		);
	});
});

describe('ExportOptions', () => {
	it('asks for a format and a content, and reads Thai when no language is named', () => {
		expect(ExportOptions.parse({ format: 'xlsx', content: 'responses' })).toEqual({
			format: 'xlsx',
			content: 'responses',
			lang: 'th'
		});
		expect(ExportOptions.safeParse({ format: 'pdf', content: 'report' }).success).toBe(false);
		expect(ExportOptions.safeParse({ format: 'csv' }).success).toBe(false);
	});
});
