import { afterEach, describe, expect, it } from 'vitest';
import {
	deviceAtSchool,
	openTestDevice,
	putTestSupervisor,
	testSupervisor,
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

const colleague = {
	id: '0193a0c4-5d6e-7f80-9a1b-000000000002',
	officeId: testSupervisor.officeId,
	username: 'anan',
	displayName: 'นายอนันต์ มีสุข'
};

/** Puts a supervisor on the tablet as if added earlier, without hashing a PIN. */
async function putSupervisor(tablet: TestDevice, supervisor: typeof colleague) {
	const at = '2025-01-14T02:00:00.000Z';
	await tablet.db.supervisors.put({ ...supervisor, pin: null, addedAt: at, lastVerifiedAt: at });
}

describe("the tablet's supervisors", () => {
	it('keeps a confirmed supervisor with a hash of their own PIN, never the PIN', async () => {
		const tablet = device();
		const { supervisors } = tablet.store;
		const added = await supervisors.add(testSupervisor, '246813');
		expect(added.ok).toBe(true);
		await supervisors.add(colleague, '1357');

		expect((await supervisors.list()).map((s) => s.username)).toEqual(['srisuda', 'anan']);
		expect(await supervisors.checkPin(testSupervisor.id, '246813')).toBe('match');
		expect(await supervisors.checkPin(testSupervisor.id, '1357')).toBe('mismatch');
		expect(await supervisors.checkPin(colleague.id, '1357')).toBe('match');
		expect(await supervisors.checkPin('0193a0c4-0000-7000-8000-000000000009', '1357')).toBe(
			'not-set'
		);
		const stored = await tablet.db.supervisors.get(testSupervisor.id);
		expect(stored?.pin).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
		expect(JSON.stringify(stored)).not.toContain('246813');
	});

	it('refuses a PIN that is not 4 to 12 digits, and an answer that is not a supervisor', async () => {
		const { supervisors } = device().store;
		const short = await supervisors.add(testSupervisor, '12a4');
		expect(short.ok ? [] : short.issues.map((i) => i.code)).toEqual(['pin_format']);
		const odd = await supervisors.add({ ...testSupervisor, id: 'not-a-uuid' }, '1234');
		expect(odd.ok).toBe(false);
		expect(await supervisors.list()).toEqual([]);
	});

	it('adding someone again refreshes them and replaces the PIN, keeping when they were first added', async () => {
		const { supervisors } = device().store;
		const first = await supervisors.add(testSupervisor, '1111');
		const again = await supervisors.add({ ...testSupervisor, displayName: 'ศรีสุดา (ใหม่)' }, '2222');
		if (!first.ok || !again.ok) throw new Error('not added');
		expect(again.value.addedAt).toBe(first.value.addedAt);
		expect(again.value.lastVerifiedAt > first.value.lastVerifiedAt).toBe(true);
		expect(again.value.displayName).toBe('ศรีสุดา (ใหม่)');
		expect(await supervisors.checkPin(testSupervisor.id, '1111')).toBe('mismatch');
		expect(await supervisors.checkPin(testSupervisor.id, '2222')).toBe('match');

		expect((await supervisors.setPin(testSupervisor.id, '3333')).ok).toBe(true);
		expect(await supervisors.checkPin(testSupervisor.id, '3333')).toBe('match');
		await expect(supervisors.setPin(colleague.id, '3333')).rejects.toMatchObject({
			reason: 'supervisor-not-on-device'
		});
	});

	it('removes a supervisor only when no session of theirs is open', async () => {
		const { device: tablet, session } = await deviceAtSchool(device());
		const { supervisors, sessions } = tablet.store;
		await expect(supervisors.remove(testSupervisor.id)).rejects.toMatchObject({
			reason: 'supervisor-in-session'
		});
		await sessions.end(session.id);
		await supervisors.remove(testSupervisor.id);
		expect(await supervisors.list()).toEqual([]);
		// The session they ran stays, with their id and name.
		expect(await sessions.get(session.id)).toMatchObject({ collectorId: testSupervisor.id });
	});

	it('keeps only those the server still lists, with the names it gives, and says who went', async () => {
		const tablet = device();
		await putTestSupervisor(tablet);
		await putSupervisor(tablet, colleague);
		const { supervisors } = tablet.store;

		const removed = await supervisors.keepOnly([
			{ ...colleague, displayName: 'นายอนันต์ มีสุข (ผอ.กลุ่ม)' },
			{ ...colleague, id: '0193a0c4-5d6e-7f80-9a1b-000000000003', username: 'never-here' }
		]);
		expect(removed.map((s) => s.username)).toEqual(['srisuda']);
		expect(await supervisors.list()).toMatchObject([
			{ id: colleague.id, displayName: 'นายอนันต์ มีสุข (ผอ.กลุ่ม)' }
		]);
		// Someone the server lists but nobody added here is not added by a pull: that takes a password.
		expect(await supervisors.list()).toHaveLength(1);
		expect(await supervisors.keepOnly([colleague])).toEqual([]);
	});

	it('keeps a supervisor the server no longer lists while their session is open, until it ends', async () => {
		const { device: tablet, session } = await deviceAtSchool(device());
		await putSupervisor(tablet, colleague);
		const { supervisors, sessions } = tablet.store;

		expect(await supervisors.keepOnly([])).toMatchObject([{ id: colleague.id }]);
		expect((await supervisors.list()).map((s) => s.id)).toEqual([testSupervisor.id]);

		await sessions.end(session.id);
		expect(await supervisors.keepOnly([])).toMatchObject([{ id: testSupervisor.id }]);
		expect(await supervisors.list()).toEqual([]);
		expect(await sessions.get(session.id)).toMatchObject({ collectorId: testSupervisor.id });
	});
});
