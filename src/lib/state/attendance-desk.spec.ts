import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unwrap } from '$lib/domain';
import { buildSatisfactionForm } from '$lib/domain/testing/factories';
import { tabletActivity, testActivityId } from '$lib/client/testing/activities';
import {
	openTestDevice,
	putTestSupervisor,
	testGroups,
	testOffice,
	testSchool,
	type TestDevice
} from '$lib/client/testing/device-store';
import type { SignInInput } from '$lib/client/repos';
import { AttendanceDesk } from './attendance-desk.svelte';
import { loadKiosk } from './kiosk.svelte';

let devices: TestDevice[] = [];
let time = 0;

beforeEach(() => {
	time = Date.parse('2025-01-15T02:00:00.000Z');
	vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(() => {
	vi.useRealTimers();
	for (const { db } of devices) db.close();
	devices = [];
});

const timings = { warnAfterMs: 60_000, clearAfterMs: 30_000, thanksMs: 10_000 };

async function deskAtTheVenue() {
	const device = openTestDevice({ now: () => new Date(time) });
	devices.push(device);
	await device.store.masterData.replace({
		offices: [testOffice],
		groups: testGroups,
		schools: [testSchool],
		forms: [buildSatisfactionForm()],
		activities: [tabletActivity()]
	});
	const session = unwrap(
		'session',
		await device.store.sessions.start({
			officeId: testOffice.id,
			schoolId: null,
			formIds: [tabletActivity().evaluationFormId!],
			collectorId: await putTestSupervisor(device),
			activityId: testActivityId
		})
	);
	const desk = new AttendanceDesk(device.store, session.id, { timings, now: () => time });
	return { device, desk };
}

const person: SignInInput = {
	name: 'นายสมชาย รักเรียน',
	respondentType: 'school_executive',
	schoolId: testSchool.id,
	organisation: '',
	signature: null
};

function advance(ms: number) {
	time += ms;
	vi.advanceTimersByTime(ms);
}

describe('the sign-in desk on the kiosk', () => {
	it('knows the activity of the session, with its invited representatives', async () => {
		const { device } = await deskAtTheVenue();
		const kiosk = await loadKiosk(device.store);
		expect(kiosk.status === 'ready' && kiosk.setup.activity?.known?.invited[0]?.name).toBe(
			'นายประธาน กรรมการ'
		);
	});

	it('says what is missing, then thanks the person and marks a repeat', async () => {
		const { desk } = await deskAtTheVenue();
		desk.open();
		expect(await desk.submit({ ...person, name: '' })).toBe(false);
		expect(desk.issueAt('name')).toBeDefined();
		expect(desk.screen).toBe('signIn');

		expect(await desk.submit(person)).toBe(true);
		expect(desk.screen).toBe('signedIn');
		expect(desk.last).toEqual({ name: 'นายสมชาย รักเรียน', repeat: false });

		desk.open();
		await desk.submit({ ...person, name: 'สมชาย รักเรียน' });
		expect(desk.last).toEqual({ name: 'สมชาย รักเรียน', repeat: true });
		desk.disconnect();
	});

	it('clears a form left half-filled, and the thank-you after its time', async () => {
		const { desk } = await deskAtTheVenue();
		desk.open();
		const round = desk.round;
		advance(timings.warnAfterMs + timings.clearAfterMs);
		expect(desk.screen).toBe('closed');

		desk.open();
		expect(desk.round).toBeGreaterThan(round);
		await desk.submit(person);
		advance(timings.thanksMs);
		expect(desk.screen).toBe('closed');
		expect(desk.last).toBeUndefined();
	});
});
