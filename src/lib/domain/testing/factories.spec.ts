import { describe, expect, it } from 'vitest';
import { parseFeedbackItem, parseResponse } from '../parse-records';
import { parseFormDefinition } from '../validate-form';
import {
	answersFor,
	buildFeedbackItem,
	buildFormWithQuestions,
	buildResponse,
	buildSatisfactionForm,
	satisfactionFormInput
} from './factories';

describe('test factories: other tests can rely on what they build being valid', () => {
	it('builds a satisfaction form that passes every form check', () => {
		expect(parseFormDefinition(satisfactionFormInput()).ok).toBe(true);
		expect(buildSatisfactionForm().sections).toHaveLength(3);
	});

	it('refuses to build a form made invalid by an override, instead of handing it out', () => {
		expect(() => buildSatisfactionForm({ dimensions: [] })).toThrow(/dimension/);
	});

	it('builds a response that parses against its form, with a fresh id each time', () => {
		const form = buildSatisfactionForm();
		const first = buildResponse(form);
		expect(parseResponse(first, form)).toEqual({ ok: true, value: first });
		expect(buildResponse(form).id).not.toBe(first.id);
	});

	it('builds a feedback item that parses', () => {
		const item = buildFeedbackItem();
		expect(parseFeedbackItem(item)).toEqual({ ok: true, value: item });
	});

	it('answers only what a respondent would see, and leaves out what an override unsets', () => {
		const form = buildSatisfactionForm();
		expect(answersFor(form, { used_website: 'no' })).not.toHaveProperty('website');
		expect(answersFor(form, { courtesy: undefined })).not.toHaveProperty('courtesy');
		expect(answersFor(form).website).toBe(4);
	});

	it('builds a one-question form for tests about one kind of question', () => {
		const form = buildFormWithQuestions([
			{ key: 'visits', kind: 'number', label: { th: 'จำนวนครั้ง' }, min: 2 }
		]);
		expect(answersFor(form)).toEqual({ visits: 2 });
	});
});
