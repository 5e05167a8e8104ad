import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildFormWithQuestions, buildResponse } from '$lib/domain/testing/factories';
import { reportTables } from '$lib/reports/report-tables';
import { sampleReport } from '$lib/reports/testing/report-fixture';
import { responsesSheet } from './responses-sheet';
import { reportXlsx, responsesXlsx, sheetName } from './xlsx';

describe('sheetName', () => {
	it('keeps a name within 31 characters and without the characters Excel refuses', () => {
		expect(sheetName('ตารางที่ 1: [ผู้ตอบ]/ประเภท?*')).toBe('ตารางที่ 1 ผู้ตอบ ประเภท');
		const long = sheetName('x'.repeat(40));
		expect(long).toHaveLength(31);
		const second = sheetName('x'.repeat(40), new Set([long.toUpperCase()]));
		expect(second).toHaveLength(31);
		expect(second.endsWith(' (2)')).toBe(true);
		expect(sheetName('  ')).toBe('Sheet');
	});
});

describe('reportXlsx', () => {
	it('writes one sheet per table whose numbers read back as the report numbers', async () => {
		const tables = reportTables(sampleReport(), 'th');
		const sheets = await readExcelFile(await reportXlsx(tables, 'th'));
		expect(sheets.map((s) => s.sheet)).toEqual([
			'1 ผู้ตอบแบบสอบถาม',
			'2 รายด้าน',
			'3 รายข้อ',
			'4 การกระจายคำตอบ',
			'5 โดยรวม',
			'6 รายไตรมาส',
			'7 ข้อเสนอแนะ',
			'8 ควรปรับปรุง'
		]);
		const dimensions = sheets[1]!.data;
		expect(dimensions[0]).toEqual([tables[1]!.caption, null, null, null, null, null]);
		expect(dimensions[1]).toEqual(tables[1]!.columns.map((c) => c.label));
		expect(dimensions.slice(2)).toEqual(tables[1]!.rows);

		const items = sheets[2]!.data;
		expect(items).toContainEqual([2, 'ความรวดเร็ว', 4, 3.25, 0.9574271077563381, 'ปานกลาง', 3]);
		// Text that looks like a formula is a string cell, not a formula.
		expect(sheets[6]!.data).toContainEqual(['=HYPERLINK("http://x", "คลิก")', 1]);
		expect(sheets[6]!.data).toContainEqual(['บรรทัดแรก\nบรรทัดสอง, <b>ตัวหนา</b>', 1]);
	});
});

describe('responsesXlsx', () => {
	it('writes one sheet of responses with numbers as numbers', async () => {
		const form = buildFormWithQuestions([
			{ key: 'speed', kind: 'rating', dimension: 'general', label: { th: 'ความรวดเร็ว' } },
			{ key: 'note', kind: 'long_text', label: { th: 'ข้อเสนอแนะ' } }
		]);
		const responses = [
			buildResponse(form, { answers: { speed: 5, note: '=1+1 "ดี", <i>มาก</i>\nจริง' } }),
			buildResponse(form, { answers: { speed: 3 } })
		];
		const sheet = responsesSheet(responses, form, [], 'en');
		const [read, ...others] = await readExcelFile(await responsesXlsx(sheet, 'en'));
		expect(others).toEqual([]);
		expect(read!.sheet).toBe('Responses');
		expect(read!.data).toHaveLength(3);
		expect(read!.data[0]).toEqual(sheet.headings);
		expect(read!.data[1]!.slice(-2)).toEqual([5, '=1+1 "ดี", <i>มาก</i>\nจริง']);
		expect(read!.data[2]!.slice(-2)).toEqual([3, null]);
		expect(read!.data[1]![5]).toBe('Teacher');
	});
});
