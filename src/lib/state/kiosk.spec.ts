import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unwrap } from '$lib/domain';
import {
	buildFormWithQuestions,
	buildSatisfactionForm,
	fixtureIds
} from '$lib/domain/testing/factories';
import {
	buildFeedbackForm,
	openTestDevice,
	putTestSupervisor,
	testGroups,
	testSupervisor,
	testOffice,
	testSchool,
	type TestDevice
} from '$lib/client/testing/device-store';
import type { FormDefinition } from '$lib/domain';
import { KioskFlow, kioskTimingsFrom, loadKiosk } from './kiosk.svelte';

/** One clock for the device store and the kiosk, moved by hand. */
function manualClock(start = '2025-01-15T02:00:00.000Z') {
	let time = Date.parse(start);
	return {
		now: () => time,
		date: () => new Date(time),
		advance(ms: number) {
			time += ms;
		}
	};
}

let devices: TestDevice[] = [];
let clock = manualClock();

beforeEach(() => {
	clock = manualClock();
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
	vi.useRealTimers();
	for (const { db } of devices) db.close();
	devices = [];
});

/** A tablet at a school with an office-wide survey, the opinion form, and a session for two groups. */
async function tabletWithSession(
	options: { survey?: FormDefinition; groupIds?: string[]; extraFormIds?: string[] } = {}
) {
	const device = openTestDevice({ now: clock.date });
	devices.push(device);
	const survey = options.survey ?? buildSatisfactionForm({ groupId: null });
	const feedback = buildFeedbackForm();
	await device.store.masterData.replace({
		offices: [testOffice],
		groups: testGroups,
		schools: [testSchool],
		forms: [feedback, survey]
	});
	const session = unwrap(
		'session',
		await device.store.sessions.start({
			officeId: testOffice.id,
			schoolId: testSchool.id,
			groupIds: options.groupIds ?? testGroups.map((g) => g.id),
			formIds: [feedback.id, survey.id, ...(options.extraFormIds ?? [])],
			collectorId: await putTestSupervisor(device)
		})
	);
	return { device, survey, feedback, session };
}

async function openKiosk(device: TestDevice, timings = kioskTimingsFrom(new URLSearchParams())) {
	const loaded = await loadKiosk(device.store);
	if (loaded.status !== 'ready') throw new Error(`kiosk did not load: ${loaded.status}`);
	const holds: string[] = [];
	const flow = new KioskFlow(device.store, loaded.setup, {
		timings,
		now: clock.now,
		holdUpdates: (reason) => {
			holds.push(reason);
			return () => holds.splice(holds.indexOf(reason), 1);
		}
	});
	const disconnect = flow.connect();
	return { flow, setup: loaded.setup, holds, disconnect };
}

function fieldsOf(flow: KioskFlow): string[] {
	return flow.issues.map((i) => i.field);
}

describe('loading the kiosk', () => {
	it('says so when no session is open', async () => {
		const device = openTestDevice({ now: clock.date });
		devices.push(device);
		expect(await loadKiosk(device.store)).toEqual({ status: 'no-session' });
	});

	it('offers the survey first and names a form the device does not have, keeping the others', async () => {
		const missing = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
		const device = openTestDevice({ now: clock.date });
		devices.push(device);
		const survey = buildSatisfactionForm({ groupId: null });
		const feedback = buildFeedbackForm();
		await device.store.masterData.replace({
			offices: [testOffice],
			groups: testGroups,
			schools: [testSchool],
			forms: [feedback, survey]
		});
		// A session names a form the latest pull no longer has (the session started before it).
		await device.db.sessions.add({
			id: '0c4f8e2a-1b3d-4c5e-9f6a-7b8c9d0e1f2a',
			officeId: testOffice.id,
			schoolId: testSchool.id,
			groupIds: [],
			formIds: [feedback.id, missing, survey.id],
			collectorName: 'ศึกษานิเทศก์ ทดสอบ',
			collectorId: null,
			deviceId: fixtureIds.deviceId,
			startedAt: clock.date().toISOString(),
			endedAt: null,
			recordCount: 0
		});

		const loaded = await loadKiosk(device.store);

		if (loaded.status !== 'ready') throw new Error(loaded.status);
		expect(loaded.setup.forms.map((f) => f.kind)).toEqual(['satisfaction', 'feedback']);
		expect(loaded.setup.unavailable).toEqual([
			{ id: missing, title: undefined, reason: expect.objectContaining({ th: expect.any(String) }) }
		]);
		// A session naming no group lets the respondent choose among all the office's.
		expect(loaded.setup.groups.map((g) => g.id)).toEqual(testGroups.map((g) => g.id));
		expect(loaded.setup.school?.id).toBe(testSchool.id);
	});
});

