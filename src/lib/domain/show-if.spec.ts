import { describe, expect, it } from 'vitest';
import type { Question, ShowIf } from './form';
import { isQuestionVisible, visibleQuestions } from './show-if';
import { buildFormWithQuestions, buildSatisfactionForm } from './testing/factories';

function questionShownWhen(showIf: ShowIf): Question {
	return {
		key: 'follow_up',
		kind: 'short_text',
		label: { th: 'โปรดระบุ' },
		required: false,
		maxLength: 200,
		showIf
	};
}

describe('isQuestionVisible: the kiosk shows a follow-up question only when it applies', () => {
	it('always shows a question without a rule', () => {
		const question = { ...questionShownWhen({ question: 'x', op: 'equals', value: 'y' }) };
		delete question.showIf;
		expect(isQuestionVisible(question, {})).toBe(true);
	});

	describe("'equals'", () => {
		const otherSpecify = questionShownWhen({
			question: 'respondent',
			op: 'equals',
			value: 'other'
		});

		it('shows the question when the earlier answer matches', () => {
			expect(isQuestionVisible(otherSpecify, { respondent: 'other' })).toBe(true);
		});

		it('hides it for another answer', () => {
			expect(isQuestionVisible(otherSpecify, { respondent: 'teacher' })).toBe(false);
		});

		it('hides it while the earlier question is unanswered, or answered with an empty text', () => {
			expect(isQuestionVisible(otherSpecify, {})).toBe(false);
			expect(isQuestionVisible(otherSpecify, { respondent: '' })).toBe(false);
		});

		it('compares a rating as a number', () => {
			const whyLow = questionShownWhen({ question: 'overall', op: 'equals', value: 1 });
			expect(isQuestionVisible(whyLow, { overall: 1 })).toBe(true);
			expect(isQuestionVisible(whyLow, { overall: 2 })).toBe(false);
			expect(isQuestionVisible(whyLow, { overall: '1' })).toBe(false);
		});
	});

	describe("'not_equals'", () => {
		const unlessNever = questionShownWhen({ question: 'visits', op: 'not_equals', value: 'never' });

		it('shows the question for any other answer', () => {
			expect(isQuestionVisible(unlessNever, { visits: 'monthly' })).toBe(true);
		});

		it('hides it for the excluded answer', () => {
			expect(isQuestionVisible(unlessNever, { visits: 'never' })).toBe(false);
		});

		it('shows it while the earlier question is unanswered: nothing has excluded it yet', () => {
			expect(isQuestionVisible(unlessNever, {})).toBe(true);
		});
	});

	describe("'includes' (multiple choice)", () => {
		const aboutWebsite = questionShownWhen({
			question: 'channels',
			op: 'includes',
			value: 'website'
		});

		it('shows the question when the option is among those chosen', () => {
			expect(isQuestionVisible(aboutWebsite, { channels: ['phone', 'website'] })).toBe(true);
		});

		it('hides it when the option is not chosen, or nothing is', () => {
			expect(isQuestionVisible(aboutWebsite, { channels: ['phone'] })).toBe(false);
			expect(isQuestionVisible(aboutWebsite, { channels: [] })).toBe(false);
			expect(isQuestionVisible(aboutWebsite, {})).toBe(false);
		});

		it('does not treat a single text answer as a list', () => {
			expect(isQuestionVisible(aboutWebsite, { channels: 'website' })).toBe(false);
		});
	});
});

describe('visibleQuestions: what the respondent sees, in order', () => {
	it('shows the website rating only to those who used the website', () => {
		const form = buildSatisfactionForm();
		const keysWhen = (usedWebsite: string) =>
			visibleQuestions(form, { used_website: usedWebsite }).map((q) => q.key);
		expect(keysWhen('yes')).toContain('website');
		expect(keysWhen('no')).not.toContain('website');
		expect(keysWhen('no')).toEqual([
			'sex',
			'age_band',
			'steps_simple',
			'speed',
			'courtesy',
			'attentive',
			'used_website',
			'overall',
			'suggestion'
		]);
	});

	it('hides a whole chain when its first link is hidden, even with stale answers further down', () => {
		const form = buildFormWithQuestions([
			{
				key: 'visited',
				kind: 'single_choice',
				label: { th: 'เคยมาติดต่อหรือไม่' },
				options: [
					{ value: 'yes', label: { th: 'เคย' } },
					{ value: 'no', label: { th: 'ไม่เคย' } }
				]
			},
			{
				key: 'purpose',
				kind: 'single_choice',
				label: { th: 'มาติดต่อเรื่องใด' },
				options: [
					{ value: 'documents', label: { th: 'เอกสาร' } },
					{ value: 'other', label: { th: 'อื่น ๆ' } }
				],
				showIf: { question: 'visited', op: 'equals', value: 'yes' }
			},
			{
				key: 'purpose_other',
				kind: 'short_text',
				label: { th: 'โปรดระบุ' },
				showIf: { question: 'purpose', op: 'equals', value: 'other' }
			}
		]);
		const keys = (answers: Record<string, string>) =>
			visibleQuestions(form, answers).map((q) => q.key);

		expect(keys({ visited: 'yes', purpose: 'other' })).toEqual([
			'visited',
			'purpose',
			'purpose_other'
		]);
		// The respondent went back and changed "yes" to "no"; "other" is still in the draft.
		expect(keys({ visited: 'no', purpose: 'other' })).toEqual(['visited']);
	});
});
