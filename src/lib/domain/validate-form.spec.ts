import { describe, expect, it } from 'vitest';
import type { FormDefinitionInput } from './form';
import { fixtureIds, satisfactionFormInput } from './testing/factories';
import { issueAt, issuesOf, THAI_SCRIPT } from './testing/issues';
import { parseFormDefinition } from './validate-form';
import type { ValidationIssue } from './validation';

type QuestionInput = FormDefinitionInput['sections'][number]['questions'][number];

/** The demo form with one change, as an author might have typed it. */
function demoFormWith(change: (form: FormDefinitionInput) => void): FormDefinitionInput {
	const form = satisfactionFormInput();
	change(form);
	return form;
}

/** A form of one section with these questions, and the demo form's dimensions. */
function formOf(...questions: QuestionInput[]): FormDefinitionInput {
	return demoFormWith((f) => {
		f.sections = [{ key: 'main', title: { th: 'คำถาม' }, questions }];
	});
}

const sexQuestion: QuestionInput = {
	key: 'sex',
	kind: 'single_choice',
	label: { th: 'เพศ', en: 'Sex' },
	options: [
		{ value: 'male', label: { th: 'ชาย' } },
		{ value: 'female', label: { th: 'หญิง' } }
	]
};

const channelsQuestion: QuestionInput = {
	key: 'channels',
	kind: 'multiple_choice',
	label: { th: 'ช่องทางที่ใช้บริการ' },
	options: [
		{ value: 'walk_in', label: { th: 'มาด้วยตนเอง' } },
		{ value: 'phone', label: { th: 'โทรศัพท์' } },
		{ value: 'website', label: { th: 'เว็บไซต์' } }
	]
};

const courtesyQuestion: QuestionInput = {
	key: 'courtesy',
	kind: 'rating',
	dimension: 'staff',
	label: { th: 'ความสุภาพ', en: 'Courtesy' }
};

function expectRejectedAt(
	form: FormDefinitionInput,
	path: string,
	code: string
): ValidationIssue['message'] {
	const result = parseFormDefinition(form);
	const issue = issueAt(result, path);
	expect(issue.code).toBe(code);
	expect(issue.message.th).toMatch(THAI_SCRIPT);
	expect(issue.message.th).toContain(path);
	expect(issue.message.en).toContain(path);
	expect(issue.message.en).not.toMatch(THAI_SCRIPT);
	return issue.message;
}

