import { FeedbackItem } from './feedback';
import type { FormDefinition } from './form';
import { Response } from './response';
import { validateAnswers } from './validate-answers';
import { issuesFromZod, type Validated, type ValidationIssue } from './validation';
import { recordMessages, type DomainIssueCode } from './validation-messages';

/**
 * Reads a survey response. Given the form it names, also checks that it belongs to that form and
 * returns its answers cleaned by `validateAnswers`.
 */
export function parseResponse(input: unknown, form?: FormDefinition): Validated<Response> {
	const parsed = Response.safeParse(input, { reportInput: true });
	if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
	const response = parsed.data;
	if (!form) return { ok: true, value: response };

	const mismatches = formMismatches(response, form);
	// Answers checked against another form or version would only produce misleading issues.
	if (mismatches.length > 0) return { ok: false, issues: mismatches };

	const answers = validateAnswers(form, response.answers);
	if (!answers.ok) return answers;
	return { ok: true, value: { ...response, answers: answers.value } };
}

function formMismatches(response: Response, form: FormDefinition): ValidationIssue[] {
	const expected: [keyof Response, unknown, unknown][] = [
		['formId', response.formId, form.id],
		['formVersion', response.formVersion, form.version],
		['officeId', response.officeId, form.officeId]
	];
	// A group's own form answered under another group would be counted in the wrong group's report.
	if (form.groupId !== null) expected.push(['groupId', response.groupId, form.groupId]);
	return expected
		.filter(([, got, want]) => got !== want)
		.map(([path, got, want]) => ({
			path,
			code: 'form_mismatch' satisfies DomainIssueCode,
			message: recordMessages.formMismatch(path, got, want)
		}));
}

export function parseFeedbackItem(input: unknown): Validated<FeedbackItem> {
	const parsed = FeedbackItem.safeParse(input, { reportInput: true });
	return parsed.success
		? { ok: true, value: parsed.data }
		: { ok: false, issues: issuesFromZod(parsed.error) };
}
