import {
	formFromFile,
	formToFile,
	importXlsForm,
	newId,
	parseFormDefinition,
	type FormDefinition,
	type FormKind,
	type LocalizedText,
	type NotImported,
	type ValidationIssue
} from '$lib/domain';
import { breakingChanges, newForm, tidyDraft, type BreakingChange } from '$lib/domain/form-builder';
import { AccessDeniedError, policy, type FormRef, type Principal } from '../auth/policy';
import { recordAudit } from '../auth/audit';
import type { FormVersionRow, Store } from '../store/types';
import { readXlsForm } from './read-xlsform';

/*
 * The form builder's service (issue 7). A draft is the form's unpublished version row: one per
 * form at most, numbered one after the latest published version, rewritten on each save. Publishing
 * stamps it, after which the store refuses to change it; the next edit starts the next draft.
 * So an edit never changes what earlier respondents answered, and responses keep naming the
 * version they were given.
 */

export class FormNotFoundError extends Error {
	readonly text = {
		th: 'ไม่พบแบบฟอร์มนี้',
		en: 'There is no such form.'
	};
	constructor(readonly formId: string) {
		super(`No form ${formId}`);
		this.name = 'FormNotFoundError';
	}
}

/** One line of the builder's list: the latest published version and the draft, if any. */
export interface FormListEntry {
	id: string;
	title: LocalizedText;
	kind: FormKind;
	groupId: string | null;
	published: { version: number; publishedAt: string } | null;
	draft: { version: number; savedAt: string } | null;
}

/** The forms a user may edit, newest title order left to the page. */
export async function listEditableForms(store: Store, user: Principal): Promise<FormListEntry[]> {
	const byId = new Map<string, FormVersionRow[]>();
	for (const row of await store.forms.listVersions(user.officeId)) {
		byId.set(row.form.id, [...(byId.get(row.form.id) ?? []), row]);
	}
	const entries: FormListEntry[] = [];
	for (const [id, rows] of byId) {
		const latest = rows.at(-1)!;
		if (!policy.editForm(user, latest.form)) continue;
		const published = rows.findLast((r) => r.published);
		const draft = latest.published ? undefined : latest;
		entries.push({
			id,
			title: latest.form.title,
			kind: latest.form.kind,
			groupId: latest.form.groupId,
			published: published
				? { version: published.form.version, publishedAt: published.form.publishedAt! }
				: null,
			draft: draft ? { version: draft.form.version, savedAt: draft.savedAt } : null
		});
	}
	return entries;
}

/** What the editor opens: the draft, or the published version as the start of the next one. */
export interface FormForEditing {
	form: FormDefinition;
	/** True when `form` is a stored draft; false when it is the published one, not yet edited. */
	isDraft: boolean;
	/** The latest published version, which the draft is compared with. */
	published: FormDefinition | null;
	/** Responses stored for the latest published version. */
	publishedResponses: number;
	breaking: BreakingChange[];
}

async function versionsFor(store: Store, user: Principal, formId: string) {
	const rows = await store.forms.versionsOfForm(formId);
	const latest = rows.at(-1);
	if (latest === undefined || latest.form.officeId !== user.officeId) {
		throw new FormNotFoundError(formId);
	}
	if (!policy.editForm(user, latest.form)) throw new AccessDeniedError(`edit form ${formId}`);
	const published = rows.findLast((r) => r.published)?.form ?? null;
	return { latest, published };
}

export async function loadFormForEditing(
	store: Store,
	user: Principal,
	formId: string
): Promise<FormForEditing> {
	const { latest, published } = await versionsFor(store, user, formId);
	const counts = published ? await store.forms.responseCounts(formId) : new Map();
	const isDraft = !latest.published;
	const form = isDraft
		? latest.form
		: { ...latest.form, version: latest.form.version + 1, publishedAt: null };
	return {
		form,
		isDraft,
		published,
		publishedResponses: published ? (counts.get(published.version) ?? 0) : 0,
		breaking: published ? breakingChanges(published, form) : []
	};
}

export interface NewFormRequest {
	title: LocalizedText;
	kind: FormKind;
	groupId: string | null;
}

function assertMayOwn(user: Principal, owner: FormRef) {
	if (owner.officeId !== user.officeId || !policy.editForm(user, owner)) {
		throw new AccessDeniedError(`a form of group ${owner.groupId ?? '(office-wide)'}`);
	}
}

/** Starts a form as a draft of version 1, from the builder's starter (one section, one question). */
export async function createForm(
	store: Store,
	user: Principal,
	request: NewFormRequest,
	id: string = newId()
): Promise<FormDefinition> {
	assertMayOwn(user, { officeId: user.officeId, groupId: request.groupId });
	const form = newForm({ id, officeId: user.officeId, ...request });
	// The starter's question needs a label to be a valid form; the author rewrites it.
	form.sections[0]!.questions[0]!.label = { th: 'คำถามที่ 1', en: 'Question 1' };
	return (await store.forms.save(form)).form;
}

export type SaveDraftOutcome =
	| { ok: true; form: FormDefinition; breaking: BreakingChange[] }
	| { ok: false; issues: ValidationIssue[] };

/**
 * Saves the editor's form as the draft. Its identity (id, office, group, version) comes from the
 * store, never from the posted form; a published form gets a new draft version instead of a change.
 */