describe('parseFormDefinition: an office publishes a satisfaction survey', () => {
	it('accepts the demo satisfaction form and fills in the defaults', () => {
		const result = parseFormDefinition(satisfactionFormInput());
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const form = result.value;
		expect(form.id).toBe(fixtureIds.formId);
		expect(form.dimensions.map((d) => d.key)).toEqual([
			'process',
			'staff',
			'facilities',
			'quality'
		]);
		const suggestion = form.sections[2]?.questions[0];
		expect(suggestion).toMatchObject({ kind: 'long_text', required: false, maxLength: 2000 });
	});

	it('accepts a show-if rule on an earlier section, an equal min and max and maxSelected = options', () => {
		const result = parseFormDefinition(
			demoFormWith((f) => {
				f.sections[2]!.questions.push(
					{ ...channelsQuestion, maxSelected: 3 },
					{
						key: 'visits',
						kind: 'number',
						integer: true,
						min: 1,
						max: 1,
						label: { th: 'จำนวนครั้ง' },
						showIf: { question: 'sex', op: 'equals', value: 'female' }
					},
					{
						key: 'visit_date',
						kind: 'date',
						min: '2025-01-01',
						max: '2025-01-01',
						label: { th: 'วันที่มา' },
						showIf: { question: 'channels', op: 'includes', value: 'walk_in' }
					}
				);
			})
		);
		expect(issuesOrNone(result)).toEqual([]);
	});

	it('rejects a form that is not even shaped like one, naming the fields', () => {
		const result = parseFormDefinition({ ...satisfactionFormInput(), sections: [] });
		expect(issueAt(result, 'sections').message).toEqual({
			th: 'sections ต้องมีอย่างน้อย 1 รายการ',
			en: 'sections must have at least 1 item'
		});
	});

	it('rejects two sections with the same key, pointing at the second and naming the first', () => {
		const message = expectRejectedAt(
			demoFormWith((f) => {
				f.sections[1]!.key = 'respondent';
			}),
			'sections.1.key',
			'duplicate_key'
		);
		expect(message.en).toBe(
			'sections.1.key: the key "respondent" is already used at sections.0.key'
		);
		expect(message.th).toBe('sections.1.key: คีย์ "respondent" ซ้ำกับ sections.0.key');
	});

	it('rejects a question key used twice anywhere in the form, because reports map answers by it', () => {
		const message = expectRejectedAt(
			demoFormWith((f) => {
				f.sections[2]!.questions[0]!.key = 'courtesy';
			}),
			'sections.2.questions.0.key',
			'duplicate_key'
		);
		expect(message.en).toContain('sections.1.questions.2.key');
	});

	it('rejects two dimensions with the same key', () => {
		expectRejectedAt(
			demoFormWith((f) => {
				f.dimensions![3]!.key = 'staff';
			}),
			'dimensions.3.key',
			'duplicate_key'
		);
	});

	it('rejects two options of one question with the same value', () => {
		const message = expectRejectedAt(
			formOf({
				...sexQuestion,
				options: [
					{ value: 'male', label: { th: 'ชาย' } },
					{ value: 'male', label: { th: 'หญิง' } }
				]
			}),
			'sections.0.questions.0.options.1.value',
			'duplicate_option'
		);
		expect(message.en).toContain('"male"');
	});

	it('allows the same option value in two different questions', () => {
		const result = parseFormDefinition(
			formOf(sexQuestion, { ...sexQuestion, key: 'child_sex', label: { th: 'เพศของบุตร' } })
		);
		expect(issuesOrNone(result)).toEqual([]);
	});

	it('rejects a rating in a dimension the form does not declare', () => {
		const message = expectRejectedAt(
			formOf({ ...courtesyQuestion, dimension: 'staf' }),
			'sections.0.questions.0.dimension',
			'unknown_dimension'
		);
		expect(message.th).toBe(
			'sections.0.questions.0.dimension: ไม่มีด้าน "staf" ในรายการด้าน (dimensions) ของแบบฟอร์ม'
		);
	});

	describe('show-if rules must look back at an earlier question', () => {
		it('rejects a rule on the question itself', () => {
			expectRejectedAt(
				formOf({ ...sexQuestion, showIf: { question: 'sex', op: 'equals', value: 'male' } }),
				'sections.0.questions.0.showIf.question',
				'show_if_self'
			);
		});

		it('rejects a rule on a later question, even one in a later section', () => {
			expectRejectedAt(
				demoFormWith((f) => {
					f.sections[0]!.questions[0]!.showIf = {
						question: 'suggestion',
						op: 'not_equals',
						value: ''
					};
				}),
				'sections.0.questions.0.showIf.question',
				'show_if_later'
			);
		});

		it('rejects a rule on a question the form does not have', () => {
			const message = expectRejectedAt(
				formOf(sexQuestion, {
					...courtesyQuestion,
					showIf: { question: 'gender', op: 'equals', value: 'male' }
				}),
				'sections.0.questions.1.showIf.question',
				'show_if_unknown_question'
			);
			expect(message.en).toContain('"gender"');
		});

		it('rejects a value that is not an option of the choice question, listing the options', () => {
			const message = expectRejectedAt(
				formOf(sexQuestion, {
					...courtesyQuestion,
					showIf: { question: 'sex', op: 'equals', value: 'Male' }
				}),
				'sections.0.questions.1.showIf.value',
				'show_if_value'
			);
			expect(message.en).toBe(
				'sections.0.questions.1.showIf.value: "Male" is not an option of "sex" ("male", "female")'
			);
		});

		it('rejects a rating value outside 1..5, a fraction, or a number written as text', () => {
			for (const value of [0, 6, 3.5, '5']) {
				expectRejectedAt(
					formOf(courtesyQuestion, {
						...sexQuestion,
						showIf: { question: 'courtesy', op: 'equals', value }
					}),
					'sections.0.questions.1.showIf.value',
					'show_if_value'
				);
			}
		});

		it('accepts a rating value from 1 to 5', () => {
			for (const value of [1, 5]) {
				const result = parseFormDefinition(
					formOf(courtesyQuestion, {
						...sexQuestion,
						showIf: { question: 'courtesy', op: 'not_equals', value }
					})
				);
				expect(issuesOrNone(result)).toEqual([]);
			}
		});

		it('rejects "includes" on a question that takes one answer', () => {
			expectRejectedAt(
				formOf(sexQuestion, {
					...courtesyQuestion,
					showIf: { question: 'sex', op: 'includes', value: 'male' }
				}),
				'sections.0.questions.1.showIf.op',
				'show_if_operator'
			);
		});

		it('rejects "equals" on a multiple-choice question, whose answer is a list', () => {
			expectRejectedAt(
				formOf(channelsQuestion, {
					...courtesyQuestion,
					showIf: { question: 'channels', op: 'equals', value: 'phone' }
				}),
				'sections.0.questions.1.showIf.op',
				'show_if_operator'
			);
		});

		it('rejects a value of the wrong type for a number or date question', () => {
			const visits: QuestionInput = { key: 'visits', kind: 'number', label: { th: 'จำนวนครั้ง' } };
			const visitDate: QuestionInput = { key: 'visit_date', kind: 'date', label: { th: 'วันที่' } };
			expectRejectedAt(
				formOf(visits, {
					...courtesyQuestion,
					showIf: { question: 'visits', op: 'equals', value: '2' }
				}),
				'sections.0.questions.1.showIf.value',
				'show_if_value'
			);
			expectRejectedAt(
				formOf(visitDate, {
					...courtesyQuestion,
					showIf: { question: 'visit_date', op: 'equals', value: '15/01/2568' }
				}),
				'sections.0.questions.1.showIf.value',
				'show_if_value'
			);
		});
	});

	it('rejects a number question whose min is above its max', () => {
		const message = expectRejectedAt(
			formOf({ key: 'visits', kind: 'number', label: { th: 'จำนวนครั้ง' }, min: 10, max: 1 }),
			'sections.0.questions.0.max',
			'min_above_max'
		);
		expect(message).toEqual({
			th: 'sections.0.questions.0.max: ค่าสูงสุด (1) ต้องไม่น้อยกว่าค่าต่ำสุด (10)',
			en: 'sections.0.questions.0.max: the maximum (1) must not be below the minimum (10)'
		});
	});

	it('rejects a date question whose earliest date is after its latest', () => {
		expectRejectedAt(
			formOf({
				key: 'visit_date',
				kind: 'date',
				label: { th: 'วันที่มา' },
				min: '2025-10-01',
				max: '2025-09-30'
			}),
			'sections.0.questions.0.max',
			'min_above_max'
		);
	});

	it('rejects a multiple-choice question allowing more choices than it has options', () => {
		expectRejectedAt(
			formOf({ ...channelsQuestion, maxSelected: 4 }),
			'sections.0.questions.0.maxSelected',
			'max_selected_above_options'
		);
	});

	it('reports every problem of a form at once, so the author fixes them in one go', () => {
		const result = parseFormDefinition(
			formOf(
				{ ...courtesyQuestion, dimension: 'nope' },
				{ ...channelsQuestion, maxSelected: 9 },
				{ ...sexQuestion, key: 'courtesy' }
			)
		);
		expect(issuesOf(result).map((i) => `${i.path} ${i.code}`)).toEqual([
			'sections.0.questions.2.key duplicate_key',
			'sections.0.questions.0.dimension unknown_dimension',
			'sections.0.questions.1.maxSelected max_selected_above_options'
		]);
	});
});

function issuesOrNone<T>(
	result: { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }
) {
	return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message.en}`);
}
