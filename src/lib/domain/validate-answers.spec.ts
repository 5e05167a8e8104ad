import { describe, expect, it } from 'vitest';
import type { FormDefinitionInput } from './form';
import { answersFor, buildFormWithQuestions, buildSatisfactionForm } from './testing/factories';
import { issueAt, issuesOf, THAI_SCRIPT } from './testing/issues';
import { validateAnswers } from './validate-answers';
import type { Validated } from './validation';

type QuestionInput = FormDefinitionInput['sections'][number]['questions'][number];

const demoForm = buildSatisfactionForm();

/** Asserts the one issue at `answers.<key>` and that it speaks of the question in both languages. */
function expectAnswerIssue(result: Validated<unknown>, key: string, code: string) {
	const issue = issueAt(result, `answers.${key}`);
	expect(issue.code).toBe(code);
	expect(issue.message.th).toMatch(THAI_SCRIPT);
	expect(issue.message.th).toContain(`(${key})`);
	expect(issue.message.en).toContain(`(${key})`);
	return issue.message;
}

function acceptedValue<T>(result: Validated<T>): T {
	if (!result.ok) {
		throw new Error(
			`expected acceptance, got ${result.issues.map((i) => i.message.en).join('; ')}`
		);
	}
	return result.value;
}

function formOf(question: QuestionInput) {
	return buildFormWithQuestions([question]);
}

