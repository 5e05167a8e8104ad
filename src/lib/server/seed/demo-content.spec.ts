import { describe, expect, it } from 'vitest';
import {
	fiscalYearOf,
	parseFeedbackItem,
	parseFormDefinition,
	parseResponse,
	questionsOf,
	unwrap
} from '$lib/domain';
import { demoFeedbackForm, demoSatisfactionForm } from './demo-forms';
import { demoGroups, demoSchools } from './demo-office';
import { buildDemoFeedback, buildDemoResponses } from './demo-responses';

const form = unwrap('demo satisfaction form', parseFormDefinition(demoSatisfactionForm));
const now = new Date('2025-06-15T12:00:00+07:00');
const responses = buildDemoResponses(form, { count: 300, seed: 1, now });
const ratings = responses.flatMap((r) =>
	Object.values(r.answers).filter((v): v is number => typeof v === 'number')
);

describe('the demo forms', () => {
	it('are valid form definitions', () => {
		expect(parseFormDefinition(demoSatisfactionForm).ok).toBe(true);
		expect(parseFormDefinition(demoFeedbackForm).ok).toBe(true);
	});

	it('rate four dimensions with 3 to 7 items each, the overall item last', () => {
		const items = questionsOf(form).filter((q) => q.kind === 'rating');
		for (const { key } of form.dimensions) {
			const n = items.filter((q) => q.kind === 'rating' && q.dimension === key).length;
			expect(n).toBeGreaterThanOrEqual(3);
			expect(n).toBeLessThanOrEqual(7);
		}
		expect(items.at(-1)!.key).toBe('quality_overall');
		expect(items.map((q) => q.label.th)).toContain(
			'เจ้าหน้าที่ให้บริการด้วยความซื่อสัตย์สุจริต ไม่เรียกร้องสิ่งตอบแทน'
		);
	});

	it('ask for contact details only of those who want a reply', () => {
		const feedback = unwrap('demo feedback form', parseFormDefinition(demoFeedbackForm));
		const contact = questionsOf(feedback).filter((q) => q.key.startsWith('contact_'));
		expect(contact.map((q) => q.showIf)).toEqual([
			{ question: 'wants_contact', op: 'equals', value: 'yes' },
			{ question: 'wants_contact', op: 'equals', value: 'yes' }
		]);
	});
});

describe('the synthetic responses', () => {
	it('are the same for the same options', () => {
		expect(buildDemoResponses(form, { count: 300, seed: 1, now })).toEqual(responses);
		expect(buildDemoResponses(form, { count: 300, seed: 2, now })[0]!.id).not.toBe(
			responses[0]!.id
		);
	});

	it('are all valid responses to the demo form, with unique UUIDv7 ids', () => {
		const invalid = responses.filter((r) => !parseResponse(r, form).ok);
		expect(invalid).toEqual([]);
		expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
	});

	it('spread over every group, most schools, many respondent types and two fiscal years', () => {
		expect(new Set(responses.map((r) => r.groupId))).toEqual(new Set(demoGroups.map((g) => g.id)));
		expect(new Set(responses.map((r) => r.schoolId)).size).toBeGreaterThanOrEqual(
			demoSchools.length - 1
		);
		expect(new Set(responses.map((r) => r.respondentType)).size).toBeGreaterThanOrEqual(8);
		const years = new Set(responses.map((r) => fiscalYearOf(r.submittedAt)));
		expect(years).toEqual(new Set([fiscalYearOf(now) - 1, fiscalYearOf(now)]));
		expect(responses.every((r) => Date.parse(r.submittedAt) < now.getTime())).toBe(true);
	});

	it('lean positive as real surveys do: mostly 4–5, some 3, few 1–2', () => {
		const share = (test: (v: number) => boolean) => ratings.filter(test).length / ratings.length;
		expect(share((v) => v >= 4)).toBeGreaterThan(0.7);
		expect(share((v) => v === 3)).toBeGreaterThan(0.05);
		expect(share((v) => v <= 2)).toBeGreaterThan(0);
		expect(share((v) => v <= 2)).toBeLessThan(0.1);
	});

	it('skip some optional items and carry a share of Thai suggestions', () => {
		const skipped = responses.filter((r) => !('facilities_systems' in r.answers)).length;
		expect(skipped).toBeGreaterThan(10);
		const suggestions = responses.filter((r) => typeof r.answers.suggestion === 'string');
		expect(suggestions.length / responses.length).toBeGreaterThan(0.2);
		expect(suggestions.length / responses.length).toBeLessThan(0.45);
		expect(suggestions[0]!.answers.suggestion).toMatch(/[\u0E00-\u0E7F]/);
	});
});

describe('the synthetic opinions and complaints', () => {
	const items = buildDemoFeedback({ count: 24, seed: 1, now });

	it('are valid, and include complaints on the restricted misconduct track', () => {
		expect(items.filter((f) => !parseFeedbackItem(f).ok)).toEqual([]);
		expect(items.filter((f) => f.track === 'misconduct').length).toBe(2);
		expect(items.some((f) => f.contact !== null)).toBe(true);
	});
});
