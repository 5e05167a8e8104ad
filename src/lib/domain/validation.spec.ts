import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FeedbackItem } from './feedback';
import { FormDefinition } from './form';
import { Answers } from './response';
import { buildFeedbackItem, satisfactionFormInput } from './testing/factories';
import { THAI_SCRIPT } from './testing/issues';
import {
	DomainValidationError,
	issuesFromZod,
	unwrap,
	type Validated,
	type ValidationIssue
} from './validation';

function issuesFor(schema: z.ZodType, input: unknown, reportInput = true): ValidationIssue[] {
	const result = schema.safeParse(input, { reportInput });
	if (result.success) throw new Error('expected the input to be rejected');
	return issuesFromZod(result.error);
}

function onlyIssueAt(issues: ValidationIssue[], path: string): ValidationIssue {
	const here = issues.filter((i) => i.path === path);
	if (here.length !== 1) {
		throw new Error(`expected one issue at ${path}, got: ${JSON.stringify(issues, null, 1)}`);
	}
	return here[0] as ValidationIssue;
}

function formWith(change: (form: ReturnType<typeof satisfactionFormInput>) => void): unknown {
	const form = satisfactionFormInput();
	change(form);
	return form;
}

describe('issuesFromZod: a form author sees what is wrong, in Thai and English, naming the field', () => {
	it('a missing Thai title is reported as required', () => {
		const input = formWith((f) => {
			f.sections[0]!.title = {} as never;
		});
		const issue = onlyIssueAt(issuesFor(FormDefinition, input), 'sections.0.title.th');
		expect(issue).toEqual({
			path: 'sections.0.title.th',
			code: 'required',
			message: { th: 'ต้องระบุ sections.0.title.th', en: 'sections.0.title.th is required' }
		});
	});

	it('a missing choice (form kind, question kind) is reported as required, not as a wrong value', () => {
		const input = formWith((f) => {
			delete (f as Partial<typeof f>).kind;
			delete (f.sections[0]!.questions[0] as Partial<{ kind: string }>).kind;
		});
		const issues = issuesFor(FormDefinition, input);
		expect(onlyIssueAt(issues, 'kind')).toEqual({
			path: 'kind',
			code: 'required',
			message: { th: 'ต้องระบุ kind', en: 'kind is required' }
		});
		expect(onlyIssueAt(issues, 'sections.0.questions.0.kind').code).toBe('required');
	});

	it('a missing field is still "required" when the caller parsed without reportInput', () => {
		const input = formWith((f) => {
			delete (f as Partial<typeof f>).title;
		});
		const issue = onlyIssueAt(issuesFor(FormDefinition, input, false), 'title');
		expect(issue.code).toBe('required');
		expect(issue.message).toEqual({ th: 'ต้องระบุ title', en: 'title is required' });
	});

	it('a Thai title of only spaces reads as missing, because the text is trimmed first', () => {
		const input = formWith((f) => {
			f.title = { th: '   ' };
		});
		expect(onlyIssueAt(issuesFor(FormDefinition, input), 'title.th').message).toEqual({
			th: 'ต้องระบุ title.th',
			en: 'title.th is required'
		});
	});

	it('a value of the wrong type names the type expected', () => {
		const input = formWith((f) => {
			f.version = '1' as never;
		});
		expect(onlyIssueAt(issuesFor(FormDefinition, input), 'version')).toEqual({
			path: 'version',
			code: 'invalid_type',
			message: { th: 'version ต้องเป็นตัวเลข', en: 'version must be a number' }
		});
	});

	it('a fractional version asks for a whole number', () => {
		const input = formWith((f) => {
			f.version = 1.5;
		});
		expect(onlyIssueAt(issuesFor(FormDefinition, input), 'version').message).toEqual({
			th: 'version ต้องเป็นจำนวนเต็ม',
			en: 'version must be a whole number'
		});
	});

	it('a version below 1 gives the minimum', () => {
		const input = formWith((f) => {
			f.version = 0;
		});
		expect(onlyIssueAt(issuesFor(FormDefinition, input), 'version')).toMatchObject({
			code: 'too_small',
			message: { th: 'version ต้องไม่น้อยกว่า 1', en: 'version must be at least 1' }
		});
	});

	it('a form without sections asks for at least one', () => {
		const input = formWith((f) => {
			f.sections = [];
		});
		expect(onlyIssueAt(issuesFor(FormDefinition, input), 'sections').message).toEqual({
			th: 'sections ต้องมีอย่างน้อย 1 รายการ',
			en: 'sections must have at least 1 item'
		});
	});

	it('an over-long feedback body gives the limit in characters', () => {
		const input = { ...buildFeedbackItem(), body: 'ก'.repeat(5001) };
		expect(onlyIssueAt(issuesFor(FeedbackItem, input), 'body')).toMatchObject({
			code: 'too_big',
			message: {
				th: 'body ต้องยาวไม่เกิน 5000 ตัวอักษร',
				en: 'body must be at most 5000 characters long'
			}
		});
	});

	it('a malformed id asks for a UUID, and so does a UUID of the wrong version', () => {
		const v4 = '9b2f4c1e-3a5d-4e6f-8a7b-1c2d3e4f5a6b';
		for (const id of ['abc', v4]) {
			const issue = onlyIssueAt(issuesFor(FeedbackItem, { ...buildFeedbackItem(), id }), 'id');
			expect(issue).toEqual({
				path: 'id',
				code: 'invalid_format',
				message: { th: 'id ต้องเป็นรหัส UUID ที่ถูกต้อง', en: 'id must be a valid UUID' }
			});
		}
	});

	it('a date-time without a time zone shows the expected shape', () => {
		const input = { ...buildFeedbackItem(), submittedAt: '2025-01-15 09:00' };
		const issue = onlyIssueAt(issuesFor(FeedbackItem, input), 'submittedAt');
		expect(issue.code).toBe('invalid_format');
		expect(issue.message.th).toBe(
			'submittedAt ต้องเป็นวันเวลาแบบ ISO 8601 พร้อมเขตเวลา เช่น 2025-01-31T09:30:00+07:00'
		);
		expect(issue.message.en).toBe(
			'submittedAt must be an ISO 8601 date-time with a time zone, e.g. 2025-01-31T09:30:00+07:00'
		);
	});

	it('a bad e-mail address is named as such', () => {
		const input = { ...buildFeedbackItem(), anonymous: false, contact: { email: 'somchai@' } };
		expect(onlyIssueAt(issuesFor(FeedbackItem, input), 'contact.email').message).toEqual({
			th: 'contact.email ต้องเป็นอีเมลที่ถูกต้อง',
			en: 'contact.email must be a valid e-mail address'
		});
	});

	it('a key with capitals or spaces explains what a key may contain, not the regex', () => {
		const input = formWith((f) => {
			f.sections[0]!.key = 'Part 1';
		});
		const issue = onlyIssueAt(issuesFor(FormDefinition, input), 'sections.0.key');
		expect(issue.code).toBe('invalid_format');
		expect(issue.message.th).toBe(
			'sections.0.key ต้องขึ้นต้นด้วยอักษรอังกฤษตัวเล็ก และมีได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และ _ (ยาวไม่เกิน 63 ตัว)'
		);
		expect(issue.message.en).toBe(
			'sections.0.key must start with a lowercase letter and contain only lowercase letters, digits and _ (at most 63)'
		);
	});

	it('a value outside an enum lists the allowed values', () => {
		const input = formWith((f) => {
			f.kind = 'survey' as never;
		});
		expect(onlyIssueAt(issuesFor(FormDefinition, input), 'kind')).toEqual({
			path: 'kind',
			code: 'invalid_value',
			message: {
				th: 'kind ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: "satisfaction", "feedback", "evaluation"',
				en: 'kind must be one of: "satisfaction", "feedback", "evaluation"'
			}
		});
	});

	it('an unknown question kind lists the kinds there are', () => {
		const input = formWith((f) => {
			f.sections[0]!.questions[0] = {
				key: 'mood',
				kind: 'slider',
				label: { th: 'อารมณ์' }
			} as never;
		});
		const issue = onlyIssueAt(issuesFor(FormDefinition, input), 'sections.0.questions.0.kind');
		expect(issue.message.en).toBe(
			'sections.0.questions.0.kind must be one of: "rating", "single_choice", "multiple_choice", "short_text", "long_text", "number", "date"'
		);
		expect(issue.message.th).toMatch(
			/^sections\.0\.questions\.0\.kind ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: "rating"/
		);
	});

	it('an answer of a type no question takes lists the types answers come in', () => {
		const issue = onlyIssueAt(issuesFor(Answers, { courtesy: true }), 'courtesy');
		expect(issue.message).toEqual({
			th: 'courtesy ต้องเป็นตัวเลข หรือข้อความ หรือรายการ (array)',
			en: 'courtesy must be a number or a text or a list'
		});
	});

	it('an answer key that is not a key says which key and what a key may contain', () => {
		const issue = onlyIssueAt(issuesFor(Answers, { 'Bad Key': 4 }), 'Bad Key');
		expect(issue.code).toBe('invalid_key');
		expect(issue.message.th).toMatch(/^ชื่อคีย์ Bad Key ต้องขึ้นต้นด้วยอักษรอังกฤษตัวเล็ก/);
		expect(issue.message.en).toMatch(/^the key Bad Key must start with a lowercase letter/);
	});

	it('each unknown field of a strict object is its own issue, at its own path', () => {
		const schema = z.object({ meta: z.strictObject({ name: z.string() }) });
		const issues = issuesFor(schema, { meta: { name: 'x', colour: 'red', size: 2 } });
		expect(issues).toEqual([
			{
				path: 'meta.colour',
				code: 'unrecognized_keys',
				message: { th: 'ไม่รู้จักช่อง meta.colour', en: 'meta.colour is not a known field' }
			},
			{
				path: 'meta.size',
				code: 'unrecognized_keys',
				message: { th: 'ไม่รู้จักช่อง meta.size', en: 'meta.size is not a known field' }
			}
		]);
	});

	it("a refinement's English is kept, with the field named in both languages", () => {
		const input = {
			...buildFeedbackItem(),
			anonymous: true,
			contact: { phone: '081 234 5678' }
		};
		const issue = onlyIssueAt(issuesFor(FeedbackItem, input), 'contact');
		expect(issue.code).toBe('custom');
		expect(issue.message.en).toBe('contact: an anonymous item carries no contact details');
		expect(issue.message.th).toMatch(/^contact/);
	});

	it('a refinement can give its own Thai through params.th', () => {
		const schema = z.object({
			endsAt: z.string().refine(() => false, {
				message: 'must be after the start',
				params: { th: 'ต้องอยู่หลังเวลาเริ่ม' }
			})
		});
		expect(onlyIssueAt(issuesFor(schema, { endsAt: 'x' }), 'endsAt').message).toEqual({
			th: 'endsAt: ต้องอยู่หลังเวลาเริ่ม',
			en: 'endsAt: must be after the start'
		});
	});

	it("a format we have no words for keeps zod's message in English", () => {
		const issue = onlyIssueAt(
			issuesFor(z.object({ code: z.string().startsWith('TH') }), { code: 'x' }),
			'code'
		);
		expect(issue.message).toEqual({
			th: 'code มีรูปแบบไม่ถูกต้อง',
			en: 'code has an invalid format (Invalid string: must start with "TH")'
		});
	});

	it("an issue code we do not translate falls back to zod's message in both languages", () => {
		const error = new z.ZodError([
			{
				code: 'invalid_element',
				origin: 'set',
				key: 1,
				issues: [],
				path: ['tags'],
				message: 'Bad tag'
			}
		]);
		expect(issuesFromZod(error)).toEqual([
			{
				path: 'tags',
				code: 'invalid_element',
				message: { th: 'tags ไม่ถูกต้อง (Bad tag)', en: 'tags: Bad tag' }
			}
		]);
	});

	it('an issue with the whole input names it as the input', () => {
		expect(issuesFor(z.string(), undefined)).toEqual([
			{
				path: '',
				code: 'required',
				message: { th: 'ต้องระบุ ข้อมูลที่ส่งมา', en: 'the input is required' }
			}
		]);
	});

	it('every issue of a badly broken form is bilingual', () => {
		const issues = issuesFor(FormDefinition, { sections: [{ questions: [{ kind: 'rating' }] }] });
		expect(issues.length).toBeGreaterThan(5);
		for (const issue of issues) {
			expect(issue.message.th).toMatch(THAI_SCRIPT);
			expect(issue.message.en).not.toMatch(THAI_SCRIPT);
			expect(issue.message.th).toContain(issue.path);
			expect(issue.message.en).toContain(issue.path);
		}
	});
});

describe('unwrap: a caller that cannot go on with invalid input gets a typed error', () => {
	it('returns the value of an accepted result', () => {
		expect(unwrap('answer', { ok: true, value: 4 })).toBe(4);
	});

	it('throws a DomainValidationError carrying the issues', () => {
		const issue: ValidationIssue = {
			path: 'answers.courtesy',
			code: 'required',
			message: { th: 'ต้องตอบ', en: 'an answer is required' }
		};
		const rejected: Validated<number> = { ok: false, issues: [issue] };
		let thrown: unknown;
		try {
			unwrap('response', rejected);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(DomainValidationError);
		expect((thrown as DomainValidationError).issues).toEqual([issue]);
		expect((thrown as Error).message).toBe(
			'response is invalid: answers.courtesy: an answer is required'
		);
	});
});