describe('a respondent answering a survey', () => {
	it('asks who they are and which group first, one page at a time, saving each answer as given', async () => {
		const { device } = await tabletWithSession();
		const { flow, holds } = await openKiosk(device);
		expect(flow.screen).toBe('welcome');
		expect(holds).toEqual([]);

		await flow.start(flow.setup.forms[0]!.id);
		expect(flow.screen).toBe('form');
		expect(flow.page).toEqual({ kind: 'respondent' });
		expect(flow.progress).toEqual({ current: 1, total: 4 });
		expect(flow.asksGroup).toBe(true);
		// An update must not reload the page under an open form.
		expect(holds).toHaveLength(1);

		await flow.next();
		expect(fieldsOf(flow)).toEqual(['respondentType', 'groupId']);
		expect(flow.issues[0]!.message.th).toBe('โปรดเลือกคำตอบ');
		expect(flow.page).toEqual({ kind: 'respondent' });

		flow.chooseRespondentType('other');
		await flow.next();
		expect(fieldsOf(flow)).toEqual(['respondentTypeOther', 'groupId']);
		flow.typeRespondentOther('ผู้นำชุมชน');
		flow.chooseGroup(fixtureIds.otherGroupId);
		await flow.next();
		expect(flow.issues).toEqual([]);
		expect(flow.progress).toEqual({ current: 2, total: 4 });

		flow.answer('sex', 'female');
		await flow.flush();
		const draft = await device.store.drafts.current(flow.setup.session.id);
		expect(draft).toMatchObject({
			sectionIndex: 1,
			answers: { sex: 'female' },
			respondent: {
				respondentType: 'other',
				respondentTypeOther: 'ผู้นำชุมชน',
				groupId: fixtureIds.otherGroupId
			}
		});
	});

	it('applies show-if live and checks only what this page shows', async () => {
		const { device } = await tabletWithSession();
		const { flow } = await openKiosk(device);
		await flow.start(flow.setup.forms[0]!.id);
		flow.chooseRespondentType('teacher');
		flow.chooseGroup(fixtureIds.groupId);
		await flow.next();
		flow.answer('sex', 'male');
		flow.answer('age_band', 'from_36_to_45');
		await flow.next();

		expect(flow.questions.map((q) => q.key)).not.toContain('website');
		flow.answer('used_website', 'yes');
		expect(flow.questions.map((q) => q.key)).toContain('website');
		flow.answer('steps_simple', 5);
		await flow.next();
		expect(fieldsOf(flow)).toEqual(['speed', 'courtesy', 'attentive', 'website', 'overall']);
		expect(flow.issuesShown).toBe(1);

		flow.answer('used_website', 'no');
		for (const key of ['speed', 'courtesy', 'attentive', 'overall']) flow.answer(key, 4);
		// Answering clears that answer's message; the rest wait for the next try.
		expect(fieldsOf(flow)).toEqual(['website']);
		await flow.next();
		expect(flow.issues).toEqual([]);
		expect(flow.isLastPage).toBe(true);
	});

	it('resumes the same draft on the same page after a reload, with every answer', async () => {
		const { device } = await tabletWithSession();
		const first = await openKiosk(device);
		await first.flow.start(first.flow.setup.forms[0]!.id);
		first.flow.chooseRespondentType('parent');
		first.flow.chooseGroup(fixtureIds.groupId);
		await first.flow.next();
		first.flow.answer('sex', 'female');
		first.flow.answer('age_band', 'under_25');
		await first.flow.next();
		first.flow.answer('steps_simple', 3);
		first.flow.type('suggestion', 'ยังไม่ถึงหน้านี้');
		await first.flow.flush();
		first.disconnect();

		const reloaded = device.reload();
		devices.push(reloaded);
		const second = await openKiosk(reloaded);

		expect(second.flow.screen).toBe('form');
		expect(second.flow.progress).toEqual({ current: 3, total: 4 });
		expect(second.flow.answers).toMatchObject({ sex: 'female', steps_simple: 3 });
		expect(second.flow.respondent).toMatchObject({ respondentType: 'parent' });
		expect(second.holds).toHaveLength(1);
	});

	it('sends the response, thanks the respondent, and is back at the welcome screen in time', async () => {
		const { device, session } = await tabletWithSession({ groupIds: [fixtureIds.groupId] });
		const { flow, holds } = await openKiosk(
			device,
			kioskTimingsFrom(new URLSearchParams('thanks=5'))
		);
		await flow.start(flow.setup.forms[0]!.id);
		expect(flow.asksGroup).toBe(false);
		flow.chooseRespondentType('teacher');
		await flow.next();
		flow.answer('sex', 'male');
		flow.answer('age_band', 'from_56');
		await flow.next();
		for (const key of ['steps_simple', 'speed', 'courtesy', 'attentive', 'overall']) {
			flow.answer(key, 5);
		}
		flow.answer('used_website', 'no');
		await flow.next();
		expect(flow.isLastPage).toBe(true);
		flow.type('suggestion', 'ขอบคุณครับ');
		await flow.next();

		expect(flow.screen).toBe('thanks');
		expect(flow.answers).toEqual({});
		expect(flow.respondent).toEqual({});
		expect(holds).toEqual([]);
		const [entry] = await device.store.records.listOutbox();
		expect(entry?.record).toMatchObject({
			respondentType: 'teacher',
			groupId: fixtureIds.groupId,
			sessionId: session.id,
			answers: { suggestion: 'ขอบคุณครับ', overall: 5 }
		});

		clock.advance(5_000);
		vi.advanceTimersByTime(250);
		expect(flow.screen).toBe('welcome');
	});
});

