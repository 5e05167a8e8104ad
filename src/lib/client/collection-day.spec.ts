import { afterEach, describe, expect, it } from 'vitest';
import { parseResponse, type Answers } from '$lib/domain';
import { answersFor, fixtureIds } from '$lib/domain/testing/factories';
import { THAI_SCRIPT } from '$lib/domain/testing/issues';
import { CollectionError } from './repos';
import {
	deviceAtSchool,
	failingWrites,
	openTestDevice,
	putTestSupervisor,
	testSupervisor,
	type TestDevice
} from './testing/device-store';

let devices: TestDevice[] = [];
afterEach(() => {
	for (const { db } of devices) db.close();
	devices = [];
});
function track(device: TestDevice): TestDevice {
	devices.push(device);
	return device;
}

describe('a collection day at a school with no signal', () => {
	it('keeps every answer through a reload, then moves the finished response to the outbox', async () => {
		const { device, satisfaction, session } = await deviceAtSchool(track(openTestDevice()));
		const { drafts } = device.store;

		const draft = await drafts.create(session.id, satisfaction.id);
		await drafts.setRespondent(draft.id, { respondentType: 'teacher' });
		const answers = answersFor(satisfaction, { suggestion: 'อยากให้ติดตามผลบ่อยขึ้น' });
		for (const [key, value] of Object.entries(answers)) {
			await drafts.saveAnswer(draft.id, key, value);
			if (key === 'speed') await drafts.setSection(draft.id, 1);
		}

		// The tablet reloads (or the browser is restarted) before the respondent taps "send".
		const reloaded = track(device.reload());
		const resumedSession = await reloaded.store.sessions.current();
		expect(resumedSession?.id).toBe(session.id);
		const resumed = await reloaded.store.drafts.current(session.id);
		expect(resumed).toMatchObject({
			id: draft.id,
			formId: satisfaction.id,
			formVersion: satisfaction.version,
			sectionIndex: 1,
			respondent: { respondentType: 'teacher', groupId: fixtureIds.groupId },
			answers
		});

		const submitted = await reloaded.store.records.submitDraft(draft.id);
		if (!submitted.ok) throw new Error(JSON.stringify(submitted.issues));
		const { record } = submitted.entry;
		// The record in the outbox is exactly what the server's parser accepts, and carries the draft's id.
		expect(parseResponse(record, satisfaction)).toEqual({ ok: true, value: record });
		expect(record).toMatchObject({
			id: draft.id,
			sessionId: session.id,
			schoolId: session.schoolId,
			deviceId: session.deviceId,
			answers
		});
		expect(await reloaded.store.drafts.get(draft.id)).toBeUndefined();
		expect(await reloaded.store.records.listOutbox()).toEqual([submitted.entry]);
		expect(await reloaded.store.records.outboxCounts()).toEqual({
			pending: 1,
			needsAttention: 0,
			total: 1
		});
		expect(await reloaded.store.sessions.recordCounts(session.id)).toEqual({
			submitted: 1,
			waiting: 1
		});
	});

	it('stores a complaint from the same kiosk as a feedback item, with contact only when asked for', async () => {
		const { device, feedback, session } = await deviceAtSchool(track(openTestDevice()));
		const { drafts, records } = device.store;

		const draft = await drafts.create(session.id, feedback.id);
		const answers: Answers = {
			feedback_kind: 'complaint',
			topic_group: 'supervision',
			subject: 'การนิเทศล่าช้า',
			details: 'ศึกษานิเทศก์นัดแล้วไม่มาตามนัดสองครั้ง',
			wants_contact: 'yes',
			contact_name: 'นายสมชาย รักเรียน',
			contact_phone: '081-234-5678'
		};
		for (const [key, value] of Object.entries(answers))
			await drafts.saveAnswer(draft.id, key, value);

		const submitted = await records.submitDraft(draft.id);
		if (!submitted.ok) throw new Error(JSON.stringify(submitted.issues));
		expect(submitted.entry.kind).toBe('feedback');
		expect(submitted.entry.record).toMatchObject({
			id: draft.id,
			kind: 'complaint',
			track: 'general',
			groupId: fixtureIds.otherGroupId,
			schoolId: session.schoolId,
			body: answers.details,
			anonymous: false,
			contact: { name: 'นายสมชาย รักเรียน', phone: '081-234-5678' },
			channel: 'kiosk'
		});

		const anonymous = await drafts.create(session.id, feedback.id);
		await drafts.saveAnswer(anonymous.id, 'feedback_kind', 'compliment');
		await drafts.saveAnswer(anonymous.id, 'details', 'เจ้าหน้าที่ให้คำแนะนำดีมาก');
		await drafts.saveAnswer(anonymous.id, 'wants_contact', 'no');
		const second = await records.submitDraft(anonymous.id);
		expect(second.ok && second.entry.record).toMatchObject({
			anonymous: true,
			contact: null,
			groupId: fixtureIds.groupId
		});
		expect(await device.store.sessions.recordCounts(session.id)).toEqual({
			submitted: 2,
			waiting: 2
		});
	});

	it('refuses a response with a required answer missing, says what to fix, and keeps the draft', async () => {
		const { device, satisfaction, session } = await deviceAtSchool(track(openTestDevice()));
		const { drafts, records } = device.store;
		const draft = await drafts.create(session.id, satisfaction.id);
		const answers = answersFor(satisfaction, { overall: undefined });
		for (const [key, value] of Object.entries(answers))
			await drafts.saveAnswer(draft.id, key, value);

		const submitted = await records.submitDraft(draft.id);

		expect(submitted.ok).toBe(false);
		const issues = submitted.ok ? [] : submitted.issues;
		// Both the respondent field and the unanswered question, at once, each in Thai and English.
		expect(issues.map((i) => [i.path, i.code])).toEqual(
			expect.arrayContaining([
				['respondentType', 'required'],
				['answers.overall', 'required']
			])
		);
		for (const issue of issues) expect(issue.message.th).toMatch(THAI_SCRIPT);
		expect((await drafts.get(draft.id))?.answers).toEqual(answers);
		expect(await records.outboxCounts()).toMatchObject({ total: 0 });

		await drafts.setRespondent(draft.id, { respondentType: 'parent' });
		await drafts.saveAnswer(draft.id, 'overall', 5);
		expect((await records.submitDraft(draft.id)).ok).toBe(true);
	});

	it('leaves the draft in place when the outbox cannot take the record', async () => {
		const { device, satisfaction, session } = await deviceAtSchool(track(openTestDevice()));
		const draft = await device.store.drafts.create(session.id, satisfaction.id);
		await device.store.drafts.setRespondent(draft.id, { respondentType: 'teacher' });
		for (const [key, value] of Object.entries(answersFor(satisfaction))) {
			await device.store.drafts.saveAnswer(draft.id, key, value);
		}
		const before = await device.store.drafts.get(draft.id);

		const broken = track(device.reload([failingWrites('outbox', () => new Error('disk error'))]));
		await expect(broken.store.records.submitDraft(draft.id)).rejects.toThrow('disk error');

		// The draft was deleted first in the same transaction; the failed add rolled that back.
		expect(await broken.store.drafts.get(draft.id)).toEqual(before);
		expect(await broken.store.records.outboxCounts()).toMatchObject({ total: 0 });
	});

	it('undoes the draft removal and the outbox add when the session count cannot be written', async () => {
		const { device, satisfaction, session } = await deviceAtSchool(track(openTestDevice()));
		const draft = await device.store.drafts.create(session.id, satisfaction.id);
		await device.store.drafts.setRespondent(draft.id, { respondentType: 'teacher' });
		for (const [key, value] of Object.entries(answersFor(satisfaction))) {
			await device.store.drafts.saveAnswer(draft.id, key, value);
		}

		const broken = track(device.reload([failingWrites('sessions', () => new Error('disk error'))]));
		await expect(broken.store.records.submitDraft(draft.id)).rejects.toThrow('disk error');

		expect(await broken.store.drafts.get(draft.id)).toBeDefined();
		expect(await broken.store.records.listOutbox()).toEqual([]);
		expect(await broken.store.sessions.recordCounts(session.id)).toEqual({
			submitted: 0,
			waiting: 0
		});
	});

	it('takes one respondent at a time and ends the session only when no form is left half done', async () => {
		const { device, satisfaction, feedback, session } = await deviceAtSchool(
			track(openTestDevice())
		);
		const { drafts, sessions } = device.store;
		const draft = await drafts.create(session.id, satisfaction.id);

		await expect(drafts.create(session.id, feedback.id)).rejects.toMatchObject({
			reason: 'draft-in-progress'
		});
		await expect(sessions.end(session.id)).rejects.toBeInstanceOf(CollectionError);
		const started = sessions.start({
			officeId: session.officeId,
			schoolId: null,
			formIds: [satisfaction.id],
			collectorId: session.collectorId!
		});
		await expect(started).rejects.toMatchObject({ reason: 'session-already-open' });

		const ended = await sessions.end(session.id, { discardDrafts: true });
		expect(ended.endedAt).not.toBeNull();
		expect(await drafts.get(draft.id)).toBeUndefined();
		expect(await sessions.current()).toBeUndefined();
		await expect(drafts.create(session.id, satisfaction.id)).rejects.toMatchObject({
			reason: 'session-ended'
		});
		await expect(drafts.saveAnswer(draft.id, 'overall', 5)).rejects.toMatchObject({
			reason: 'draft-not-found'
		});
	});

	it('clears an answer given as undefined and refuses a key that is not a question key', async () => {
		const { device, satisfaction, session } = await deviceAtSchool(track(openTestDevice()));
		const { drafts } = device.store;
		const draft = await drafts.create(session.id, satisfaction.id);
		await drafts.saveAnswer(draft.id, 'overall', 5);
		await drafts.saveAnswer(draft.id, 'speed', 3);
		await drafts.saveAnswer(draft.id, 'overall', undefined);

		expect((await drafts.get(draft.id))?.answers).toEqual({ speed: 3 });
		await expect(drafts.saveAnswer(draft.id, 'answers.x', 1)).rejects.toBeInstanceOf(RangeError);
	});

	it('starts no session with a form the device has not downloaded', async () => {
		const device = track(openTestDevice());
		const collectorId = await putTestSupervisor(device);
		const started = device.store.sessions.start({
			officeId: fixtureIds.officeId,
			schoolId: null,
			formIds: [fixtureIds.formId],
			collectorId
		});
		await expect(started).rejects.toMatchObject({ reason: 'form-not-cached' });
		const invalid = await device.store.sessions.start({
			officeId: fixtureIds.officeId,
			schoolId: null,
			formIds: [],
			collectorId: 'someone'
		});
		expect(invalid.ok ? [] : invalid.issues.map((i) => i.path).sort()).toEqual([
			'collectorId',
			'formIds'
		]);
	});

	it('starts a session only for a supervisor on the tablet, named as the tablet knows them', async () => {
		const { device, satisfaction, session } = await deviceAtSchool(track(openTestDevice()));
		expect(session).toMatchObject({
			collectorId: testSupervisor.id,
			collectorName: testSupervisor.displayName
		});
		await device.store.sessions.end(session.id);
		const stranger = device.store.sessions.start({
			officeId: session.officeId,
			schoolId: null,
			formIds: [satisfaction.id],
			collectorId: '0193a0c4-0000-7000-8000-000000000001'
		});
		await expect(stranger).rejects.toMatchObject({ reason: 'supervisor-not-on-device' });
	});
});
