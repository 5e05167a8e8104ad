import { afterEach, describe, expect, it } from 'vitest';
import { SyncError } from '$lib/sync/sync-error';
import { supervisorsUrl, refreshSupervisors } from './supervisor-sign-in';
import {
	openTestDevice,
	putTestSupervisor,
	testSupervisor,
	type TestDevice
} from './testing/device-store';

const colleague = {
	id: '0193a0c4-5d6e-7f80-9a1b-000000000002',
	officeId: testSupervisor.officeId,
	username: 'anan',
	displayName: 'นายอนันต์ มีสุข'
};

let devices: TestDevice[] = [];
afterEach(() => {
	for (const { db } of devices) db.close();
	devices = [];
});

/** An enrolled tablet holding `testSupervisor` and `colleague`. */
async function enrolledTablet(): Promise<TestDevice> {
	const tablet = openTestDevice();
	devices.push(tablet);
	await putTestSupervisor(tablet);
	const at = '2025-01-14T02:00:00.000Z';
	await tablet.db.supervisors.put({ ...colleague, pin: null, addedAt: at, lastVerifiedAt: at });
	await tablet.store.settings.saveEnrollment('device-token-1', {
		deviceId: await tablet.store.settings.deviceId(),
		officeId: testSupervisor.officeId,
		deviceName: 'แท็บเล็ต 1',
		enrolledAt: at
	});
	return tablet;
}

/** A server answering GET /api/devices/supervisors with `answer`, noting what it was asked. */
function server(answer: () => Response | Promise<Response>) {
	const asked: { url: string; authorization: string | null }[] = [];
	const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		asked.push({
			url: String(input),
			authorization: new Headers(init?.headers).get('authorization')
		});
		return answer();
	}) as typeof fetch;
	return { fetch: fakeFetch, asked };
}

async function usernames(tablet: TestDevice): Promise<string[]> {
	return (await tablet.store.supervisors.list()).map((s) => s.username).sort();
}

describe('a tablet online drops the supervisors the server no longer lets collect', () => {
	it('asks with its device token and takes off those not listed', async () => {
		const tablet = await enrolledTablet();
		const { fetch, asked } = server(() => Response.json({ supervisors: [colleague] }));
		const removed = await refreshSupervisors(tablet.store, { fetch });
		expect(asked).toEqual([{ url: supervisorsUrl, authorization: 'Bearer device-token-1' }]);
		expect(removed.map((s) => s.id)).toEqual([testSupervisor.id]);
		expect(await usernames(tablet)).toEqual(['anan']);
	});

	it('changes nothing when offline, on a server error or an unreadable answer', async () => {
		const tablet = await enrolledTablet();
		const failures = [
			() => Promise.reject(new TypeError('Failed to fetch')),
			() => new Response('boom', { status: 503 }),
			() => Response.json({ supervisors: [{ id: 'not-a-uuid' }] })
		];
		for (const failure of failures) {
			const error = await refreshSupervisors(tablet.store, { fetch: server(failure).fetch }).catch(
				(e: unknown) => e
			);
			expect(error).toBeInstanceOf(SyncError);
		}
		expect(await usernames(tablet)).toEqual(['anan', 'srisuda']);
	});

	it('forgets a refused token, as a refused sync does, and keeps its supervisors', async () => {
		const tablet = await enrolledTablet();
		const refused = server(() =>
			Response.json(
				{ error: { code: 'device-not-enrolled', message: { th: 'ไม่รู้จัก', en: 'unknown' } } },
				{ status: 401 }
			)
		);
		await expect(refreshSupervisors(tablet.store, { fetch: refused.fetch })).rejects.toMatchObject({
			reason: 'unauthorized'
		});
		expect(await tablet.store.settings.deviceToken()).toBeUndefined();
		expect(await usernames(tablet)).toEqual(['anan', 'srisuda']);
	});

	it('asks nothing of the server when the tablet is not enrolled', async () => {
		const tablet = openTestDevice();
		devices.push(tablet);
		await putTestSupervisor(tablet);
		const { fetch, asked } = server(() => Response.json({ supervisors: [] }));
		expect(await refreshSupervisors(tablet.store, { fetch })).toEqual([]);
		expect(asked).toEqual([]);
		expect(await usernames(tablet)).toEqual(['srisuda']);
	});
});