describe('privacy on a shared tablet', () => {
	it('warns after the idle time, then clears the abandoned form and its draft', async () => {
		const { device, session } = await tabletWithSession();
		const { flow, holds } = await openKiosk(
			device,
			kioskTimingsFrom(new URLSearchParams('idle=3&grace=2'))
		);
		await flow.start(flow.setup.forms[0]!.id);
		flow.chooseRespondentType('student');

		clock.advance(2_900);
		vi.advanceTimersByTime(250);
		expect(flow.idleSecondsLeft).toBeUndefined();
		flow.touch();
		clock.advance(3_100);
		vi.advanceTimersByTime(250);
		expect(flow.idleSecondsLeft).toBe(2);
		// A touch behind the warning does not count: only its own button does.
		flow.touch();
		clock.advance(2_000);
		vi.advanceTimersByTime(250);

		expect(flow.screen).toBe('welcome');
		expect(flow.respondent).toEqual({});
		expect(flow.idleSecondsLeft).toBeUndefined();
		expect(holds).toEqual([]);
		await vi.waitFor(async () =>
			expect(await device.store.drafts.current(session.id)).toBeUndefined()
		);
	});

	it('keeps the form for a respondent who says they are still there', async () => {
		const { device } = await tabletWithSession();
		const { flow } = await openKiosk(
			device,
			kioskTimingsFrom(new URLSearchParams('idle=3&grace=2'))
		);
		await flow.start(flow.setup.forms[0]!.id);
		flow.chooseRespondentType('student');
		clock.advance(4_000);
		vi.advanceTimersByTime(250);
		expect(flow.idleSecondsLeft).toBe(1);

		flow.stillHere();
		clock.advance(2_500);
		vi.advanceTimersByTime(250);
		expect(flow.screen).toBe('form');
		expect(flow.respondent.respondentType).toBe('student');
	});

	it('asks at once about a form found unattended after a restart', async () => {
		const { device } = await tabletWithSession();
		const first = await openKiosk(device);
		await first.flow.start(first.flow.setup.forms[0]!.id);
		first.flow.chooseRespondentType('parent');
		await first.flow.flush();
		first.disconnect();

		// The tablet was off for ten minutes; whoever turns it on may not be the one who began.
		clock.advance(10 * 60_000);
		const reloaded = device.reload();
		devices.push(reloaded);
		const second = await openKiosk(reloaded);
		vi.advanceTimersByTime(250);
		expect(second.flow.screen).toBe('form');
		expect(second.flow.idleSecondsLeft).toBe(30);
	});

	it("leaves kiosk mode only with the PIN of the session's supervisor", async () => {
		const { device } = await tabletWithSession();
		expect((await device.store.supervisors.add(testSupervisor, '1234')).ok).toBe(true);
		// Neither the old device-wide PIN nor another supervisor's lets a respondent out.
		expect((await device.store.settings.setSupervisorPin('5555')).ok).toBe(true);
		const other = { ...testSupervisor, id: '0193a0c4-5d6e-7f80-9a1b-000000000002' };
		expect((await device.store.supervisors.add(other, '6666')).ok).toBe(true);
		const { flow } = await openKiosk(device);

		flow.askSupervisor();
		for (const wrong of ['9999', '5555', '6666']) {
			expect(await flow.verifySupervisor(wrong)).toBe(false);
			expect(flow.supervisor).toBe('wrong');
		}
		expect(await flow.verifySupervisor('1234')).toBe(true);
		expect(flow.supervisor).toBe('closed');
	});

	it('leaves a session started before per-supervisor PINs with the old device-wide PIN', async () => {
		const { device, session } = await tabletWithSession();
		// As a tablet upgraded in the middle of a visit has it: no collector id, a typed name.
		await device.db.sessions.update(session.id, { collectorId: null, collectorName: 'ใครสักคน' });
		expect((await device.store.settings.setSupervisorPin('2468')).ok).toBe(true);
		const { flow } = await openKiosk(device);

		flow.askSupervisor();
		expect(await flow.verifySupervisor('1234')).toBe(false);
		expect(await flow.verifySupervisor('2468')).toBe(true);
	});
});