describe('validateAnswers: a respondent submits the satisfaction survey', () => {
	it('accepts a complete set of answers and returns them in form order, texts trimmed', () => {
		const answers = answersFor(demoForm, { suggestion: '  อยากให้มีที่จอดรถเพิ่ม  ' });
		const shuffled = Object.fromEntries(Object.entries(answers).reverse());
		const value = acceptedValue(validateAnswers(demoForm, shuffled));
		expect(Object.keys(value)).toEqual([
			'sex',
			'age_band',
			'steps_simple',
			'speed',
			'courtesy',
			'attentive',
			'used_website',
			'website',
			'overall',
			'suggestion'
		]);
		expect(value.suggestion).toBe('อยากให้มีที่จอดรถเพิ่ม');
	});

	it('names the unanswered required question by its Thai label and key', () => {
		const result = validateAnswers(demoForm, answersFor(demoForm, { courtesy: undefined }));
		expect(issuesOf(result)).toEqual([
			{
				path: 'answers.courtesy',
				code: 'required',
				message: {
					th: 'ข้อ "ความสุภาพ" (courtesy): ต้องตอบข้อนี้',
					en: 'Question "Courtesy" (courtesy): an answer is required'
				}
			}
		]);
	});

	it('counts an empty text or an empty selection as no answer', () => {
		const form = buildFormWithQuestions([
			{ key: 'name', kind: 'short_text', label: { th: 'ชื่อหน่วยงาน' }, required: true },
			{
				key: 'channels',
				kind: 'multiple_choice',
				label: { th: 'ช่องทาง' },
				required: true,
				options: [
					{ value: 'phone', label: { th: 'โทรศัพท์' } },
					{ value: 'web', label: { th: 'เว็บไซต์' } }
				]
			}
		]);
		const result = validateAnswers(form, { name: '   ', channels: [] });
		expectAnswerIssue(result, 'name', 'required');
		expectAnswerIssue(result, 'channels', 'required');
	});

	it('lets an optional question go unanswered, and leaves an empty answer out', () => {
		const value = acceptedValue(
			validateAnswers(demoForm, answersFor(demoForm, { suggestion: ' ' }))
		);
		expect(value).not.toHaveProperty('suggestion');
	});

	it('does not require a required question the respondent never saw', () => {
		const answers = answersFor(demoForm, { used_website: 'no', website: undefined });
		expect(acceptedValue(validateAnswers(demoForm, answers))).not.toHaveProperty('website');
	});

	it('drops an answer to a hidden question instead of rejecting the whole response', () => {
		// The respondent rated the website, then went back and said they never used it.
		const answers = answersFor(demoForm, { used_website: 'no', website: 2 });
		const value = acceptedValue(validateAnswers(demoForm, answers));
		expect(value).not.toHaveProperty('website');
		expect(value.used_website).toBe('no');
	});

	it('drops a hidden answer even when it is malformed: nobody can see it to fix it', () => {
		const answers = answersFor(demoForm, { used_website: 'no', website: 9 });
		expect(acceptedValue(validateAnswers(demoForm, answers))).not.toHaveProperty('website');
	});

	describe('show-if chains', () => {
		const chain = buildFormWithQuestions([
			{
				key: 'visited',
				kind: 'single_choice',
				label: { th: 'เคยมาติดต่อที่สำนักงานหรือไม่' },
				required: true,
				options: [
					{ value: 'yes', label: { th: 'เคย' } },
					{ value: 'no', label: { th: 'ไม่เคย' } }
				]
			},
			{
				key: 'purpose',
				kind: 'single_choice',
				label: { th: 'มาติดต่อเรื่องใด' },
				required: true,
				options: [
					{ value: 'documents', label: { th: 'ขอเอกสาร' } },
					{ value: 'other', label: { th: 'อื่น ๆ' } }
				],
				showIf: { question: 'visited', op: 'equals', value: 'yes' }
			},
			{
				key: 'purpose_other',
				kind: 'short_text',
				label: { th: 'โปรดระบุ' },
				required: true,
				showIf: { question: 'purpose', op: 'equals', value: 'other' }
			},
			{
				key: 'why_not',
				kind: 'short_text',
				label: { th: 'เหตุใดจึงไม่เคยมา' },
				showIf: { question: 'visited', op: 'not_equals', value: 'yes' }
			}
		]);

		it('requires each link of the chain that is shown', () => {
			const result = validateAnswers(chain, { visited: 'yes', purpose: 'other' });
			expect(issuesOf(result).map((i) => i.path)).toEqual(['answers.purpose_other']);
		});

		it('hides the rest of the chain when its first link is hidden, dropping stale answers', () => {
			const value = acceptedValue(
				validateAnswers(chain, { visited: 'no', purpose: 'other', purpose_other: 'ร้องเรียน' })
			);
			expect(value).toEqual({ visited: 'no' });
		});

		it('does not pile "required" issues on questions whose visibility hangs on a wrong answer', () => {
			const result = validateAnswers(chain, { visited: 'maybe' });
			expect(issuesOf(result).map((i) => `${i.path} ${i.code}`)).toEqual([
				'answers.visited unknown_option'
			]);
		});
	});

	it('rejects an answer to a question the form does not have', () => {
		const result = validateAnswers(demoForm, { ...answersFor(demoForm), parking: 5 });
		expect(issueAt(result, 'answers.parking')).toEqual({
			path: 'answers.parking',
			code: 'unknown_question',
			message: {
				th: 'ไม่มีข้อ parking ในแบบฟอร์มนี้',
				en: 'parking is not a question of this form'
			}
		});
	});

	it('rejects answers that are not an object of answers', () => {
		for (const answers of [null, [4, 5], 'courtesy=5']) {
			expect(issueAt(validateAnswers(demoForm, answers), 'answers').code).toBe('invalid_type');
		}
	});

	describe('rating', () => {
		it('accepts whole numbers from 1 to 5', () => {
			for (const rating of [1, 2, 3, 4, 5]) {
				const value = acceptedValue(
					validateAnswers(demoForm, answersFor(demoForm, { courtesy: rating }))
				);
				expect(value.courtesy).toBe(rating);
			}
		});

		it('rejects 0 and 6 as out of range', () => {
			for (const rating of [0, 6]) {
				const message = expectAnswerIssue(
					validateAnswers(demoForm, answersFor(demoForm, { courtesy: rating })),
					'courtesy',
					'out_of_range'
				);
				expect(message.th).toBe(
					`ข้อ "ความสุภาพ" (courtesy): ต้องเป็นระดับ 1 ถึง 5 (จำนวนเต็ม) แต่ได้ ${rating}`
				);
			}
		});

		it('rejects 3.5: a level is a whole number', () => {
			expectAnswerIssue(
				validateAnswers(demoForm, answersFor(demoForm, { courtesy: 3.5 })),
				'courtesy',
				'not_integer'
			);
		});

		it('rejects a rating sent as text', () => {
			expectAnswerIssue(
				validateAnswers(demoForm, answersFor(demoForm, { courtesy: '5' })),
				'courtesy',
				'invalid_type'
			);
		});
	});

	describe('single choice', () => {
		it('rejects a value that is not one of the options, listing them', () => {
			const message = expectAnswerIssue(
				validateAnswers(demoForm, answersFor(demoForm, { sex: 'other' })),
				'sex',
				'unknown_option'
			);
			expect(message.en).toBe(
				'Question "Sex" (sex): "other" is not one of its options ("male", "female", "unspecified")'
			);
		});

		it('rejects a list where one choice is expected', () => {
			expectAnswerIssue(
				validateAnswers(demoForm, answersFor(demoForm, { sex: ['male'] })),
				'sex',
				'invalid_type'
			);
		});
	});

	describe('multiple choice', () => {
		const channels = formOf({
			key: 'channels',
			kind: 'multiple_choice',
			label: { th: 'ช่องทางที่ใช้บริการ', en: 'Channels used' },
			maxSelected: 2,
			options: [
				{ value: 'walk_in', label: { th: 'มาด้วยตนเอง' } },
				{ value: 'phone', label: { th: 'โทรศัพท์' } },
				{ value: 'website', label: { th: 'เว็บไซต์' } }
			]
		});

		it('accepts distinct options within the limit', () => {
			const value = acceptedValue(validateAnswers(channels, { channels: ['phone', 'walk_in'] }));
			expect(value.channels).toEqual(['phone', 'walk_in']);
		});

		it('rejects an option the question does not have', () => {
			expectAnswerIssue(
				validateAnswers(channels, { channels: ['phone', 'line'] }),
				'channels',
				'unknown_option'
			);
		});

		it('rejects the same option chosen twice', () => {
			expectAnswerIssue(
				validateAnswers(channels, { channels: ['phone', 'phone'] }),
				'channels',
				'duplicate_answer_option'
			);
		});

		it('rejects more choices than maxSelected', () => {
			const message = expectAnswerIssue(
				validateAnswers(channels, { channels: ['phone', 'walk_in', 'website'] }),
				'channels',
				'too_many_selected'
			);
			expect(message.en).toBe(
				'Question "Channels used" (channels): at most 2 options may be chosen, not 3'
			);
		});

		it('rejects a single text where a list is expected', () => {
			expectAnswerIssue(
				validateAnswers(channels, { channels: 'phone' }),
				'channels',
				'invalid_type'
			);
		});
	});

	describe('text', () => {
		const school = formOf({
			key: 'school',
			kind: 'short_text',
			label: { th: 'ชื่อโรงเรียน' },
			maxLength: 12
		});

		it('accepts text up to maxLength once trimmed, counting Thai marks as the browser does', () => {
			const name = 'โรงเรียนบ้านนา'.slice(0, 12);
			expect(name.length).toBe(12);
			const value = acceptedValue(validateAnswers(school, { school: `  ${name}  ` }));
			expect(value.school).toBe(name);
		});

		it('rejects text longer than maxLength, saying how long it is', () => {
			const message = expectAnswerIssue(
				validateAnswers(school, { school: 'โรงเรียนบ้านนาดี' }),
				'school',
				'too_long'
			);
			expect(message.th).toBe('ข้อ "ชื่อโรงเรียน" (school): ยาวได้ไม่เกิน 12 ตัวอักษร (ตอนนี้ 16)');
			expect(message.en).toBe(
				'Question "ชื่อโรงเรียน" (school): the answer must be at most 12 characters (it has 16)'
			);
		});
	});

	describe('number', () => {
		const staffCount = formOf({
			key: 'staff_count',
			kind: 'number',
			label: { th: 'จำนวนบุคลากร' },
			integer: true,
			min: 1,
			max: 500
		});

		it('accepts a whole number within range, the bounds included', () => {
			for (const n of [1, 42, 500]) {
				expect(acceptedValue(validateAnswers(staffCount, { staff_count: n })).staff_count).toBe(n);
			}
		});

		it('rejects a fraction where a whole number is asked for', () => {
			expectAnswerIssue(
				validateAnswers(staffCount, { staff_count: 2.5 }),
				'staff_count',
				'not_integer'
			);
		});

		it('accepts a fraction when the question allows it', () => {
			const hours = formOf({ key: 'hours', kind: 'number', label: { th: 'ชั่วโมง' } });
			expect(acceptedValue(validateAnswers(hours, { hours: 2.5 })).hours).toBe(2.5);
		});

		it('rejects numbers outside min and max', () => {
			for (const n of [0, 501]) {
				const message = expectAnswerIssue(
					validateAnswers(staffCount, { staff_count: n }),
					'staff_count',
					'out_of_range'
				);
				expect(message.th).toBe(`ข้อ "จำนวนบุคลากร" (staff_count): ต้องอยู่ระหว่าง 1 ถึง 500 แต่ได้ ${n}`);
			}
		});

		it('rejects a number sent as text, and values that are not finite numbers', () => {
			for (const n of ['5', Number.NaN, Number.POSITIVE_INFINITY]) {
				expectAnswerIssue(
					validateAnswers(staffCount, { staff_count: n }),
					'staff_count',
					'invalid_type'
				);
			}
		});
	});

	describe('date', () => {
		const visitDate = formOf({
			key: 'visit_date',
			kind: 'date',
			label: { th: 'วันที่มาติดต่อ', en: 'Date of visit' },
			min: '2024-10-01',
			max: '2025-09-30'
		});

		it('accepts an ISO date within the range, the bounds included', () => {
			for (const date of ['2024-10-01', '2025-02-28', '2025-09-30']) {
				expect(acceptedValue(validateAnswers(visitDate, { visit_date: date })).visit_date).toBe(
					date
				);
			}
		});

		it('rejects a date outside the range', () => {
			for (const date of ['2024-09-30', '2025-10-01']) {
				expectAnswerIssue(
					validateAnswers(visitDate, { visit_date: date }),
					'visit_date',
					'out_of_range'
				);
			}
		});

		it('rejects a date sent as a timestamp number', () => {
			const message = expectAnswerIssue(
				validateAnswers(visitDate, { visit_date: Date.UTC(2025, 0, 15) }),
				'visit_date',
				'invalid_type'
			);
			expect(message.en).toBe(
				'Question "Date of visit" (visit_date): the answer must be a date as yyyy-mm-dd'
			);
		});

		it('rejects what is not a real yyyy-mm-dd date', () => {
			for (const date of ['2025-02-30', '15/01/2025', '2025-1-5', '2025-01-15T10:00:00Z']) {
				expectAnswerIssue(
					validateAnswers(visitDate, { visit_date: date }),
					'visit_date',
					'invalid_date'
				);
			}
		});

		it('catches a Buddhist-era year typed into an open-ended date and suggests the C.E. year', () => {
			const anyDate = formOf({ key: 'birth_date', kind: 'date', label: { th: 'วันเกิด' } });
			const message = expectAnswerIssue(
				validateAnswers(anyDate, { birth_date: '2568-01-15' }),
				'birth_date',
				'buddhist_year'
			);
			expect(message.th).toContain('(2025)');
		});
	});

	it('reports every wrong answer at once', () => {
		const answers = answersFor(demoForm, { sex: undefined, speed: 0, overall: 3.5 });
		expect(issuesOf(validateAnswers(demoForm, answers)).map((i) => i.path)).toEqual([
			'answers.sex',
			'answers.speed',
			'answers.overall'
		]);
	});
});
