import { describe, expect, it } from 'vitest';
import { buildFormWithQuestions, buildResponse } from '$lib/domain/testing/factories';
import { reportTables } from '$lib/reports/report-tables';
import { sampleReport } from '$lib/reports/testing/report-fixture';
import { csvDocument, field, numberField, reportCsv, responsesCsv, textField } from './csv';
import { responsesSheet } from './responses-sheet';
import { parseCsv } from './testing/parse-csv';

describe('CSV fields', () => {
	it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
		expect(textField('ครู')).toBe('ครู');
		expect(textField('a,b')).toBe('"a,b"');
		expect(textField('say "hi"')).toBe('"say ""hi"""');
		expect(textField('one\ntwo')).toBe('"one\ntwo"');
		expect(textField('one\r\ntwo')).toBe('"one\r\ntwo"');
	});

	it('turns text a spreadsheet would run as a formula into text', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(textField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
		}
		expect(textField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(textField('ข้อความ - ปกติ')).toBe('ข้อความ - ปกติ');
	});

	it('never alters a number, negative ones included', () => {
		expect(field(-0.12)).toBe('-0.12');
		expect(field(2568)).toBe('2568');
		expect(numberField(4.005, 2)).toBe('4.01');
		expect(numberField(80, 2)).toBe('80.00');
		expect(field(null)).toBe('');
		expect(() => numberField(Number.NaN)).toThrow(RangeError);
	});

	it('starts with a BOM and ends every line with CRLF', () => {
		const text = csvDocument([['a', 'b'], ['1']]);
		expect(text).toBe('\uFEFFa,b\r\n1\r\n');
	});
});

describe('reportCsv', () => {
	const csv = reportCsv(reportTables(sampleReport(), 'th'));
	const rows = parseCsv(csv.slice(1));

	it('writes every table under its caption, a blank line between tables', () => {
		expect(csv.startsWith('\uFEFFตารางที่ 1 ')).toBe(true);
		const captions = rows.filter((r) => r.length === 1 && r[0]!.startsWith('ตารางที่'));
		expect(captions).toHaveLength(8);
		const second = rows.findIndex((r) => r[0]?.startsWith('ตารางที่ 2'));
		expect(rows[second - 1]).toEqual(['']);
		expect(rows[second + 1]).toEqual([
			'ด้าน',
			'จำนวนคำตอบ (n)',
			'x̄',
			'S.D.',
			'ระดับความพึงพอใจ',
			'อันดับ'
		]);
	});

	it('writes means, S.D.s and percents with two decimals and counts as they are', () => {
		expect(rows).toContainEqual(['ด้านกระบวนการ', '8', '3.63', '0.92', 'มาก', '2']);
		expect(rows).toContainEqual(['โดยรวม', '12', '4.00', '0.95', 'มาก', '']);
		expect(rows).toContainEqual(['ครู', '3', '75.00']);
		expect(rows).toContainEqual(['ปีงบประมาณ 2568', '4', '4.00', '0.95', 'มาก', '80.00', '0.12']);
	});

	it('keeps suggestions whole: commas, quotes, line breaks and markup as text, formulas defused', () => {
		expect(rows).toContainEqual(['บรรทัดแรก\nบรรทัดสอง, <b>ตัวหนา</b>', '1']);
		expect(rows).toContainEqual([`'=HYPERLINK("http://x", "คลิก")`, '1']);
		expect(rows).toContainEqual(['3', 'สุภาพ, "ยิ้มแย้ม"', '4', '4.75', '0.50', 'มากที่สุด', '1']);
	});
});

describe('responsesCsv', () => {
	const form = buildFormWithQuestions([
		{ key: 'speed', kind: 'rating', dimension: 'general', label: { th: 'ความรวดเร็ว' } },
		{
			key: 'channels',
			kind: 'multiple_choice',
			label: { th: 'ช่องทาง, ที่ใช้' },
			options: [
				{ value: 'walk_in', label: { th: 'มาด้วยตนเอง' } },
				{ value: 'line', label: { th: 'ไลน์' } }
			]
		},
		{ key: 'note', kind: 'long_text', label: { th: 'ข้อเสนอแนะ' } }
	]);
	const awkward = 'เยี่ยม, "ดีมาก"\r\nบรรทัดใหม่ <script>alert(1)</script> =1+1';
	const responses = [
		buildResponse(form, {
			respondentType: 'teacher',
			answers: { speed: 5, channels: ['walk_in', 'line'], note: awkward },
			submittedAt: '2024-11-14T18:30:00.000Z'
		}),
		buildResponse(form, {
			respondentType: 'other',
			respondentTypeOther: 'ผู้รับเหมา',
			answers: { speed: 2, note: '-ไม่มี', old_item: 'จากรุ่นเก่า' }
		})
	];
	const sheet = responsesSheet(responses, form, [], 'th');
	const rows = parseCsv(responsesCsv(sheet).slice(1));

	it('has a heading line and one line per response, whatever the answers hold', () => {
		expect(rows).toHaveLength(3);
		expect(rows[0]).toEqual([
			'รหัสคำตอบ',
			'เวลาส่ง (ISO 8601)',
			'วันที่ส่ง (พ.ศ.)',
			'รหัสโรงเรียน',
			'โรงเรียน',
			'ประเภทผู้ตอบ',
			'รุ่นแบบสอบถาม',
			'speed — ความรวดเร็ว',
			'channels — ช่องทาง, ที่ใช้',
			'note — ข้อเสนอแนะ',
			'old_item'
		]);
		expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
	});

	it('writes the Bangkok day in B.E., choice labels, numbers and text as given', () => {
		const [, first, second] = rows;
		expect(first!.slice(0, 3)).toEqual([
			responses[0]!.id,
			'2024-11-14T18:30:00.000Z',
			'15/11/2567'
		]);
		expect(first!.slice(5)).toEqual(['ครู', '1', '5', 'มาด้วยตนเอง; ไลน์', awkward, '']);
		expect(second!.slice(5)).toEqual(['อื่น ๆ: ผู้รับเหมา', '1', '2', '', `'-ไม่มี`, 'จากรุ่นเก่า']);
	});
});
