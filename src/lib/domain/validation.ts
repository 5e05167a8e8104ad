import type { z } from 'zod';
import type { LocalizedText } from './localized';
import { fieldMessages } from './validation-messages';

/** One problem with an input, named by its path (e.g. `sections.0.questions.2.label.th`, `answers.q3`). */
export interface ValidationIssue {
	path: string;
	code: string;
	message: LocalizedText & { en: string };
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Thrown where a caller cannot go on with invalid input; carries the issues for the user. */
export class DomainValidationError extends Error {
	constructor(
		readonly subject: string,
		readonly issues: ValidationIssue[]
	) {
		super(
			`${subject} is invalid: ${issues.map((i) => `${i.path || '(root)'}: ${i.message.en}`).join('; ')}`
		);
		this.name = 'DomainValidationError';
	}
}

export function unwrap<T>(subject: string, result: Validated<T>): T {
	if (!result.ok) throw new DomainValidationError(subject, result.issues);
	return result.value;
}

/**
 * Turns zod's issues into bilingual ones naming the field. Parse with `{ reportInput: true }` where
 * you can: zod then keeps the input, which tells a missing field from one of the wrong type.
 */
export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
	return error.issues.flatMap((issue) => {
		// One issue per unknown field, so a form can mark each field rather than their parent.
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const path = joinPath([...issue.path, key]);
				return { path, code: issue.code, message: fieldMessages.unknownField(path) };
			});
		}
		const path = joinPath(issue.path);
		return [{ path, ...describeIssue(issue, path) }];
	});
}

function joinPath(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

type Described = Pick<ValidationIssue, 'code' | 'message'>;

function describeIssue(issue: z.core.$ZodIssue, path: string): Described {
	switch (issue.code) {
		case 'invalid_type':
			return isMissing(issue)
				? { code: 'required', message: fieldMessages.required(path) }
				: { code: issue.code, message: fieldMessages.wrongType(path, issue.expected) };
		case 'too_small':
			return {
				code: tooSmallIsMissing(issue) ? 'required' : issue.code,
				message: tooSmall(issue, path)
			};
		case 'too_big':
			return { code: issue.code, message: tooBig(issue, path) };
		case 'invalid_format':
			return {
				code: issue.code,
				message: fieldMessages.format(path, issue.format, issue.pattern, issue.message)
			};
		case 'invalid_value':
			return inputWasMissing(issue)
				? { code: 'required', message: fieldMessages.required(path) }
				: { code: issue.code, message: fieldMessages.notOneOf(path, issue.values) };
		case 'invalid_union':
			return invalidUnion(issue, path);
		case 'invalid_key': {
			const inner = issue.issues[0];
			const message = inner
				? describeIssue(inner, path).message
				: fieldMessages.other(path, issue.message);
			return { code: issue.code, message: fieldMessages.invalidKey(message) };
		}
		case 'not_multiple_of':
			return { code: issue.code, message: fieldMessages.notMultipleOf(path, issue.divisor) };
		case 'custom': {
			const thai: unknown = issue.params?.th;
			return {
				code: issue.code,
				message: fieldMessages.custom(
					path,
					issue.message,
					typeof thai === 'string' ? thai : undefined
				)
			};
		}
		default:
			return { code: issue.code, message: fieldMessages.other(path, issue.message) };
	}
}

function isMissing(issue: z.core.$ZodIssueInvalidType): boolean {
	if (issue.expected === 'nonoptional') return true;
	if ('input' in issue) return issue.input === undefined;
	// Without reportInput zod drops the input, but its default message still says what it got.
	return /received undefined$/.test(issue.message);
}

/** zod reports the whole object as the input of a discriminator issue, not the discriminator. */
function discriminatorWasMissing(issue: z.core.$ZodIssueInvalidUnion): boolean {
	if (!('input' in issue) || issue.discriminator === undefined) return false;
	const input: unknown = issue.input;
	return (
		typeof input === 'object' &&
		input !== null &&
		(input as Record<string, unknown>)[issue.discriminator] === undefined
	);
}

/** Only known under reportInput; otherwise a missing enum reads as a wrong value, still named. */
function inputWasMissing(issue: z.core.$ZodIssue): boolean {
	return 'input' in issue && issue.input === undefined;
}

/** An empty required text (`min(1)`) means the same to the user as a missing one. */
function tooSmallIsMissing(issue: z.core.$ZodIssueTooSmall): boolean {
	return issue.origin === 'string' && Number(issue.minimum) === 1 && !issue.exact;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, path: string): ValidationIssue['message'] {
	const minimum = Number(issue.minimum);
	const exact = issue.exact === true;
	switch (issue.origin) {
		case 'string':
			return tooSmallIsMissing(issue)
				? fieldMessages.required(path)
				: fieldMessages.tooShortText(path, minimum, exact);
		case 'array':
		case 'set':
			return fieldMessages.tooFewItems(path, minimum, exact);
		case 'number':
		case 'int':
		case 'bigint':
			return fieldMessages.tooSmallNumber(path, minimum, issue.inclusive !== false);
		case 'date':
			return fieldMessages.tooEarly(path, new Date(minimum).toISOString());
		default:
			return fieldMessages.other(path, issue.message);
	}
}

function tooBig(issue: z.core.$ZodIssueTooBig, path: string): ValidationIssue['message'] {
	const maximum = Number(issue.maximum);
	const exact = issue.exact === true;
	switch (issue.origin) {
		case 'string':
			return fieldMessages.tooLongText(path, maximum, exact);
		case 'array':
		case 'set':
			return fieldMessages.tooManyItems(path, maximum, exact);
		case 'number':
		case 'int':
		case 'bigint':
			return fieldMessages.tooBigNumber(path, maximum, issue.inclusive !== false);
		case 'date':
			return fieldMessages.tooLate(path, new Date(maximum).toISOString());
		default:
			return fieldMessages.other(path, issue.message);
	}
}

function invalidUnion(issue: z.core.$ZodIssueInvalidUnion, path: string): Described {
	if ('options' in issue && issue.options !== undefined) {
		if (discriminatorWasMissing(issue)) {
			return { code: 'required', message: fieldMessages.required(path) };
		}
		return { code: issue.code, message: fieldMessages.notOneOf(path, issue.options) };
	}
	// A union of plain types (e.g. an answer: number, text or list) failed on the type alone.
	const typeIssues = issue.errors.map((branch) =>
		branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0
			? branch[0]
			: undefined
	);
	if (typeIssues.length > 0 && typeIssues.every((i) => i !== undefined)) {
		if (typeIssues.some(isMissing))
			return { code: 'required', message: fieldMessages.required(path) };
		const expected = [...new Set(typeIssues.map((i) => i.expected))];
		return { code: issue.code, message: fieldMessages.oneOfTypes(path, expected) };
	}
	return { code: issue.code, message: fieldMessages.noMatchingShape(path) };
}
