import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import { createAccount } from '$lib/server/auth/users';
import { FREE_FAILURES } from '$lib/server/auth/throttle';
import { demoOffice } from '$lib/server/seed/demo-office';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import { enrollDevice, issueEnrollmentCode, revokeDevice } from './enrollment';
import { handleSupervisorSignInRequest } from './supervisor-endpoint';

const password = 'นิเทศก์-ตัวจริง-2568';
const otherOffice = { ...demoOffice, id: 'spp-other', name: { th: 'สำนักงานอื่น' } };

describe.each(storesUnderTest())('adding a supervisor to a tablet on $name', (target) => {
	let store: Store;
	let token: string;
	let deviceId: string;
	const t0 = new Date('2026-03-02T01:00:00Z');
	const later = (ms: number) => new Date(t0.getTime() + ms);

	async function account(officeId: string, username: string, supervisor: boolean) {
		return createAccount(
			store,
			{
				officeId,
				username,
				displayName: `ชื่อของ ${username}`,
				password,
				roles: supervisor ? [{ role: 'supervisor', groupId: null }] : []
			},
			null,
			t0
		);
	}

	/** The tablet's request, as it sends it: its token as a Bearer and the typed name and password. */
	function post(
		body: unknown,
		options: { token?: string | null; now?: Date; address?: string } = {}
	) {
		const bearer = options.token === undefined ? token : options.token;
		const request = new Request('http://localhost/api/devices/supervisors', {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				...(bearer === null ? {} : { authorization: `Bearer ${bearer}` })
			},
			body: JSON.stringify(body)
		});
		return handleSupervisorSignInRequest(
			store,
			request,
			options.address ?? '10.1.0.1',
			options.now ?? later(1000)
		);
	}

	async function enroll(officeId: string) {
		const issued = await issueEnrollmentCode(store, officeId, { now: t0 });
		return enrollDevice(
			store,
			{ code: issued.code, deviceId: newId(), name: 'แท็บเล็ตนิเทศ' },
			{ now: t0 }
		);
	}

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		await store.offices.upsert([otherOffice]);
		await account(demoOffice.id, 'nithet', true);
		await account(demoOffice.id, 'clerk', false);
		await account(otherOffice.id, 'elsewhere', true);
		await account(demoOffice.id, 'guessed', true);
		({ token, deviceId } = await enroll(demoOffice.id));
	}, 120_000);
	afterAll(() => target.dispose());

	it('answers who the supervisor is, opens no web session, and logs it with the tablet', async () => {
		const response = await post({ username: ' NITHET ', password });
		expect(response.status).toBe(200);
		const body = (await response.json()) as { user: Record<string, unknown> };
		expect(body.user).toEqual({
			id: expect.any(String),
			officeId: demoOffice.id,
			username: 'nithet',
			displayName: 'ชื่อของ nithet'
		});
		expect(response.headers.get('set-cookie')).toBeNull();
		const log = await store.accounts.audit.list(demoOffice.id, 50);
		const added = log.find((e) => e.action === 'supervisor-added-to-device');
		expect(added).toMatchObject({ subject: body.user.id, detail: { deviceId } });
		expect(log.some((e) => e.action === 'sign-in' && e.subject === body.user.id)).toBe(false);
	});

	it('refuses a wrong password as a sign-in does, and logs the failure', async () => {
		const response = await post({ username: 'nithet', password: 'not it' });
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ error: { code: 'sign-in-invalid' } });
		const log = await store.accounts.audit.list(demoOffice.id, 50);
		expect(log.some((e) => e.action === 'sign-in-failed' && e.subject === 'nithet')).toBe(true);
	});

	it('refuses an account without the supervisor role, in Thai and English', async () => {
		const response = await post({ username: 'clerk', password });
		expect(response.status).toBe(403);
		const body = (await response.json()) as { error: { code: string; message: object } };
		expect(body.error.code).toBe('not-a-supervisor');
		expect(body.error.message).toEqual({ th: expect.any(String), en: expect.any(String) });
	});

	it("refuses a supervisor of another office than the tablet's", async () => {
		const response = await post({ username: 'elsewhere', password });
		expect(response.status).toBe(403);
		expect(await response.json()).toMatchObject({ error: { code: 'other-office' } });
	});

	it('refuses a missing, unknown or revoked device token before looking at the password', async () => {
		expect((await post({ username: 'nithet', password }, { token: null })).status).toBe(401);
		expect((await post({ username: 'nithet', password }, { token: 'made-up' })).status).toBe(401);
		const revoked = await enroll(demoOffice.id);
		await revokeDevice(store, revoked.deviceId, null, later(500));
		const response = await post({ username: 'nithet', password }, { token: revoked.token });
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ error: { code: 'device-not-enrolled' } });
	});

	it('slows guessing with the sign-in throttle: 429 and Retry-After, even for the right password', async () => {
		for (let i = 0; i < FREE_FAILURES; i++) {
			const wrong = await post(
				{ username: 'guessed', password: `guess-${i}` },
				{ now: later(2000 + i * 1000), address: `10.2.0.${i}` }
			);
			expect(wrong.status).toBe(401);
		}
		const blocked = await post(
			{ username: 'guessed', password },
			{ now: later(2000 + FREE_FAILURES * 1000), address: '10.2.0.99' }
		);
		expect(blocked.status).toBe(429);
		expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(await blocked.json()).toMatchObject({ error: { code: 'sign-in-throttled' } });
	});
});
