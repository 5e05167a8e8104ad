import { describe, expect, it } from 'vitest';
import { demoSatisfactionForm } from '$lib/server/seed/demo-forms';
import { formFromFile, formToFile, maxFormFileLength } from './form-file';
import type { FormDefinition } from './form';
import { issueAt, issuesOf, THAI_SCRIPT } from './testing/issues';
import { parseFormDefinition } from './validate-form';
import { unwrap } from './validation';

const published: FormDefinition = unwrap('demo form', parseFormDefinition(demoSatisfactionForm));

function fileWith(change: (file: Record<string, unknown>) => void): string {
	const file = JSON.parse(formToFile(published)) as Record<string, unknown>;
	change(file);
	return JSON.stringify(file);
}

function expectBilingual(message: { th: string; en: string }) {
	expect(message.th).toMatch(THAI_SCRIPT);
	expect(message.en).not.toMatch(THAI_SCRIPT);
}

describe('a form saved as a file and opened again', () => {
	it('comes back as a new draft of the same form: same content, new id, version 1, unpublished', () => {
		const result = unwrap('file', formFromFile(formToFile(published)));

		expect(result.publishedAt).toBeNull();
		expect(result.id).not.toBe(published.id);
		expect(result.version).toBe(1);
		expect({ ...result, id: published.id, publishedAt: published.publishedAt }).toEqual(published);
	});

	it('is a tagged, versioned document holding the whole definition', () => {
		const file = JSON.parse(formToFile(published)) as Record<string, unknown>;
		expect(file).toEqual({ format: 'ruamjai-form', formatVersion: 1, form: published });
	});

	it('keeps its id as a new version of a form the office has, when asked', () => {
		const text = formToFile({ ...published, version: 4 });
		const result = unwrap(
			'file',
			formFromFile(text, { target: { as: 'new_version', version: 5 } })
		);
		expect(result).toMatchObject({ id: published.id, version: 5, publishedAt: null });
	});

	it('belongs to the office and group that import it', () => {
		const owner = { officeId: 'other-office', groupId: '3d0c9a52-6a2e-4c1f-9b8e-2f6a1c0d7e41' };
		const result = unwrap('file', formFromFile(formToFile(published), { owner }));
		expect(result).toMatchObject(owner);
	});
});

describe('a file that is not a form', () => {
	it('is refused when it is not JSON at all', () => {
		const issue = issueAt(formFromFile('{"format": "ruamjai-form",'), '');
		expect(issue.code).toBe('invalid_json');
		expectBilingual(issue.message);
	});

	it('is refused when it is JSON of something else', () => {
		for (const text of ['[]', 'null', '{"name":"x"}', fileWith((f) => (f.format = 'kobo'))]) {
			const issue = issueAt(formFromFile(text), 'format');
			expect(issue.code).toBe('not_a_form_file');
			expectBilingual(issue.message);
		}
	});

	it('is refused, saying so, when a newer app wrote it', () => {
		const issue = issueAt(formFromFile(fileWith((f) => (f.formatVersion = 2))), 'formatVersion');
		expect(issue.code).toBe('unsupported_format_version');
		expect(issue.message.en).toMatch(/newer Ruamjai/);
		expectBilingual(issue.message);
	});

	it('is refused when the form is missing', () => {
		const issue = issueAt(formFromFile(fileWith((f) => delete f.form)), 'form');
		expect(issue.code).toBe('not_a_form_file');
	});

	it('is refused before parsing when it is far too large', () => {
		const issue = issueAt(formFromFile(' '.repeat(maxFormFileLength + 1)), '');
		expect(issue.code).toBe('file_too_large');
	});
});

describe('a form file whose form is broken', () => {
	it('names the field inside the form, as the builder does', () => {
		const text = fileWith((f) => {
			const form = f.form as FormDefinition;
			form.sections[1]!.questions[0] = { ...form.sections[1]!.questions[0]!, key: 'Bad Key' };
		});
		const issue = issueAt(formFromFile(text), 'sections.1.questions.0.key');
		expectBilingual(issue.message);
	});

	it('reports the rules that span fields, such as a rating with an undeclared dimension', () => {
		const text = fileWith((f) => {
			(f.form as FormDefinition).dimensions = [];
		});
		const issues = issuesOf(formFromFile(text));
		expect(issues.map((i) => i.code)).toContain('unknown_dimension');
	});
});
