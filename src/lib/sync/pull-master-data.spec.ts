import { describe, expect, it } from 'vitest';
import { openTestDevice } from '$lib/client/testing/device-store';
import { demoForms } from '$lib/server/seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '$lib/server/seed/demo-office';
import { pullMasterData } from './pull-master-data';
import { SyncError } from './sync-error';
import { tabletActivity } from '$lib/client/testing/activities';

type Route = (url: string) => Response | Promise<Response>;

/** A server that answers the five master-data endpoints with the demo office, unless told otherwise. */
function fakeServer(overrides: Record<string, Route> = {}): typeof fetch {
	const bodies: Record<string, unknown> = {
		'/api/offices': { offices: [demoOffice] },
		'/api/groups': { groups: demoGroups },
		'/api/schools': { schools: demoSchools },
		'/api/forms': { forms: demoForms },
		'/api/activities': { from: '2025-01-01', to: '2025-03-31', activities: [tabletActivity()] }
	};
	return (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		const override = overrides[url];
		if (override) {
			return await new Promise<Response>((resolve, reject) => {
				init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
				void Promise.resolve(override(url)).then(resolve, reject);
			});
		}
		return Response.json(bodies[url]);
	}) as typeof fetch;
}

async function pullError(promise: Promise<unknown>): Promise<SyncError> {
	const error = await promise.then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(SyncError);
	return error as SyncError;
}

describe('a supervisor updates the tablet while online', () => {
	it('brings the offices, groups, schools and published forms onto the device', async () => {
		const { store } = openTestDevice();
		const pulled = await pullMasterData(store, { fetch: fakeServer() });
		expect(pulled).toMatchObject({ offices: 1, groups: 10, schools: demoSchools.length });
		const { forms, unreadable } = await store.masterData.latestForms({ officeId: demoOffice.id });
		expect(forms.map((f) => f.kind).sort()).toEqual(['feedback', 'satisfaction']);
		expect(unreadable).toEqual([]);
		expect((await store.masterData.groups(demoOffice.id)).map((g) => g.name.th)).toContain(
			'กลุ่มอำนวยการ'
		);
		expect(await store.settings.lastPulledAt()).toBe(pulled.pulledAt);
	});

	it('keeps what the device had when the server fails part-way', async () => {
		const { store } = openTestDevice();
		await pullMasterData(store, { fetch: fakeServer() });
		const lastPulled = await store.settings.lastPulledAt();
		const failing = fakeServer({
			'/api/groups': () => Response.json({ groups: [] }),
			'/api/forms': () => new Response('boom', { status: 503 })
		});
		const error = await pullError(pullMasterData(store, { fetch: failing }));
		expect(error.reason).toBe('server');
		expect(error.userMessage.th).toContain('ข้อมูลในเครื่องยังอยู่ครบ');
		expect(await store.masterData.groups(demoOffice.id)).toHaveLength(10);
		expect(await store.settings.lastPulledAt()).toBe(lastPulled);
	});

	it('says the server cannot be reached when the network is down', async () => {
		const { store } = openTestDevice();
		const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
		expect((await pullError(pullMasterData(store, { fetch: offline }))).reason).toBe('offline');
		expect(await store.masterData.offices()).toEqual([]);
	});

	it('gives up on a server that does not answer in time', async () => {
		const { store } = openTestDevice();
		const silent = fakeServer({ '/api/forms': () => new Promise<Response>(() => {}) });
		const error = await pullError(pullMasterData(store, { fetch: silent, timeoutMs: 50 }));
		expect(error.reason).toBe('timeout');
	});

	it('refuses data that does not match the contract, and changes nothing', async () => {
		const { store } = openTestDevice();
		const garbled = fakeServer({
			'/api/schools': () => Response.json({ schools: [{ id: 'not-a-uuid' }] })
		});
		const error = await pullError(pullMasterData(store, { fetch: garbled }));
		expect(error.reason).toBe('invalid-response');
		expect(await store.masterData.offices()).toEqual([]);
	});
});

/** The same five endpoints answering conditional requests, as the server does (ETag, 304). */
function conditionalServer() {
	const bodies: Record<string, unknown> = {
		'/api/offices': { offices: [demoOffice] },
		'/api/groups': { groups: demoGroups },
		'/api/schools': { schools: demoSchools },
		'/api/forms': { forms: demoForms },
		'/api/activities': { from: '2025-01-01', to: '2025-03-31', activities: [tabletActivity()] }
	};
	const versions: Record<string, number> = {};
	const asked: { url: string; ifNoneMatch: string | null; status: number }[] = [];
	const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		const etag = `"${url}-${versions[url] ?? 0}"`;
		const ifNoneMatch = new Headers(init?.headers).get('if-none-match');
		const status = ifNoneMatch === etag ? 304 : 200;
		asked.push({ url, ifNoneMatch, status });
		if (status === 304) return new Response(null, { status, headers: { etag } });
		return Response.json(bodies[url], { headers: { etag } });
	}) as typeof fetch;
	return {
		fetch: fetchFn,
		asked,
		change(url: string, body: unknown) {
			bodies[url] = body;
			versions[url] = (versions[url] ?? 0) + 1;
		}
	};
}

