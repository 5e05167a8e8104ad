import { describe, expect, it } from 'vitest';
import { questionsOf, type Question } from '../form';
import { fixtureIds } from '../testing/factories';
import { THAI_SCRIPT } from '../testing/issues';
import { importXlsForm, type NotImported, type XlsFormImport } from './import-xlsform';
import { parseRelevant } from './relevant';
import type { XlsFormSheets } from './sheet';
import { sampleXlsForm } from './testing/sample-xlsform';

const owner = {
	officeId: fixtureIds.officeId,
	groupId: fixtureIds.groupId,
	kind: 'satisfaction'
} as const;

function imported(sheets: XlsFormSheets = sampleXlsForm): XlsFormImport {
	const result = importXlsForm(sheets, owner);
	if (!result.ok) {
		throw new Error(`import failed: ${result.issues.map((i) => i.message.en).join('; ')}`);
	}
	return result.value;
}

function question(result: XlsFormImport, key: string): Question {
	const found = questionsOf(result.form).find((q) => q.key === key);
	if (!found) throw new Error(`no question ${key}`);
	return found;
}

function skipped(result: { notImported: NotImported[] }, what: string | RegExp): NotImported {
	const found = result.notImported.find((n) =>
		typeof what === 'string' ? n.what === what : what.test(n.what)
	);
	if (!found) {
		const all = result.notImported.map((n) => `${n.sheet}!${n.row} ${n.what}`).join('\n');
		throw new Error(`expected ${String(what)} to be listed as not imported, found:\n${all}`);
	}
	expect(found.reason.th).toMatch(THAI_SCRIPT);
	return found;
}

