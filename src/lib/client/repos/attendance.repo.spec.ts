import { afterEach, describe, expect, it } from 'vitest';
import { encodeSignature, unwrap } from '$lib/domain';
import { answersFor, buildSatisfactionForm, fixtureIds } from '$lib/domain/testing/factories';
import { tabletActivity, testActivityId } from '../testing/activities';
import {
	openTestDevice,
	putTestSupervisor,
	testGroups,
	testOffice,
	testSchool,
	type TestDevice
} from '../testing/device-store';
import type { SignInInput } from '.';

let devices: TestDevice[] = [];
afterEach(() => {
	for (const { db } of devices) db.close();
	devices = [];
});

/** A tablet at the venue of a training, with its sign-in session open. */
async function atTheVenue(activity = tabletActivity()) {
	const device = openTestDevice();
	devices.push(device);
	const satisfaction = buildSatisfactionForm();
	await device.store.masterData.replace({
		offices: [testOffice],
		groups: testGroups,
		schools: [testSchool],
		forms: [satisfaction],
		activities: [activity]
	});
	const session = unwrap(
		'activity session',
		await device.store.sessions.start({
			officeId: testOffice.id,
			schoolId: activity.schoolId,
			groupIds: [activity.groupId],
			formIds: activity.evaluationFormId ? [activity.evaluationFormId] : [],
			collectorId: await putTestSupervisor(device),
			activityId: activity.id
		})
	);
	return { device, session, satisfaction };
}

const teacher: SignInInput = {
	name: 'นางสาวสมใจ ใจดี',
	respondentType: 'teacher',
	schoolId: testSchool.id,
	organisation: '',
	signature: encodeSignature([
		[
			{ x: 10, y: 50 },
			{ x: 40, y: 20 },
			{ x: 80, y: 60 }
		]
	])
};

describe('participants sign in to an activity on the shared tablet', () => {
	it('keeps each sign-in in the outbox, to sync like a response, and on the sheet', async () => {
		const { device, session } = await atTheVenue();
		const signed = unwrap('sign-in', await device.store.attendance.signIn(session.id, teacher));

		const [waiting] = await device.store.records.listOutbox();
		expect(waiting).toMatchObject({
			kind: 'attendance',
			id: signed.entry.id,
			record: {
				activityId: testActivityId,
				officeId: testOffice.id,
				name: 'นางสาวสมใจ ใจดี',
				signature: 'M10 50l30 -30 40 40',
				sessionId: session.id
			}
		});
		expect(signed.duplicateOf).toBeUndefined();
		expect((await device.store.sessions.get(session.id))?.recordCount).toBe(1);

		// The sheet is still there after a restart, and after the record has synced.
		const reopened = device.reload();
		devices.push(reopened);
		await reopened.store.records.removeSynced([signed.entry.id]);
		const sheet = await reopened.store.attendance.sheet(testActivityId);
		expect(sheet.map((e) => [e.name, e.signed])).toEqual([['นางสาวสมใจ ใจดี', true]]);
	});

	it('keeps a second sign-in of the same person, marked as a repeat of the first', async () => {
		const { device, session } = await atTheVenue();
		const first = unwrap('first', await device.store.attendance.signIn(session.id, teacher));
		const again = unwrap(
			'again',
			await device.store.attendance.signIn(session.id, {
				...teacher,
				name: 'สมใจ  ใจดี',
				signature: null
			})
		);

		expect(again.duplicateOf?.id).toBe(first.entry.id);
		expect(await device.store.records.outboxCounts()).toMatchObject({ pending: 2 });
		const sheet = await device.store.attendance.sheet(testActivityId);
		expect(sheet.map((e) => e.duplicateOf)).toEqual([null, first.entry.id]);
	});

	it('signs in without a signature, and says which field is missing', async () => {
		const { device, session } = await atTheVenue();
		const unsigned = await device.store.attendance.signIn(session.id, {
			...teacher,
			signature: null
		});
		expect(unsigned.ok).toBe(true);

		const nameless = await device.store.attendance.signIn(session.id, {
			...teacher,
			name: '  ',
			respondentType: undefined
		});
		expect(nameless.ok).toBe(false);
		expect(!nameless.ok && nameless.issues.map((i) => i.path).sort()).toEqual([
			'name',
			'respondentType'
		]);
		expect(await device.store.records.outboxCounts()).toMatchObject({ pending: 1 });
	});

	it('takes sign-ins to a cancelled activity too: the server keeps and flags them', async () => {
		const { device, session } = await atTheVenue(tabletActivity({ status: 'cancelled' }));
		const signed = await device.store.attendance.signIn(session.id, teacher);
		expect(signed.ok).toBe(true);
	});

	it('marks the evaluations filled in the session as the activity’s', async () => {
		const { device, session, satisfaction } = await atTheVenue();
		const draft = await device.store.drafts.create(session.id, satisfaction.id);
		await device.store.drafts.setRespondent(draft.id, { respondentType: 'teacher' });
		for (const [key, value] of Object.entries(answersFor(satisfaction))) {
			await device.store.drafts.saveAnswer(draft.id, key, value);
		}
		const sent = await device.store.records.submitDraft(draft.id);
		expect(sent.ok && sent.entry.record).toMatchObject({
			activityId: testActivityId,
			groupId: fixtureIds.groupId
		});
	});

	it('opens a sign-in session without a form, but not for an activity the tablet lacks', async () => {
		const { device } = await atTheVenue(tabletActivity({ evaluationFormId: null }));
		const current = await device.store.sessions.current();
		expect(current?.formIds).toEqual([]);
		await device.store.sessions.end(current!.id);

		await expect(
			device.store.sessions.start({
				officeId: testOffice.id,
				schoolId: null,
				formIds: [],
				collectorId: await putTestSupervisor(device),
				activityId: '00000000-0000-4000-8000-000000000000'
			})
		).rejects.toMatchObject({ reason: 'activity-not-cached' });
	});

	it('keeps the activity of an open session when the server stops listing it', async () => {
		const { device } = await atTheVenue();
		await device.store.masterData.replace({ activities: [] });
		expect((await device.store.masterData.activity(testActivityId))?.topic).toBe(
			tabletActivity().topic
		);
		await device.store.sessions.end((await device.store.sessions.current())!.id);
		await device.store.masterData.replace({ activities: [] });
		expect(await device.store.masterData.activity(testActivityId)).toBeUndefined();
	});

	it('forgets the names when the session ends, while the sign-ins still wait to be sent', async () => {
		const { device, session } = await atTheVenue();
		await device.store.attendance.signIn(session.id, teacher);
		await device.store.sessions.end(session.id);

		expect(await device.store.attendance.sheet(testActivityId)).toEqual([]);
		expect(await device.store.records.outboxCounts()).toMatchObject({ pending: 1 });
	});
});