/** A tablet enrolled with the server: it pulls the activities too. */
async function enrolledDevice() {
	const device = openTestDevice();
	await device.store.settings.saveEnrollment('device-token', {
		deviceId: await device.store.settings.deviceId(),
		officeId: demoOffice.id,
		deviceName: 'แท็บเล็ตทดสอบ',
		enrolledAt: '2025-01-14T02:00:00.000Z'
	});
	return device;
}

describe('a supervisor re-checks the forms on a poor link', () => {
	it('names what the device holds, and a server with nothing new sends no lists', async () => {
		const { store } = await enrolledDevice();
		const server = conditionalServer();
		const first = await pullMasterData(store, { fetch: server.fetch });
		expect(first.unchanged).toEqual([]);
		server.asked.length = 0;

		const again = await pullMasterData(store, { fetch: server.fetch });
		expect(server.asked.map((a) => a.status)).toEqual([304, 304, 304, 304, 304]);
		expect(server.asked.every((a) => a.ifNoneMatch !== null)).toBe(true);
		expect(again).toMatchObject({
			offices: 1,
			groups: 10,
			schools: demoSchools.length,
			forms: first.forms,
			unchanged: ['offices', 'groups', 'schools', 'forms', 'activities']
		});
		expect(await store.masterData.groups(demoOffice.id)).toHaveLength(10);
	});

	it('replaces only the list that changed, and keeps the others', async () => {
		const { store } = await enrolledDevice();
		const server = conditionalServer();
		await pullMasterData(store, { fetch: server.fetch });
		server.change('/api/groups', { groups: demoGroups.slice(0, 3) });

		const pulled = await pullMasterData(store, { fetch: server.fetch });
		expect(pulled.unchanged).toEqual(['offices', 'schools', 'forms', 'activities']);
		expect(pulled.groups).toBe(3);
		expect(await store.masterData.groups(demoOffice.id)).toHaveLength(3);
		expect(await store.masterData.schools(demoOffice.id)).toHaveLength(demoSchools.length);

		// The new ETag was kept: the next pull is all 304 again.
		server.asked.length = 0;
		await pullMasterData(store, { fetch: server.fetch });
		expect(server.asked.map((a) => a.status)).toEqual([304, 304, 304, 304, 304]);
	});

	it('keeps the old ETags when the pull fails, so nothing is skipped next time', async () => {
		const { store } = openTestDevice();
		const server = conditionalServer();
		await pullMasterData(store, { fetch: server.fetch });
		const before = await store.settings.masterDataEtags();
		server.change('/api/forms', { forms: 'garbled' });

		const error = await pullError(pullMasterData(store, { fetch: server.fetch }));
		expect(error.reason).toBe('invalid-response');
		expect(await store.settings.masterDataEtags()).toEqual(before);
	});
});

describe('participation activities on the tablet (issue 8)', () => {
	it('come down only to an enrolled tablet, which names itself with its token', async () => {
		const device = openTestDevice();
		const server = conditionalServer();
		await pullMasterData(device.store, { fetch: server.fetch });
		expect(server.asked.map((a) => a.url)).not.toContain('/api/activities');
		expect(await device.store.masterData.activities()).toEqual([]);

		await device.store.settings.saveEnrollment('device-token', {
			deviceId: await device.store.settings.deviceId(),
			officeId: demoOffice.id,
			deviceName: 'แท็บเล็ตทดสอบ',
			enrolledAt: '2025-01-14T02:00:00.000Z'
		});
		let authorization: string | null = null;
		const pulled = await pullMasterData(device.store, {
			fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
				if (String(input) === '/api/activities') {
					authorization = new Headers(init?.headers).get('authorization');
				}
				return server.fetch(input, init);
			}) as typeof fetch
		});
		expect(authorization).toBe('Bearer device-token');
		expect(pulled.unchanged).not.toContain('activities');
		expect((await device.store.masterData.activities()).map((a) => a.topic)).toEqual([
			tabletActivity().topic
		]);
	});

	it('stay as they were when the server refuses the token, and the rest still comes down', async () => {
		const { store } = await enrolledDevice();
		await pullMasterData(store, { fetch: fakeServer() });
		const refused = fakeServer({
			'/api/activities': () => new Response('{}', { status: 401 }),
			'/api/groups': () => Response.json({ groups: demoGroups.slice(0, 2) })
		});
		const pulled = await pullMasterData(store, { fetch: refused });
		expect(pulled.groups).toBe(2);
		expect(pulled.unchanged).toEqual(['activities']);
		expect(await store.masterData.activities()).toHaveLength(1);
	});
});
