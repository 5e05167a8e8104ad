import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formToFile, questionsOf, type FormDefinition } from '$lib/domain';
import { addQuestion, removeQuestion, updateQuestion } from '$lib/domain/form-builder';
import { sampleXlsForm } from '$lib/domain/xlsform/testing/sample-xlsform';
import { AccessDeniedError } from '../auth/policy';
import { adminOf, leaderOf } from '../auth/testing/principals';
import { demoGroups, demoOffice } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import { StoreError } from '../store/errors';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import {
	createForm,
	discardDraft,
	exportForm,
	FormNotFoundError,
	importForm,
	listEditableForms,
	loadFormForEditing,
	publishDraft,
	saveDraft
} from './form-drafts';
import { workbookOf } from './testing/workbook';

const [, , personnel, finance] = demoGroups as [
	(typeof demoGroups)[0],
	(typeof demoGroups)[0],
	(typeof demoGroups)[0],
	(typeof demoGroups)[0]
];

describe.each(storesUnderTest())('drafts and versions of forms on $name', (kind) => {
	let store: Store;
	const admin = adminOf(demoOffice.id);
	const leader = leaderOf(personnel, 'ผอ.กลุ่มบุคคล');
	const otherLeader = leaderOf(finance, 'ผอ.กลุ่มการเงิน');

	beforeAll(async () => {
		store = await kind.open();
		await seedDemoContent(store);
	});
	afterAll(() => kind.dispose());

	async function newPersonnelForm(title = 'แบบประเมินการอบรมครู'): Promise<FormDefinition> {
		return createForm(store, leader, {
			title: { th: title, en: 'Teacher training evaluation' },
			kind: 'evaluation',
			groupId: personnel.id
		});
	}

	async function audit(action: string, subject: string) {
		return store.accounts.audit.list(demoOffice.id, 10, { action, subjects: [subject] });
	}

	it('a group leader starts a form: a draft of version 1 that no tablet receives', async () => {
		const form = await newPersonnelForm();
		expect(form).toMatchObject({ version: 1, publishedAt: null, groupId: personnel.id });
		expect((await store.forms.listPublished(demoOffice.id)).map((f) => f.id)).not.toContain(
			form.id
		);
		const listed = (await listEditableForms(store, leader)).find((f) => f.id === form.id);
		expect(listed).toMatchObject({ published: null, draft: { version: 1 } });
	});

	it('saves an edit to the draft in place, and refuses an invalid one with issues by path', async () => {
		const form = await newPersonnelForm();
		const edited = addQuestion(form, 0, 'long_text').form;
		const invalid = await saveDraft(store, leader, form.id, edited);
		expect(invalid.ok).toBe(false);
		if (!invalid.ok) {
			expect(invalid.issues.map((i) => i.path)).toContain('sections.0.questions.1.label.th');
		}
		const valid = updateQuestion(edited, { section: 0, question: 1 }, (q) => ({
			...q,
			label: { th: 'ข้อเสนอแนะ', en: '' }
		}));
		const saved = await saveDraft(store, leader, form.id, { ...valid, version: 99, id: 'x' });
		expect(saved.ok).toBe(true);
		const stored = await store.forms.get(form.id, 1);
		expect(questionsOf(stored!).map((q) => q.label)).toEqual([
			{ th: 'คำถามที่ 1', en: 'Question 1' },
			{ th: 'ข้อเสนอแนะ' }
		]);
		expect(await store.forms.get(form.id, 99)).toBeNull();
	});

	it('publishing freezes the version and audits it; the next edit is a draft of the next version', async () => {
		const form = await newPersonnelForm();
		const now = new Date('2025-01-10T03:00:00Z');
		const published = await publishDraft(store, leader, form.id, now);
		expect(published).toMatchObject({ ok: true, form: { version: 1 } });
		expect((await store.forms.listPublished(demoOffice.id)).map((f) => f.id)).toContain(form.id);
		expect(await audit('form-published', form.id)).toMatchObject([
			{ actorName: 'ผอ.กลุ่มบุคคล', detail: { version: 1, title: 'แบบประเมินการอบรมครู' } }
		]);
		expect(await publishDraft(store, leader, form.id)).toEqual({ ok: false, reason: 'no-draft' });

		// The editor opens the published form as the start of version 2, not yet stored.
		const opened = await loadFormForEditing(store, leader, form.id);
		expect(opened).toMatchObject({ isDraft: false, form: { version: 2, publishedAt: null } });

		// Removing the only question of version 1 would break its answers: it becomes version 2.
		let next = addQuestion(opened.form, 0, 'number').form;
		next = updateQuestion(next, { section: 0, question: 1 }, (q) => ({
			...q,
			label: { th: 'จำนวนชั่วโมง' }
		}));
		next = removeQuestion(next, { section: 0, question: 0 });
		const saved = await saveDraft(store, leader, form.id, next);
		expect(saved).toMatchObject({
			ok: true,
			form: { version: 2 },
			breaking: [{ kind: 'question-removed', question: 'q1' }]
		});
		const v1 = await store.forms.get(form.id, 1);
		expect(questionsOf(v1!).map((q) => q.key)).toEqual(['q1']);
		expect(v1!.publishedAt).not.toBeNull();
		// The store itself refuses to change a published version.
		await expect(store.forms.save({ ...v1!, title: { th: 'แก้แล้ว' } })).rejects.toThrow(StoreError);

		expect((await listEditableForms(store, leader)).find((f) => f.id === form.id)).toMatchObject({
			published: { version: 1 },
			draft: { version: 2 }
		});
		expect(await discardDraft(store, leader, form.id)).toBe(true);
		expect(await store.forms.get(form.id, 2)).toBeNull();
		expect(await store.forms.get(form.id, 1)).not.toBeNull();
	});

	it('an id that is no form, even one that is not a uuid, is "not found"', async () => {
		await expect(loadFormForEditing(store, admin, 'not-a-form')).rejects.toThrow(FormNotFoundError);
		await expect(loadFormForEditing(store, admin, crypto.randomUUID())).rejects.toThrow(
			FormNotFoundError
		);
	});

	it("a group leader cannot see, open, edit or publish another group's form; an admin can", async () => {
		const form = await newPersonnelForm();
		expect((await listEditableForms(store, otherLeader)).map((f) => f.id)).not.toContain(form.id);
		await expect(loadFormForEditing(store, otherLeader, form.id)).rejects.toThrow(
			AccessDeniedError
		);
		await expect(saveDraft(store, otherLeader, form.id, form)).rejects.toThrow(AccessDeniedError);
		await expect(publishDraft(store, otherLeader, form.id)).rejects.toThrow(AccessDeniedError);
		await expect(
			createForm(store, otherLeader, {
				title: { th: 'ไม่ใช่กลุ่มของตน' },
				kind: 'evaluation',
				groupId: personnel.id
			})
		).rejects.toThrow(AccessDeniedError);
		await expect(
			createForm(store, leader, { title: { th: 'ทั้งสำนักงาน' }, kind: 'evaluation', groupId: null })
		).rejects.toThrow(AccessDeniedError);
		expect((await listEditableForms(store, admin)).map((f) => f.id)).toContain(form.id);
		expect((await loadFormForEditing(store, admin, form.id)).isDraft).toBe(true);
	});

	it('exports a form as a file that imports back as a new draft of the importing group', async () => {
		const form = await newPersonnelForm('แบบฟอร์มสำหรับส่งออก');
		const file = await exportForm(store, leader, form.id);
		expect(file.fileName).toBe('teacher-training-evaluation-v1.ruamjai-form.json');
		const imported = await importForm(store, admin, {
			fileName: file.fileName,
			bytes: new TextEncoder().encode(file.text),
			groupId: finance.id,
			kind: 'evaluation'
		});
		expect(imported).toMatchObject({ ok: true, source: 'json', notImported: [] });
		if (!imported.ok) return;
		expect(imported.form.id).not.toBe(form.id);
		expect(imported.form).toMatchObject({ version: 1, publishedAt: null, groupId: finance.id });
		expect(imported.form.sections).toEqual(form.sections);
		expect(await audit('form-imported', imported.form.id)).toMatchObject([
			{ detail: { source: 'json', title: 'แบบฟอร์มสำหรับส่งออก', notImported: 0 } }
		]);
	});

	it('refuses a file that is not a form, saying why in Thai and English, and stores nothing', async () => {
		const before = (await store.forms.listVersions(demoOffice.id)).length;
		const refused = await importForm(store, leader, {
			fileName: 'notes.json',
			bytes: new TextEncoder().encode(
				formToFile(await newPersonnelForm()).replace('ruamjai-form', 'x')
			),
			groupId: personnel.id,
			kind: 'evaluation'
		});
		expect(refused).toMatchObject({ ok: false, issues: [{ code: 'not_a_form_file' }] });
		expect((await store.forms.listVersions(demoOffice.id)).length).toBe(before + 1);
	});

	it('imports an XLSForm workbook as a draft and lists what it left out', async () => {
		const imported = await importForm(store, leader, {
			fileName: 'kobo-export.xlsx',
			bytes: await workbookOf(sampleXlsForm),
			groupId: personnel.id,
			kind: 'satisfaction'
		});
		expect(imported.ok).toBe(true);
		if (!imported.ok) return;
		expect(imported.source).toBe('xlsform');
		expect(imported.form).toMatchObject({ publishedAt: null, groupId: personnel.id });
		expect(imported.notImported.map((n) => n.what)).toEqual(
			expect.arrayContaining(['start start', 'geopoint location'])
		);
		expect(await audit('form-imported', imported.form.id)).toMatchObject([
			{ detail: { source: 'xlsform', notImported: imported.notImported.length } }
		]);
	});
});
