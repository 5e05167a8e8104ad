import { afterEach, describe, expect, it } from 'vitest';
import { openTestDevice, type TestDevice } from '../testing/device-store';

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

describe('device settings', () => {
	it('makes the device id once and keeps it across restarts', async () => {
		const tablet = device();
		const [first, second] = await Promise.all([
			tablet.store.settings.deviceId(),
			tablet.store.settings.deviceId()
		]);
		expect(second).toBe(first);
		expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

		const restarted = tablet.reload();
		devices.push(restarted);
		expect(await restarted.store.settings.deviceId()).toBe(first);
	});

	it('lets the supervisor out of kiosk mode with the right PIN only, and never stores the PIN', async () => {
		const tablet = device();
		const { settings } = tablet.store;
		expect(await settings.verifySupervisorPin('2468')).toBe('not-set');

		expect(await settings.setSupervisorPin('246813')).toEqual({ ok: true, value: true });
		expect(await settings.verifySupervisorPin('246813')).toBe('match');
		expect(await settings.verifySupervisorPin('246812')).toBe('mismatch');
		expect(await settings.verifySupervisorPin('')).toBe('mismatch');

		const stored = await tablet.db.settings.get('supervisorPin');
		expect(stored?.value).toMatchObject({ algorithm: 'PBKDF2-SHA256', iterations: 600_000 });
		expect(JSON.stringify(stored)).not.toContain('246813');
	});

	it('salts each PIN, so the same PIN set twice is stored differently', async () => {
		const { settings } = device().store;
		const other = device();
		await settings.setSupervisorPin('1357');
		await other.store.settings.setSupervisorPin('1357');
		const [a, b] = await Promise.all(devices.map((d) => d.db.settings.get('supervisorPin')));
		expect(a?.value).not.toEqual(b?.value);
	});

	it('refuses a PIN that is not 4 to 12 digits, in Thai and English', async () => {
		const { settings } = device().store;
		const result = await settings.setSupervisorPin('12a4');
		expect(result.ok ? undefined : result.issues[0]).toMatchObject({
			path: 'pin',
			code: 'pin_format',
			message: { th: expect.stringContaining('PIN'), en: expect.stringContaining('4 to 12') }
		});
		expect(await settings.hasSupervisorPin()).toBe(false);
	});

	it('keeps the sync token with its enrollment, and forgets only the token the server refused', async () => {
		const { settings } = device().store;
		expect(await settings.enrollmentStatus()).toEqual({ state: 'not-enrolled' });
		const enrollment = {
			deviceId: await settings.deviceId(),
			officeId: 'demo-spp-1',
			deviceName: 'แท็บเล็ต 2',
			enrolledAt: '2025-01-15T02:00:00.000Z'
		};
		await settings.saveEnrollment('token-old', enrollment);
		// Another tab enrolled again while this tab's request with the old token was on its way.
		await settings.saveEnrollment('token-new', enrollment);
		expect(await settings.forgetDeviceToken('token-old')).toBe(false);
		expect(await settings.enrollmentStatus()).toEqual({ state: 'enrolled', enrollment });

		expect(await settings.forgetDeviceToken('token-new')).toBe(true);
		expect(await settings.deviceToken()).toBeUndefined();
		expect(await settings.enrollmentStatus()).toMatchObject({ state: 'enroll-again', enrollment });
	});
});
