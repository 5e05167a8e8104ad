import { afterEach, describe, expect, it } from 'vitest';
import type { FormDefinition, Group } from '$lib/domain';
import { answersFor, buildSatisfactionForm, fixtureIds } from '$lib/domain/testing/factories';
import {
	buildFeedbackForm,
	deviceAtSchool,
	openTestDevice,
	testGroups,
	type TestDevice
} from '../testing/device-store';

let devices: TestDevice[] = [];
afterEach(() => {
	for (const { db } of devices) db.close();
	devices = [];
});
function device(): TestDevice {
	const opened = openTestDevice();
	devices.push(opened);
	return opened;
}

const version2 = (form: FormDefinition): FormDefinition => ({
	...form,
	version: 2,
	publishedAt: '2025-02-01T08:30:00+07:00'
});

describe('master data pulled while online', () => {
	it('keeps a form version a respondent is still filling after the server moves on', async () => {
		const { device: tablet, satisfaction, feedback, session } = await deviceAtSchool(device());
		const { masterData, drafts, records } = tablet.store;
		const draft = await drafts.create(session.id, satisfaction.id);

		const replaced = await masterData.replace({ forms: [version2(satisfaction), feedback] });

		expect(replaced).toEqual({ forms: 3, formsKeptInUse: 1 });
		expect((await masterData.latestForm(satisfaction.id))?.ok).toBe(true);
		const latest = await masterData.latestForm(satisfaction.id);
		expect(latest?.ok && latest.value.version).toBe(2);
		// The respondent finishes on the version they started with.
		await drafts.setRespondent(draft.id, { respondentType: 'teacher' });
		for (const [key, value] of Object.entries(answersFor(satisfaction))) {
			await drafts.saveAnswer(draft.id, key, value);
		}
		const submitted = await records.submitDraft(draft.id);
		expect(submitted.ok && submitted.entry.record).toMatchObject({ formVersion: 1 });

		// Still kept while the record waits in the outbox; dropped once it has synced.
		await masterData.replace({ forms: [version2(satisfaction), feedback] });
		expect(await masterData.formVersion(satisfaction.id, 1)).toBeDefined();
		await records.removeSynced([draft.id]);
		await masterData.replace({ forms: [version2(satisfaction), feedback] });
		expect(await masterData.formVersion(satisfaction.id, 1)).toBeUndefined();
	});

	it('offers no new drafts on a form the server withdrew, while finishing the one in progress', async () => {
		const { device: tablet, satisfaction, feedback, session } = await deviceAtSchool(device());
		const draft = await tablet.store.drafts.create(session.id, feedback.id);

		await tablet.store.masterData.replace({ forms: [satisfaction] });

		const { forms } = await tablet.store.masterData.latestForms();
		expect(forms.map((f) => f.id)).toEqual([satisfaction.id]);
		expect(await tablet.store.masterData.latestForm(feedback.id)).toBeUndefined();
		expect((await tablet.store.masterData.formVersion(feedback.id, 1))?.ok).toBe(true);
		await tablet.store.drafts.discard(draft.id);
		await expect(tablet.store.drafts.create(session.id, feedback.id)).rejects.toMatchObject({
			reason: 'form-not-cached'
		});
	});

	it('names a cached form it cannot read and keeps offering the others', async () => {
		const tablet = device();
		const broken = { ...buildFeedbackForm(), sections: [] } as FormDefinition;
		await tablet.store.masterData.replace({ forms: [buildSatisfactionForm(), broken] });

		const { forms, unreadable } = await tablet.store.masterData.latestForms();

		expect(forms.map((f) => f.id)).toEqual([fixtureIds.formId]);
		expect(unreadable).toEqual([
			{
				id: broken.id,
				version: 1,
				title: broken.title,
				issues: [expect.objectContaining({ path: 'sections' })]
			}
		]);
	});

	it('replaces all of a pull or none of it', async () => {
		const tablet = device();
		await tablet.store.masterData.replace({ groups: testGroups });
		const withoutId = { ...testGroups[0], id: undefined } as unknown as Group;

		await expect(
			tablet.store.masterData.replace({ groups: [withoutId], forms: [buildSatisfactionForm()] })
		).rejects.toThrow();

		expect(await tablet.store.masterData.groups()).toEqual(testGroups);
		expect((await tablet.store.masterData.latestForms()).forms).toEqual([]);
	});

	it('leaves a part the pull did not bring (304 Not Modified) as it was', async () => {
		const tablet = device();
		await tablet.store.masterData.replace({ groups: testGroups, forms: [buildSatisfactionForm()] });
		await tablet.store.masterData.replace({ groups: testGroups.slice(1) });

		expect(await tablet.store.masterData.groups(fixtureIds.officeId)).toEqual(testGroups.slice(1));
		expect((await tablet.store.masterData.latestForms()).forms).toHaveLength(1);
	});
});
