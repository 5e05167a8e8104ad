import { describe, expect, it } from 'vitest';
import { parseFeedbackItem, parseResponse } from './parse-records';
import {
	answersFor,
	buildFeedbackItem,
	buildResponse,
	buildSatisfactionForm,
	fixtureIds
} from './testing/factories';
import { issueAt, issuesOf } from './testing/issues';

const form = buildSatisfactionForm();

describe('parseResponse: a response arrives from a kiosk', () => {
	it('accepts a well-formed response, with or without its form', () => {
		const response = buildResponse(form);
		const alone = parseResponse(response);
		const withForm = parseResponse(response, form);
		expect(alone).toEqual({ ok: true, value: response });
		expect(withForm).toEqual({ ok: true, value: response });
	});

	it('survives a JSON round trip, as over the network or out of IndexedDB', () => {
		const response = buildResponse(form);
		expect(parseResponse(JSON.parse(JSON.stringify(response)), form)).toEqual({
			ok: true,
			value: response
		});
	});

	it('returns the answers cleaned against the form: stale hidden answers left out', () => {
		const response = buildResponse(form, {
			answers: answersFor(form, { used_website: 'no', website: 3 })
		});
		const result = parseResponse(response, form);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.answers).not.toHaveProperty('website');
		expect(result.value.id).toBe(response.id);
	});

	it('rejects an id that is not a UUIDv7 made on the device', () => {
		const response = { ...buildResponse(form), id: '9b2f4c1e-3a5d-4e6f-8a7b-1c2d3e4f5a6b' };
		expect(issueAt(parseResponse(response), 'id').code).toBe('invalid_format');
	});

	it('rejects a response submitted before it was started', () => {
		const response = buildResponse(form, {
			startedAt: '2025-01-15T09:05:00+07:00',
			submittedAt: '2025-01-15T09:00:00+07:00'
		});
		const issue = issueAt(parseResponse(response), 'submittedAt');
		expect(issue.code).toBe('custom');
		expect(issue.message.en).toBe('submittedAt: submittedAt is before startedAt');
	});

	it('rejects a response to another form, without judging its answers against this one', () => {
		const response = buildResponse(form, {
			formId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
			answers: { not_a_question: 1 }
		});
		const issues = issuesOf(parseResponse(response, form));
		expect(issues).toEqual([
			{
				path: 'formId',
				code: 'form_mismatch',
				message: {
					th: `formId ต้องตรงกับแบบฟอร์ม ("${fixtureIds.formId}") แต่ได้ "7c9e6679-7425-40de-944b-e07fc1f90ae7"`,
					en: `formId must match the form ("${fixtureIds.formId}"), not "7c9e6679-7425-40de-944b-e07fc1f90ae7"`
				}
			}
		]);
	});

	it('rejects a response filled on another version of the form', () => {
		const response = buildResponse(form, { formVersion: 2 });
		expect(issueAt(parseResponse(response, form), 'formVersion').code).toBe('form_mismatch');
	});

	it("rejects a response to a group's form filed under another group or office", () => {
		const response = buildResponse(form, { groupId: fixtureIds.otherGroupId });
		expect(issueAt(parseResponse(response, form), 'groupId').code).toBe('form_mismatch');
		const elsewhere = buildResponse(form, { officeId: 'another-office' });
		expect(issueAt(parseResponse(elsewhere, form), 'officeId').code).toBe('form_mismatch');
	});

	it('lets any group use an office-wide form', () => {
		const officeWide = buildSatisfactionForm({ groupId: null });
		const response = buildResponse(officeWide, { groupId: fixtureIds.otherGroupId });
		expect(parseResponse(response, officeWide).ok).toBe(true);
	});

	it('rejects wrong answers at answers.<question>', () => {
		const response = buildResponse(form, { answers: answersFor(form, { courtesy: 6 }) });
		expect(issueAt(parseResponse(response, form), 'answers.courtesy').code).toBe('out_of_range');
	});
});

describe('parseFeedbackItem: a suggestion or complaint arrives', () => {
	it('accepts a well-formed item', () => {
		const item = buildFeedbackItem();
		expect(parseFeedbackItem(item)).toEqual({ ok: true, value: item });
	});

	it('fills in the general track and no contact when they are left out', () => {
		const item: Record<string, unknown> = { ...buildFeedbackItem() };
		delete item.track;
		delete item.contact;
		const result = parseFeedbackItem(item);
		expect(result.ok && result.value.track).toBe('general');
		expect(result.ok && result.value.contact).toBeNull();
	});

	it('keeps the misconduct track for complaints only', () => {
		const suggestion = buildFeedbackItem({ kind: 'suggestion', track: 'misconduct' });
		expect(issueAt(parseFeedbackItem(suggestion), 'track').code).toBe('custom');
		const complaint = buildFeedbackItem({ kind: 'complaint', track: 'misconduct' });
		expect(parseFeedbackItem(complaint).ok).toBe(true);
	});

	it('refuses contact details on an anonymous item (PDPA: collect only what was offered)', () => {
		const item = buildFeedbackItem({ anonymous: true, contact: { phone: '081 234 5678' } });
		expect(issueAt(parseFeedbackItem(item), 'contact').code).toBe('custom');
	});

	it('names an empty body as required', () => {
		const issue = issueAt(parseFeedbackItem(buildFeedbackItem({ body: '  ' })), 'body');
		expect(issue).toEqual({
			path: 'body',
			code: 'required',
			message: { th: 'ต้องระบุ body', en: 'body is required' }
		});
	});
});
