import type { Validated, ValidationIssue } from '../validation';

/** The issues of a rejected result; fails loudly if the input was accepted. */
export function issuesOf<T>(result: Validated<T>): ValidationIssue[] {
	if (result.ok) throw new Error('expected the input to be rejected, but it was accepted');
	return result.issues;
}

/** The issue reported at `path`; fails with every issue listed if there is none there. */
export function issueAt<T>(result: Validated<T>, path: string): ValidationIssue {
	const issues = issuesOf(result);
	const issue = issues.find((i) => i.path === path);
	if (!issue) {
		const found = issues.map((i) => `${i.path} (${i.code}): ${i.message.en}`).join('\n');
		throw new Error(`expected an issue at ${path}, found:\n${found}`);
	}
	return issue;
}

/** Thai script, used to check that a message really is in Thai. */
export const THAI_SCRIPT = /[\u0E00-\u0E7F]/;
