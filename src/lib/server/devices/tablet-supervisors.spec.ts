import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import { createAccount } from '$lib/server/auth/users';
import { demoOffice } from '$lib/server/seed/demo-office';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import { enrollDevice, issueEnrollmentCode, revokeDevice } from './enrollment';
import { handleSupervisorListRequest } from './supervisor-endpoint';

const password = 'นิเทศก์-ตัวจริง-2568';
const otherOffice = { ...demoOffice, id: 'spp-other-list', name: { th: 'สำนักงานอื่น' } };

describe.each(storesUnderTest())(
	'a tablet asks who may still collect on it, on $name',
	(target) => {
		let store: Store;
		let token: string;
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

		/** The tablet's request, as it sends it: its token as a Bearer, no body. */
		function get(options: { token?: string | null } = {}) {
			const bearer = options.token === undefined ? token : options.token;
			const request = new Request('http://localhost/api/devices/supervisors', {
				headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` }
			});
			return handleSupervisorListRequest(store, request, later(1000));
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
			await account(demoOffice.id, 'active-one', true);
			await account(demoOffice.id, 'clerk', false);
			await account(otherOffice.id, 'elsewhere', true);
			const disabled = await account(demoOffice.id, 'disabled-one', true);
			await store.accounts.setDisabled(disabled.id, later(100));
			const demoted = await account(demoOffice.id, 'demoted-one', true);
			await store.accounts.setRoles(demoted.id, [{ role: 'executive', groupId: null }], later(100));
			({ token } = await enroll(demoOffice.id));
		}, 120_000);
		afterAll(() => target.dispose());

		it("lists the office's active supervisors only: not disabled, not demoted, not of another office", async () => {
			const response = await get();
			expect(response.status).toBe(200);
			expect(response.headers.get('cache-control')).toBe('no-store');
			const body = (await response.json()) as { supervisors: Record<string, unknown>[] };
			const names = body.supervisors.map((s) => s.username);
			expect(names).toContain('active-one');
			for (const gone of ['clerk', 'elsewhere', 'disabled-one', 'demoted-one']) {
				expect(names).not.toContain(gone);
			}
			expect(body.supervisors.find((s) => s.username === 'active-one')).toEqual({
				id: expect.any(String),
				officeId: demoOffice.id,
				username: 'active-one',
				displayName: 'ชื่อของ active-one'
			});
			expect(body.supervisors.every((s) => s.officeId === demoOffice.id)).toBe(true);
		});

		it('sees a supervisor again once their account is enabled', async () => {
			const user = await store.accounts.findForSignIn('disabled-one');
			await store.accounts.setDisabled(user!.user.id, null);
			const body = (await (await get()).json()) as { supervisors: { username: string }[] };
			expect(body.supervisors.map((s) => s.username)).toContain('disabled-one');
			await store.accounts.setDisabled(user!.user.id, later(200));
		});

		it('refuses a missing, unknown or revoked device token', async () => {
			expect((await get({ token: null })).status).toBe(401);
			expect((await get({ token: 'made-up' })).status).toBe(401);
			const revoked = await enroll(demoOffice.id);
			await revokeDevice(store, revoked.deviceId, null, later(500));
			const response = await get({ token: revoked.token });
			expect(response.status).toBe(401);
			expect(await response.json()).toMatchObject({ error: { code: 'device-not-enrolled' } });
		});
	}
);