describe('an XLSForm survey brought into the form builder', () => {
	it('becomes an unpublished draft of the office, titled from its settings', () => {
		const { form } = imported();
		expect(form).toMatchObject({
			officeId: fixtureIds.officeId,
			groupId: fixtureIds.groupId,
			kind: 'satisfaction',
			version: 1,
			publishedAt: null,
			title: { th: 'แบบประเมินความพึงพอใจ' }
		});
	});

	it('keeps its top-level groups as sections, with Thai and English titles', () => {
		const { form } = imported();
		expect(form.sections.map((s) => [s.key, s.title])).toEqual([
			['respondent', { th: 'ตอนที่ ๑ ข้อมูลทั่วไป', en: 'Part 1: About you' }],
			['ratings', { th: 'ตอนที่ ๒ ความพึงพอใจ', en: 'Part 2: Satisfaction' }],
			['suggestions', { th: 'ตอนที่ ๓ ข้อเสนอแนะ', en: 'Part 3: Suggestions' }]
		]);
	});

	it('maps each question kind we support', () => {
		const result = imported();
		expect(question(result, 'sex')).toMatchObject({
			kind: 'single_choice',
			required: true,
			label: { th: 'เพศ', en: 'Sex' },
			options: [
				{ value: 'male', label: { th: 'ชาย', en: 'Male' } },
				{ value: 'female', label: { th: 'หญิง', en: 'Female' } }
			]
		});
		expect(question(result, 'age')).toMatchObject({
			kind: 'number',
			integer: true,
			required: false,
			help: { th: 'เต็มปี' },
			min: 15,
			max: 99
		});
		expect(question(result, 'distance_km')).toMatchObject({ kind: 'number', integer: false });
		expect(question(result, 'distance_km')).not.toHaveProperty('min');
		expect(question(result, 'visit_date')).toMatchObject({ kind: 'date', required: true });
		expect(question(result, 'channels')).toMatchObject({ kind: 'multiple_choice' });
		expect(question(result, 'channel_other_name')).toMatchObject({ kind: 'short_text' });
		expect(question(result, 'suggestion')).toMatchObject({ kind: 'long_text' });
	});

	it('turns a 1–5 list into ratings, the dimension from the enclosing group or the dimension column', () => {
		const result = imported();
		expect(question(result, 'staff_courtesy')).toMatchObject({
			kind: 'rating',
			dimension: 'staff'
		});
		expect(question(result, 'staff_speed')).toMatchObject({ kind: 'rating', dimension: 'staff' });
		expect(question(result, 'overall')).toMatchObject({ kind: 'rating', dimension: 'quality' });
		expect(result.form.dimensions).toEqual([
			{ key: 'staff', label: { th: 'ด้านเจ้าหน้าที่', en: 'Staff' } },
			{ key: 'quality', label: { th: 'ด้านคุณภาพการให้บริการ', en: 'Quality of service' } }
		]);
	});

	it('puts a note at the start of the form or of a group as instructions', () => {
		const { form } = imported();
		expect(form.instructions).toEqual({
			th: 'แบบประเมินนี้ไม่ระบุตัวตน',
			en: 'This survey is anonymous'
		});
		expect(form.sections[2]?.description).toEqual({
			th: 'ขอบคุณที่ให้ข้อเสนอแนะ',
			en: 'Thank you for your suggestions'
		});
	});

	it('translates simple conditions into show-if rules', () => {
		const result = imported();
		expect(question(result, 'channel_other_name').showIf).toEqual({
			question: 'channels',
			op: 'includes',
			value: 'other'
		});
		expect(question(result, 'female_comment').showIf).toEqual({
			question: 'sex',
			op: 'equals',
			value: 'female'
		});
	});

	it('imports a question whose condition cannot be translated without it, and says so', () => {
		const result = imported();
		expect(question(result, 'why_low').showIf).toBeUndefined();
		const entry = skipped(result, /^relevant: \$\{overall\} = 1 or/);
		expect(entry).toMatchObject({ sheet: 'survey', row: 23 });
		expect(entry.reason.en).toMatch(/and\/or/);
	});

	it('lists what it left out, by sheet and row', () => {
		const result = imported();
		expect(skipped(result, 'start start')).toMatchObject({ sheet: 'survey', row: 2 });
		expect(skipped(result, 'geopoint location')).toMatchObject({ row: 11 });
		expect(skipped(result, 'start start').reason.en).toMatch(/metadata/);
		expect(skipped(result, 'calculate score').reason.en).toMatch(/no "calculate" question/);
		expect(skipped(result, 'constraint: . > 0')).toMatchObject({ row: 7 });
		expect(skipped(result, 'text Bad-Name').reason.en).toMatch(/"bad_name"/);
		expect(questionsOf(result.form).map((q) => q.key)).not.toContain('Bad-Name');
	});

	it('says once that a 1–5 list shows the standard labels, so a reversed scale is caught', () => {
		const result = imported();
		const entries = result.notImported.filter((n) => n.what === 'level label');
		expect(entries).toHaveLength(1);
		expect(entries[0]).toMatchObject({ sheet: 'choices', row: 7 });
	});

	it('does not list the group it used as a dimension, nor a likert appearance on a rating', () => {
		const result = imported();
		expect(result.notImported.map((n) => n.what)).not.toContain('begin group staff');
		expect(result.notImported.map((n) => n.what)).not.toContain('appearance: likert');
	});
});