export async function saveDraft(
	store: Store,
	user: Principal,
	formId: string,
	input: unknown
): Promise<SaveDraftOutcome> {
	const { latest, published } = await versionsFor(store, user, formId);
	const version = latest.published ? latest.form.version + 1 : latest.form.version;
	if (typeof input !== 'object' || input === null) {
		return { ok: false, issues: [{ path: '', code: 'invalid_type', message: notAForm }] };
	}
	const candidate = {
		...tidyDraft(input as FormDefinition),
		id: formId,
		officeId: latest.form.officeId,
		groupId: latest.form.groupId,
		version,
		publishedAt: null
	};
	const parsed = parseFormDefinition(candidate);
	if (!parsed.ok) return parsed;
	const { form } = await store.forms.save(parsed.value);
	return { ok: true, form, breaking: published ? breakingChanges(published, form) : [] };
}

const notAForm = {
	th: 'ข้อมูลที่ส่งมาไม่ใช่แบบฟอร์ม',
	en: 'What was sent is not a form'
};

export type PublishOutcome =
	| { ok: true; form: FormDefinition; breaking: BreakingChange[] }
	| { ok: false; reason: 'no-draft' };

/** Publishes the draft as it is stored: the version then never changes (audit `form-published`). */
export async function publishDraft(
	store: Store,
	user: Principal,
	formId: string,
	now: Date = new Date()
): Promise<PublishOutcome> {
	const { latest, published } = await versionsFor(store, user, formId);
	if (latest.published) return { ok: false, reason: 'no-draft' };
	const { form } = await store.forms.save({ ...latest.form, publishedAt: now.toISOString() });
	const breaking = published ? breakingChanges(published, form) : [];
	await recordAudit(
		store,
		{
			officeId: form.officeId,
			actor: user,
			action: 'form-published',
			subject: form.id,
			detail: { version: form.version, title: form.title.th, breakingChanges: breaking.length }
		},
		now
	);
	return { ok: true, form, breaking };
}

/** Throws the draft away; the published versions stay. False when there was no draft. */
export async function discardDraft(
	store: Store,
	user: Principal,
	formId: string
): Promise<boolean> {
	const { latest } = await versionsFor(store, user, formId);
	if (latest.published) return false;
	return store.forms.discardDraft(formId, latest.form.version);
}

/** The latest version (the draft if there is one) as a form file. */
export async function exportForm(
	store: Store,
	user: Principal,
	formId: string
): Promise<{ fileName: string; text: string }> {
	const { latest } = await versionsFor(store, user, formId);
	const slug = latest.form.title.en
		?.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	const fileName = `${slug || 'form'}-v${latest.form.version}.ruamjai-form.json`;
	return { fileName, text: formToFile(latest.form) };
}

export interface ImportRequest {
	fileName: string;
	bytes: Uint8Array;
	groupId: string | null;
	kind: FormKind;
}

export type ImportOutcome =
	| { ok: true; form: FormDefinition; source: 'json' | 'xlsform'; notImported: NotImported[] }
	| { ok: false; issues: ValidationIssue[]; notImported: NotImported[] };

/**
 * Imports a form file (JSON, the zod schema) or an XLSForm (.xlsx) as a new draft of version 1
 * owned by `groupId` (audit `form-imported`). What an XLSForm held that a form cannot comes back
 * in `notImported`, to be shown to the author.
 */
export async function importForm(
	store: Store,
	user: Principal,
	request: ImportRequest,
	now: Date = new Date()
): Promise<ImportOutcome> {
	const owner = { officeId: user.officeId, groupId: request.groupId };
	assertMayOwn(user, owner);
	const source = looksLikeJson(request) ? 'json' : 'xlsform';
	let form: FormDefinition;
	let notImported: NotImported[] = [];
	if (source === 'json') {
		const read = formFromFile(new TextDecoder().decode(request.bytes), { owner });
		if (!read.ok) return { ok: false, issues: read.issues, notImported };
		form = read.value;
	} else {
		const sheets = await readXlsForm(Buffer.from(request.bytes));
		if (!sheets.ok) return { ok: false, issues: sheets.issues, notImported };
		const read = importXlsForm(sheets.value, {
			...owner,
			kind: request.kind,
			fallbackTitle: request.fileName.replace(/\.[^.]*$/, '')
		});
		if (!read.ok) return { ok: false, issues: read.issues, notImported: read.notImported };
		form = read.value.form;
		notImported = read.value.notImported;
	}
	const saved = (await store.forms.save(form)).form;
	await recordAudit(
		store,
		{
			officeId: saved.officeId,
			actor: user,
			action: 'form-imported',
			subject: saved.id,
			detail: {
				source,
				fileName: request.fileName,
				title: saved.title.th,
				notImported: notImported.length
			}
		},
		now
	);
	return { ok: true, form: saved, source, notImported };
}

function looksLikeJson({ fileName, bytes }: ImportRequest): boolean {
	if (/\.json$/i.test(fileName)) return true;
	// An .xlsx is a zip and starts with "PK"; a form file starts with "{" after any BOM or space.
	const start = new TextDecoder()
		.decode(bytes.subarray(0, 16))
		.replace(/^\uFEFF/, '')
		.trimStart();
	return start.startsWith('{');
}
