import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '$lib/domain';
import { demoOffice } from '$lib/server/seed/demo-office';
import { seedDemoContent } from '$lib/server/seed/seed';
import { StoreError, type Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import { DeviceError } from './device-error';
import {
	authenticateDevice,
	demoEnrollmentCodeFromEnv,
	enrollDevice,
	issueEnrollmentCode,
	revokeDevice
} from './enrollment';
import { sha256Hex } from './secrets';

const t0 = new Date('2025-06-15T09:00:00+07:00');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe('the demo enrollment code setting', () => {
	it('is off unless RUAMJAI_DEMO_ENROLLMENT_CODE is set to something', () => {
		expect(demoEnrollmentCodeFromEnv({})).toBeNull();
		expect(demoEnrollmentCodeFromEnv({ RUAMJAI_DEMO_ENROLLMENT_CODE: '  ' })).toBeNull();
		expect(demoEnrollmentCodeFromEnv({ RUAMJAI_DEMO_ENROLLMENT_CODE: ' DEMO-2568 ' })).toBe(
			'DEMO-2568'
		);
	});
});

describe.each(storesUnderTest())('enrolling tablets on $name', (target) => {
	let store: Store;

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
	});
	afterAll(() => target.dispose());

	const tablet = (name = 'แท็บเล็ตหน้าห้องประชุม') => ({ deviceId: newId(), name });

	async function refusal(work: Promise<unknown>): Promise<string> {
		const error = await work.then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(DeviceError);
		return (error as DeviceError).reason;
	}

	it('gives a short code that enrolls one tablet once, in the code’s office', async () => {
		const issued = await issueEnrollmentCode(store, demoOffice.id, { now: t0 });
		expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
		expect(issued.expiresAt).toBe(minutes(30).toISOString());

		const first = tablet();
		const enrolled = await enrollDevice(
			store,
			{ code: issued.code, ...first },
			{ now: minutes(1) }
		);
		expect(enrolled).toMatchObject({ deviceId: first.deviceId, officeId: demoOffice.id });
		expect(enrolled.token.length).toBeGreaterThanOrEqual(43);

		const second = tablet();
		const reuse = enrollDevice(store, { code: issued.code, ...second }, { now: minutes(2) });
		expect(await refusal(reuse)).toBe('enrollment-code-invalid');
		expect(await store.devices.get(second.deviceId)).toBeNull();
	});

	it('takes the code however it is typed: lower case, spaces, O for 0 and I or L for 1', async () => {
		const { code } = await issueEnrollmentCode(store, demoOffice.id, { now: t0 });
		const typed = ` ${code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
		const enrolled = await enrollDevice(store, { code: typed, ...tablet() }, { now: minutes(3) });
		expect(enrolled.officeId).toBe(demoOffice.id);
	});

	it('refuses a code after its time, and one that was never issued', async () => {
		const { code } = await issueEnrollmentCode(store, demoOffice.id, {
			now: t0,
			validMinutes: 30
		});
		expect(await refusal(enrollDevice(store, { code, ...tablet() }, { now: minutes(30) }))).toBe(
			'enrollment-code-expired'
		);
		expect(
			await refusal(enrollDevice(store, { code: 'ABCD-EFGH', ...tablet() }, { now: minutes(1) }))
		).toBe('enrollment-code-invalid');
	});

	it('keeps only a hash of the token, and knows the tablet by it', async () => {
		const { code } = await issueEnrollmentCode(store, demoOffice.id, { now: t0 });
		const device = tablet('แท็บเล็ต กลุ่มนิเทศฯ');
		const { token } = await enrollDevice(store, { code, ...device }, { now: minutes(1) });

		const stored = await store.devices.get(device.deviceId);
		expect(stored?.tokenHash).toBe(sha256Hex(token));
		expect(JSON.stringify(await store.devices.list())).not.toContain(token);

		const seen = await authenticateDevice(store, `Bearer ${token}`, minutes(10));
		expect(seen).toMatchObject({ id: device.deviceId, name: 'แท็บเล็ต กลุ่มนิเทศฯ' });
		expect((await store.devices.get(device.deviceId))?.lastSeenAt).toBe(minutes(10).toISOString());
	});

	it('refuses a missing, malformed or unknown token', async () => {
		for (const header of [
			null,
			'',
			'Basic dXNlcjpwYXNz',
			'Bearer',
			'Bearer rjd_not-a-real-token'
		]) {
			expect(await refusal(authenticateDevice(store, header, t0))).toBe('device-not-enrolled');
		}
	});

	it('refuses a revoked tablet until it is enrolled again with a new code', async () => {
		const device = tablet();
		const { code } = await issueEnrollmentCode(store, demoOffice.id, { now: t0 });
		const { token } = await enrollDevice(store, { code, ...device }, { now: minutes(1) });

		const revoked = await revokeDevice(store, device.deviceId, null, minutes(5));
		expect(revoked?.revokedAt).toBe(minutes(5).toISOString());
		// The code, the enrolment and the revocation are each in the audit log.
		const log = await store.accounts.audit.list(demoOffice.id, 500);
		const about = log.filter((e) => e.subject === device.deviceId).map((e) => e.action);
		expect(about).toEqual(['device-revoked', 'device-enrolled']);
		expect(log.some((e) => e.action === 'device-code-issued')).toBe(true);
		expect((await store.devices.revoke(device.deviceId, minutes(6)))?.revokedAt).toBe(
			minutes(5).toISOString()
		);
		expect(await refusal(authenticateDevice(store, `Bearer ${token}`, minutes(7)))).toBe(
			'device-not-enrolled'
		);
		expect(await store.devices.revoke(newId(), minutes(5))).toBeNull();

		const again = await issueEnrollmentCode(store, demoOffice.id, { now: minutes(8) });
		const renewed = await enrollDevice(store, { code: again.code, ...device }, { now: minutes(9) });
		expect((await authenticateDevice(store, `Bearer ${renewed.token}`, minutes(10))).id).toBe(
			device.deviceId
		);
		expect(await refusal(authenticateDevice(store, `Bearer ${token}`, minutes(10)))).toBe(
			'device-not-enrolled'
		);
	});

	it('accepts the demo code, when the server has one, any number of times for the first office', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		try {
			const options = { now: t0, demoCode: 'DEMO-2568' };
			const a = await enrollDevice(store, { code: 'demo 2568', ...tablet() }, options);
			const b = await enrollDevice(store, { code: 'DEMO-2568', ...tablet() }, options);
			expect([a.officeId, b.officeId]).toEqual([demoOffice.id, demoOffice.id]);
			// An operator who left it on in production sees it in the log.
			expect(warn).toHaveBeenCalledWith(expect.stringContaining('RUAMJAI_DEMO_ENROLLMENT_CODE'));
		} finally {
			warn.mockRestore();
		}
		expect(
			await refusal(enrollDevice(store, { code: 'DEMO-2568', ...tablet() }, { now: t0 }))
		).toBe('enrollment-code-invalid');
	});

	it('issues codes only for an office the store holds', async () => {
		await expect(issueEnrollmentCode(store, 'no-such-office', { now: t0 })).rejects.toMatchObject({
			name: 'StoreError',
			reason: 'unknown-office'
		} satisfies Partial<StoreError>);
	});
});