describe('the opinion and complaint form', () => {
	it('is anonymous unless the person asks for a reply, and goes to the outbox like a response', async () => {
		const { device } = await tabletWithSession();
		const { flow } = await openKiosk(device);
		const feedback = flow.setup.forms.find((f) => f.kind === 'feedback')!;
		await flow.start(feedback.id);

		expect(flow.page).toMatchObject({ kind: 'section' });
		expect(flow.progress).toEqual({ current: 1, total: 2 });
		flow.answer('feedback_kind', 'complaint');
		flow.type('details', 'รอรับบริการนานเกินไป');
		await flow.next();
		expect(flow.answers.wants_contact).toBe('no');
		expect(flow.questions.map((q) => q.key)).toEqual(['wants_contact']);

		flow.answer('wants_contact', 'yes');
		expect(flow.questions.map((q) => q.key)).toEqual([
			'wants_contact',
			'contact_name',
			'contact_phone'
		]);
		flow.type('contact_name', 'นายสมชาย');
		flow.type('contact_phone', 'call me');
		await flow.next();
		// The phone check is the FeedbackItem's own; the kiosk says it next to the question.
		expect(fieldsOf(flow)).toEqual(['contact_phone']);
		expect(flow.issues[0]!.message.th).toContain('หมายเลขโทรศัพท์');

		flow.answer('wants_contact', 'no');
		await flow.next();
		expect(flow.screen).toBe('thanks');
		expect(flow.lastKind).toBe('feedback');
		const [entry] = await device.store.records.listOutbox();
		expect(entry).toMatchObject({
			kind: 'feedback',
			record: { kind: 'complaint', anonymous: true, contact: null, channel: 'kiosk' }
		});
	});
});

describe('answers the kiosk must explain', () => {
	it('keeps a number out of range or not a number as typed and says what is allowed', async () => {
		const survey = buildFormWithQuestions(
			[
				{
					key: 'visits',
					kind: 'number',
					label: { th: 'จำนวนครั้งที่มาใช้บริการ' },
					integer: true,
					min: 1,
					max: 20,
					required: true
				}
			],
			{ groupId: null }
		);
		const { device } = await tabletWithSession({ survey });
		const { flow } = await openKiosk(device);
		await flow.start(survey.id);
		flow.chooseRespondentType('teacher');
		flow.chooseGroup(fixtureIds.groupId);
		await flow.next();

		flow.type('visits', 'สามครั้ง');
		await flow.next();
		expect(flow.issues.map((i) => i.message.th)).toEqual(['โปรดใส่เป็นตัวเลข']);
		flow.type('visits', 25);
		await flow.next();
		expect(flow.issues.map((i) => i.message)).toEqual([
			{ th: 'ตัวเลขต้องอยู่ระหว่าง 1 ถึง 20', en: 'The number must be from 1 to 20' }
		]);
		expect(flow.answers.visits).toBe(25);
	});

	it('names a form with a question kind it cannot render, and keeps offering the others', async () => {
		const { device, survey } = await tabletWithSession();
		// As a newer server might send it: a kind this version of the app does not know.
		const newer = structuredClone(survey) as unknown as { sections: { questions: object[] }[] };
		newer.sections[0]!.questions.push({
			key: 'signature',
			kind: 'signature',
			label: { th: 'ลายมือชื่อ' }
		});
		await device.db.forms.put(newer as unknown as FormDefinition);

		const loaded = await loadKiosk(device.store);

		if (loaded.status !== 'ready') throw new Error(loaded.status);
		expect(loaded.setup.forms.map((f) => f.kind)).toEqual(['feedback']);
		expect(loaded.setup.unavailable).toEqual([
			{
				id: survey.id,
				title: survey.title,
				reason: expect.objectContaining({ th: expect.any(String) })
			}
		]);
	});
});
