import { describe, expect, it } from 'vitest';
import { reportFindings } from './report-findings';
import {
	formatCell,
	periodDates,
	periodLabel,
	reportTables,
	type ReportTable
} from './report-tables';
import { sampleReport } from './testing/report-fixture';

const byId = (tables: ReportTable[], id: ReportTable['id']) => {
	const table = tables.find((t) => t.id === id);
	if (table === undefined) throw new Error(`no table ${id}`);
	return table;
};

/** The row whose first text cell (in column `column`) is `label`. */
const rowOf = (table: ReportTable, label: string, column = 0) => {
	const row = table.rows.find((r) => r[column] === label);
	if (row === undefined) throw new Error(`no row "${label}" in ${table.id}`);
	return row;
};

describe('reportTables', () => {
	const report = sampleReport();
	const tables = reportTables(report, 'th');

	it('numbers the tables in print order and captions them in Thai', () => {
		expect(tables.map((t) => t.id)).toEqual([
			'respondents',
			'dimensions',
			'items',
			'distribution',
			'overall',
			'trend',
			'openAnswers',
			'lowest'
		]);
		expect(tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(tables[0]!.caption).toBe('ตารางที่ 1 จำนวนและร้อยละของผู้ตอบแบบสอบถาม จำแนกตามประเภทผู้ตอบ');
		for (const table of tables) {
			expect(table.rowKinds).toHaveLength(table.rows.length);
			for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
		}
	});

	it('writes Thai digits in captions on request, never in the cells', () => {
		const printed = reportTables(report, 'th', { thaiDigits: true });
		expect(printed[1]!.caption).toMatch(/^ตารางที่ ๒ /);
		expect(byId(printed, 'respondents').rows).toEqual(byId(tables, 'respondents').rows);
	});

	it('lists every respondent type in the domain order, with the total last', () => {
		const table = byId(tables, 'respondents');
		expect(table.columns.map((c) => c.kind)).toEqual(['text', 'integer', 'percent2']);
		expect(table.rows).toHaveLength(11);
		expect(rowOf(table, 'ครู')).toEqual(['ครู', 3, 75]);
		expect(rowOf(table, 'ผู้ปกครอง')).toEqual(['ผู้ปกครอง', 1, 25]);
		expect(rowOf(table, 'นักเรียน')).toEqual(['นักเรียน', 0, 0]);
		expect(table.rows.at(-1)).toEqual(['รวม', 4, 100]);
		expect(table.rowKinds.at(-1)).toBe('total');
	});

	it('gives each dimension and the overall row the rounded mean, the S.D., the level and the rank', () => {
		const table = byId(tables, 'dimensions');
		expect(table.columns.map((c) => c.label)).toEqual([
			'ด้าน',
			'จำนวนคำตอบ (n)',
			'x̄',
			'S.D.',
			'ระดับความพึงพอใจ',
			'อันดับ'
		]);
		expect(rowOf(table, 'ด้านกระบวนการ')).toEqual(['ด้านกระบวนการ', 8, 3.63, 0.916125, 'มาก', 2]);
		expect(rowOf(table, 'โดยรวม')).toEqual(['โดยรวม', 12, 4, 0.9534625892455922, 'มาก', null]);
	});

	it('groups the items under their dimensions, numbered through the form, each dimension totalled', () => {
		const table = byId(tables, 'items');
		expect(table.rows.map((r) => r[1])).toEqual([
			'ด้านกระบวนการ',
			'ขั้นตอนไม่ยุ่งยาก',
			'ความรวดเร็ว',
			'รวมด้านกระบวนการ',
			'ด้านเจ้าหน้าที่',
			'สุภาพ, "ยิ้มแย้ม"',
			'รวมด้านเจ้าหน้าที่',
			'โดยรวม'
		]);
		expect(table.rowKinds).toEqual([
			'group',
			'body',
			'body',
			'total',
			'group',
			'body',
			'total',
			'total'
		]);
		expect(rowOf(table, 'ความรวดเร็ว', 1)).toEqual([
			2,
			'ความรวดเร็ว',
			4,
			3.25,
			0.9574271077563381,
			'ปานกลาง',
			3
		]);
		expect(rowOf(table, 'สุภาพ, "ยิ้มแย้ม"', 1)[0]).toBe(3);
	});

	it('spreads each item over the levels from มากที่สุด down, counts beside percents', () => {
		const table = byId(tables, 'distribution');
		expect(table.columns.slice(3, 5).map((c) => c.label)).toEqual([
			'มากที่สุด (5) จำนวน',
			'มากที่สุด (5) ร้อยละ'
		]);
		expect(table.columns.at(-1)!.label).toBe('น้อยที่สุด (1) ร้อยละ');
		expect(table.columns[3]!.group).toEqual({ label: 'มากที่สุด (5)', part: 'จำนวน' });
		expect(table.columns[4]!.group).toEqual({ label: 'มากที่สุด (5)', part: 'ร้อยละ' });
		expect(rowOf(table, 'ขั้นตอนไม่ยุ่งยาก', 1)).toEqual([
			1,
			'ขั้นตอนไม่ยุ่งยาก',
			4,
			1,
			25,
			2,
			50,
			1,
			25,
			0,
			0,
			0,
			0
		]);
	});

	it('compares the overall result with the previous period', () => {
		const table = byId(tables, 'overall');
		expect(table.rows).toEqual([
			['ปีงบประมาณ 2568', 4, 4, 0.9534625892455922, 'มาก', 80, 0.12],
			['ปีงบประมาณ 2567', 2, 3.83, 0.98, 'มาก', 76.666, null]
		]);
	});

	it('lists the lowest items, the suggestions as given and the quarters of the trend', () => {
		expect(byId(tables, 'lowest').rows).toEqual([
			[1, 'ด้านกระบวนการ', 'ความรวดเร็ว', 3.25, 'ปานกลาง'],
			[2, 'ด้านกระบวนการ', 'ขั้นตอนไม่ยุ่งยาก', 4, 'มาก']
		]);
		const open = byId(tables, 'openAnswers');
		expect(open.rows).toEqual([
			['ข้อเสนอแนะ', 4],
			['ควรเพิ่มที่จอดรถ', 2],
			['=HYPERLINK("http://x", "คลิก")', 1],
			['บรรทัดแรก\nบรรทัดสอง, <b>ตัวหนา</b>', 1]
		]);
		expect(open.rowKinds).toEqual(['group', 'body', 'body', 'body']);
		expect(byId(tables, 'trend').rows).toEqual([
			[2566, 1, 0, null, null, null, null],
			[2568, 1, 4, 4, 0.9534625892455922, 'มาก', 80]
		]);
	});

	it('reads in English, with English labels where the record has them', () => {
		const english = reportTables(report, 'en');
		expect(english[1]!.caption).toBe(
			'Table 2. Mean, S.D. and level of satisfaction by dimension and overall'
		);
		expect(rowOf(byId(english, 'dimensions'), 'Process')[4]).toBe('High');
		expect(rowOf(byId(english, 'respondents'), 'Teacher')).toEqual(['Teacher', 3, 75]);
		expect(byId(english, 'overall').rows[0]![0]).toBe('Fiscal year 2568');
	});
});

describe('formatCell and the period', () => {
	it('rounds half up to two decimals and writes Thai digits on request', () => {
		expect(formatCell(4.005, 'decimal2', 'th')).toBe('4.01');
		expect(formatCell(0.9534625892455922, 'decimal2', 'th', { thaiDigits: true })).toBe('๐.๙๕');
		expect(formatCell(2568, 'integer', 'en')).toBe('2568');
		expect(formatCell(null, 'decimal2', 'th')).toBe('');
		expect(formatCell('มาก', 'text', 'th')).toBe('มาก');
	});

	it('names a fiscal year and its Bangkok days in B.E.', () => {
		const { period } = sampleReport();
		expect(periodLabel(period, 'th', { thaiDigits: true })).toBe('ปีงบประมาณ ๒๕๖๘');
		expect(periodDates(period, 'th')).toBe('1 ตุลาคม 2567 – 30 กันยายน 2568');
	});
});

describe('reportFindings', () => {
	it('writes the sentence under the dimension table from the same numbers', () => {
		const report = sampleReport();
		const tables = reportTables(report, 'th', { thaiDigits: true });
		const findings = reportFindings(report, tables, 'th', { thaiDigits: true });
		expect(findings.dimensions?.[0]).toBe(
			'จากตารางที่ ๒ พบว่า ผู้รับบริการมีความพึงพอใจต่อการให้บริการของกลุ่มบริหารงานการเงินและสินทรัพย์ โดยรวมอยู่ในระดับมาก (x̄ = ๔.๐๐, S.D. = ๐.๙๕) คิดเป็นร้อยละความพึงพอใจ ๘๐.๐๐'
		);
		expect(findings.dimensions?.[1]).toContain('ด้านที่มีค่าเฉลี่ยต่ำสุดคือด้านกระบวนการ');
		expect(findings.respondents?.[0]).toContain('ส่วนใหญ่เป็นครู จำนวน ๓ คน');
		expect(findings.items?.[0]).toContain('“ความรวดเร็ว” (x̄ = ๓.๒๕, ระดับปานกลาง)');
		expect(findings.overall?.[0]).toBe('จากตารางที่ ๕ พบว่า ค่าเฉลี่ยโดยรวมสูงขึ้นจากช่วงก่อนหน้า ๐.๑๒');
	});
});
