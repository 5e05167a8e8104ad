import { describe, expect, it } from 'vitest';
import { parseFormDefinition } from '../validate-form';
import { buildSatisfactionForm, fixtureIds } from '../testing/factories';
import { questionsOf, type FormDefinition } from '../form';
import {
	addDimension,
	addQuestion,
	addSection,
	changeKind,
	moveQuestion,
	moveQuestionStep,
	moveSection,
	newForm,
	removeQuestion,
	removeSection,
	renameDimension,
	tidyDraft,
	updateQuestion
} from './draft-edits';

const keysBySection = (form: FormDefinition) =>
	form.sections.map((s) => s.questions.map((q) => q.key));

function starter(): FormDefinition {
	return newForm({
		id: fixtureIds.formId,
		officeId: fixtureIds.officeId,
		groupId: fixtureIds.groupId,
		kind: 'evaluation',
		title: { th: 'แบบประเมินการอบรม' }
	});
}

/** Two sections: q1, q2 | q3. */
function twoSections(): FormDefinition {
	let form = starter();
	form = addQuestion(form, 0, 'long_text').form;
	form = addSection(form).form;
	return form;
}

describe('a group leader builds a form from the starter', () => {
	it('starts as a valid draft of version 1 with one section and one question', () => {
		const form = starter();
		const parsed = parseFormDefinition({
			...form,
			sections: [
				{
					...form.sections[0]!,
					questions: [{ ...form.sections[0]!.questions[0]!, label: { th: 'ชื่อ' } }]
				}
			]
		});
		expect(parsed.ok).toBe(true);
		expect(form).toMatchObject({ version: 1, publishedAt: null });
	});

	it('gives each added question and section a key of its own', () => {
		const form = twoSections();
		expect(keysBySection(form)).toEqual([['q1', 'q2'], ['q3']]);
		expect(form.sections.map((s) => s.key)).toEqual(['part_1', 'part_2']);
	});

	it('asks for the label of a new question next to its field', () => {
		const { form } = addQuestion(starter(), 0, 'single_choice');
		const parsed = parseFormDefinition(tidyDraft(form));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.issues.map((i) => i.path)).toContain('sections.0.questions.1.label.th');
	});

	it('a rating item takes the first dimension, and renaming the dimension carries its items along', () => {
		let form = addDimension(starter());
		form = { ...form, dimensions: [{ key: 'dimension_1', label: { th: 'ด้านกระบวนการ' } }] };
		const { form: withRating, place } = addQuestion(form, 0, 'rating');
		expect(withRating.sections[0]!.questions[place.question]).toMatchObject({
			kind: 'rating',
			dimension: 'dimension_1'
		});
		const renamed = renameDimension(withRating, 0, 'process');
		expect(renamed.dimensions[0]!.key).toBe('process');
		expect(renamed.sections[0]!.questions[1]).toMatchObject({ dimension: 'process' });
	});

	it('changing a question between choice kinds keeps its options, to text drops them', () => {
		const { form, place } = addQuestion(starter(), 0, 'single_choice');
		const question = form.sections[0]!.questions[place.question]!;
		const multiple = changeKind(question, 'multiple_choice', []);
		expect(multiple.kind === 'multiple_choice' && multiple.options).toEqual(
			question.kind === 'single_choice' && question.options
		);
		const text = changeKind(multiple, 'short_text', []);
		expect(text).toEqual({
			key: question.key,
			label: question.label,
			required: false,
			kind: 'short_text',
			maxLength: 200
		});
	});
});

describe('reordering by keyboard and by drag', () => {
	it('moves a question down within its section, then across into the next', () => {
		const first = moveQuestionStep(twoSections(), { section: 0, question: 0 }, 1)!;
		expect(keysBySection(first.form)).toEqual([['q2', 'q1'], ['q3']]);
		expect(first.place).toEqual({ section: 0, question: 1 });
		const second = moveQuestionStep(first.form, first.place, 1)!;
		expect(keysBySection(second.form)).toEqual([['q2'], ['q1', 'q3']]);
		expect(second.place).toEqual({ section: 1, question: 0 });
	});

	it('moving up from the first section into the one above lands last there', () => {
		const moved = moveQuestionStep(twoSections(), { section: 1, question: 0 }, -1)!;
		expect(keysBySection(moved.form)).toEqual([['q1', 'q2', 'q3'], []]);
		expect(moved.place).toEqual({ section: 0, question: 2 });
	});

	it('has nowhere to go past the start or end of the form', () => {
		expect(moveQuestionStep(twoSections(), { section: 0, question: 0 }, -1)).toBeNull();
		expect(moveQuestionStep(twoSections(), { section: 1, question: 0 }, 1)).toBeNull();
	});

	it('a drop puts the question in the place of the one it was dropped on', () => {
		const form = moveQuestion(
			twoSections(),
			{ section: 1, question: 0 },
			{ section: 0, question: 0 }
		);
		expect(keysBySection(form)).toEqual([['q3', 'q1', 'q2'], []]);
	});

	it('moves whole sections', () => {
		const form = moveSection(twoSections(), 1, 0);
		expect(form.sections.map((s) => s.key)).toEqual(['part_2', 'part_1']);
	});
});

describe('removing', () => {
	it('removing a question drops the show-if rules that named it, so the form stays valid', () => {
		const form = buildSatisfactionForm();
		const all = questionsOf(form);
		const controlled = all.find((q) => q.showIf)!;
		const controller = controlled.showIf!.question;
		const place = form.sections
			.flatMap((s, section) =>
				s.questions.map((q, question) => ({ key: q.key, place: { section, question } }))
			)
			.find((p) => p.key === controller)!.place;
		const next = removeQuestion(form, place);
		expect(questionsOf(next).map((q) => q.key)).not.toContain(controller);
		expect(questionsOf(next).find((q) => q.key === controlled.key)?.showIf).toBeUndefined();
		expect(parseFormDefinition(next).ok).toBe(true);
	});

	it('removing a section removes its questions', () => {
		const form = removeSection(twoSections(), 0);
		expect(keysBySection(form)).toEqual([['q3']]);
	});
});

describe('tidying a draft before it is saved', () => {
	it('leaves out empty English text and empty help, and trims', () => {
		const form = updateQuestion(starter(), { section: 0, question: 0 }, (q) => ({
			...q,
			label: { th: '  ชื่อโรงเรียน ', en: '' },
			help: { th: '', en: '' }
		}));
		const question = tidyDraft({ ...form, instructions: { th: '' } }).sections[0]!.questions[0]!;
		expect(question.label).toEqual({ th: 'ชื่อโรงเรียน' });
		expect(question).not.toHaveProperty('help');
		expect(tidyDraft({ ...form, instructions: { th: '' } })).not.toHaveProperty('instructions');
	});
});
