import type { FormDefinition } from './form';
import { newId } from './ids';
import { parseFormDefinition } from './validate-form';
import type { Validated, ValidationIssue } from './validation';

export const formFileFormat = 'ruamjai-form';
export const formFileVersion = 1;

/** A form saved as a file: tagged and versioned, so a later app can still read (or refuse) it. */
export interface FormFile {
	format: typeof formFileFormat;
	formatVersion: typeof formFileVersion;
	form: FormDefinition;
}

/** Far above any real form (the demo survey is ~10 kB); refuses a wrong file before parsing it. */
export const maxFormFileLength = 2_000_000;

export type FormFileIssueCode =
	'file_too_large' | 'invalid_json' | 'not_a_form_file' | 'unsupported_format_version';

/**
 * What an imported form becomes. By default a new form (new id, version 1); `new_version` keeps the
 * file's id for a form this office already has, and the caller names the version, because only the
 * store knows the latest one (a published version is frozen, so a draft must not reuse its number).
 */
export type FormImportTarget =
	{ as: 'new_form'; id?: string } | { as: 'new_version'; version: number };

export interface FormImportOptions {
	target?: FormImportTarget;
	/** The office (and group) importing the form; a file may come from another office. */
	owner?: Pick<FormDefinition, 'officeId' | 'groupId'>;
}

/** The form as a file's text; the whole definition, publishedAt included, so nothing is lost. */
export function formToFile(form: FormDefinition): string {
	const file: FormFile = { format: formFileFormat, formatVersion: formFileVersion, form };
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/**
 * Reads a form file as a draft: never published, with a new id unless told otherwise. Issues about
 * the form itself name paths inside the form (`sections.0.key`), as parseFormDefinition does, so
 * the builder can mark the same fields as when the form is typed in.
 */
export function formFromFile(
	text: string,
	options: FormImportOptions = {}
): Validated<FormDefinition> {
	if (text.length > maxFormFileLength) {
		return rejected('', 'file_too_large', {
			th: `ไฟล์ใหญ่เกินไป (${text.length} ตัวอักษร เกินกว่า ${maxFormFileLength}) จึงไม่ใช่ไฟล์แบบฟอร์ม`,
			en: `The file is too large (${text.length} characters, above ${maxFormFileLength}) to be a form file`
		});
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return rejected('', 'invalid_json', {
			th: `ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง จึงอ่านแบบฟอร์มไม่ได้ (${detail})`,
			en: `The file is not valid JSON, so no form could be read (${detail})`
		});
	}
	if (!isRecord(parsed) || parsed.format !== formFileFormat) {
		return rejected('format', 'not_a_form_file', {
			th: `ไฟล์นี้ไม่ใช่ไฟล์แบบฟอร์มของร่วมใจ (ต้องมี "format": "${formFileFormat}")`,
			en: `This is not a Ruamjai form file (it must have "format": "${formFileFormat}")`
		});
	}
	if (parsed.formatVersion !== formFileVersion) {
		const got = JSON.stringify(parsed.formatVersion) ?? 'undefined';
		const newer =
			typeof parsed.formatVersion === 'number' && parsed.formatVersion > formFileVersion;
		return rejected(
			'formatVersion',
			'unsupported_format_version',
			newer
				? {
						th: `ไฟล์นี้สร้างจากร่วมใจรุ่นที่ใหม่กว่า (รูปแบบไฟล์ ${got}) โปรดปรับปรุงแอปก่อนนำเข้า`,
						en: `This file was made by a newer Ruamjai (file format ${got}); update the app to import it`
					}
				: {
						th: `ไม่รู้จักรูปแบบไฟล์ ${got} (รองรับรูปแบบ ${formFileVersion})`,
						en: `Unknown file format version ${got} (${formFileVersion} is supported)`
					}
		);
	}
	if (!isRecord(parsed.form)) {
		return rejected('form', 'not_a_form_file', {
			th: 'ไฟล์นี้ไม่มีแบบฟอร์ม (ช่อง "form" ว่างหรือไม่ใช่ออบเจ็กต์)',
			en: 'The file holds no form (its "form" is missing or not an object)'
		});
	}
	return parseFormDefinition({ ...parsed.form, ...draftFields(options) });
}

function draftFields({ target = { as: 'new_form' }, owner }: FormImportOptions) {
	const identity =
		target.as === 'new_form'
			? { id: target.id ?? newId(), version: 1 }
			: { version: target.version };
	return { ...identity, ...owner, publishedAt: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejected(
	path: string,
	code: FormFileIssueCode,
	message: ValidationIssue['message']
): Validated<never> {
	return { ok: false, issues: [{ path, code, message }] };
}