describe('an XLSForm written another way', () => {
	it('without groups puts every question in one section titled as the form', () => {
		const { form } = imported({
			survey: [
				['type', 'name', 'label'],
				['text', 'comment', 'ความคิดเห็น']
			],
			settings: [['form_title'], ['แบบรับฟังความคิดเห็น']]
		});
		expect(form.sections).toMatchObject([
			{ key: 'part_1', title: { th: 'แบบรับฟังความคิดเห็น' }, questions: [{ key: 'comment' }] }
		]);
	});

	it('in English only keeps English as a stand-in for the Thai text, and lists each one', () => {
		const result = importXlsForm(
			{
				survey: [
					['type', 'name', 'label'],
					['text', 'comment', 'Comment']
				],
				settings: [
					['form_title', 'default_language'],
					['Feedback', 'English (en)']
				]
			},
			owner
		);
		if (!result.ok) throw new Error('expected the import to succeed');
		expect(result.value.form.sections[0]?.questions[0]?.label).toEqual({
			th: 'Comment',
			en: 'Comment'
		});
		expect(skipped(result.value, /^text comment/).reason.en).toMatch(/translate/);
	});

	it('skips a rating outside any group when no dimension is named', () => {
		const result = imported({
			survey: [
				['type', 'name', 'label'],
				['select_one level', 'overall', 'ภาพรวม'],
				['text', 'comment', 'ความคิดเห็น']
			],
			choices: [
				['list_name', 'name', 'label'],
				...[1, 2, 3, 4, 5].map((n) => ['level', n, `${n}`])
			],
			settings: [['form_title'], ['แบบประเมิน']]
		});
		expect(skipped(result, 'select_one level overall').reason.en).toMatch(/ruamjai::dimension/);
	});

	it('skips a choice question whose choice names cannot be keys, naming the choice', () => {
		const result = imported({
			survey: [
				['type', 'name', 'label'],
				['select_one yn', 'agree', 'เห็นด้วยหรือไม่'],
				['text', 'comment', 'ความคิดเห็น']
			],
			choices: [
				['list_name', 'name', 'label'],
				['yn', 'Yes', 'ใช่'],
				['yn', 'No', 'ไม่ใช่']
			],
			settings: [['form_title'], ['แบบประเมิน']]
		});
		expect(skipped(result, 'select_one yn agree').reason.en).toMatch(/"Yes".*"yes"/);
	});

	it('gives a group whose name cannot be a key a section key, and says so', () => {
		const result = imported({
			survey: [
				['type', 'name', 'label'],
				['begin group', 'Part 1', 'ตอนที่ ๑'],
				['text', 'comment', 'ความคิดเห็น'],
				['end group']
			],
			settings: [['form_title'], ['แบบประเมิน']]
		});
		expect(result.form.sections[0]?.key).toBe('part_1');
		expect(skipped(result, 'name: Part 1').reason.en).toMatch(/"part_1"/);
	});

	it('skips every row of a repeat', () => {
		const result = imported({
			survey: [
				['type', 'name', 'label'],
				['begin repeat', 'children', 'บุตร'],
				['text', 'child_name', 'ชื่อบุตร'],
				['end repeat'],
				['text', 'comment', 'ความคิดเห็น']
			],
			settings: [['form_title'], ['แบบประเมิน']]
		});
		expect(skipped(result, 'text child_name').reason.en).toMatch(/repeat/);
		expect(questionsOf(result.form).map((q) => q.key)).toEqual(['comment']);
	});
});

describe('a spreadsheet that is not a usable XLSForm', () => {
	it('is refused without a survey sheet', () => {
		const result = importXlsForm({ Sheet1: [['a']] }, owner);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues[0]?.message.th).toMatch(THAI_SCRIPT);
	});

	it('is refused when nothing in it can be imported, with the list of why', () => {
		const result = importXlsForm(
			{
				survey: [
					['type', 'name', 'label'],
					['geopoint', 'where', 'ที่ไหน']
				],
				settings: [['form_title'], ['แบบ']]
			},
			owner
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.notImported.map((n) => n.what)).toEqual(['geopoint where']);
	});
});

describe('relevant expressions', () => {
	it('reads the simple forms and refuses the rest', () => {
		expect(parseRelevant("${sex} = 'female'")).toEqual({
			ok: true,
			question: 'sex',
			op: '=',
			value: 'female'
		});
		expect(parseRelevant('(${age} != 18)')).toMatchObject({ op: '!=', value: 18 });
		expect(parseRelevant('selected( ${ch} , "web")')).toMatchObject({
			op: 'selected',
			value: 'web'
		});
		expect(parseRelevant("${a} = 'x' and ${b} = 'y'")).toEqual({ ok: false, why: 'combined' });
		expect(parseRelevant("${a} = 'this or that'")).toMatchObject({
			ok: true,
			value: 'this or that'
		});
		expect(parseRelevant('${age} > 18')).toEqual({ ok: false, why: 'unsupported' });
		expect(parseRelevant("not(selected(${ch}, 'web'))")).toEqual({ ok: false, why: 'unsupported' });
	});
});
