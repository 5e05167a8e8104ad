import { expect, test, type APIRequestContext } from '@playwright/test';
import { ApiError, FormsResponse, GroupsResponse } from '$lib/api/contract';
import { newId, type FormDefinition, type Response as SurveyResponse } from '$lib/domain';
import { buildResponse } from '$lib/domain/testing/factories';
import {
	EnrollmentResponse,
	maxBatchBytes,
	maxBatchRecords,
	maxRequestBytes,
	SyncLimitsExceeded,
	SyncResponse,
	type SyncRequest
} from '$lib/sync/protocol';
import { e2eEnrollmentCode, enrollTestTablet } from './support/devices';

async function expectApiError(
	response: Awaited<ReturnType<APIRequestContext['post']>>,
	status: number,
	code: string
): Promise<void> {
	expect(response.status()).toBe(status);
	const { error } = ApiError.parse(await response.json());
	expect(error.code).toBe(code);
	expect(error.message.th).toMatch(/[\u0E00-\u0E7F]/);
	expect(error.message.en).not.toBe('');
}

test.describe('a tablet pushing its outbox to /api/sync', () => {
	let tablet: { deviceId: string; token: string; officeId: string };
	let form: FormDefinition;
	let groupId: string;

	test.beforeAll(async ({ request }) => {
		tablet = await enrollTestTablet(request);
		const { forms } = FormsResponse.parse(await (await request.get('/api/forms')).json());
		form = forms.find((f) => f.kind === 'satisfaction')!;
		const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
		groupId = groups[0]!.id;
	});

	/** Survey responses as this tablet submits them. */
	function responses(count: number): SurveyResponse[] {
		return Array.from({ length: count }, () =>
			buildResponse(form, {
				groupId,
				deviceId: tablet.deviceId,
				submittedAt: new Date().toISOString(),
				startedAt: new Date(Date.now() - 300_000).toISOString()
			})
		);
	}
	const batch = (records: unknown[]): SyncRequest =>
		({
			deviceId: tablet.deviceId,
			records: records.map((record) => ({ kind: 'response', record }))
		}) as SyncRequest;
	const bearer = () => ({ authorization: `Bearer ${tablet.token}` });

	test('enrolling with the demo code gives a token; a wrong code gets 401 in Thai and English', async ({
		request
	}) => {
		const deviceId = newId();
		const ok = await request.post('/api/devices/enroll', {
			data: { code: e2eEnrollmentCode.toLowerCase(), deviceId, name: 'แท็บเล็ต 9' }
		});
		expect(ok.status()).toBe(200);
		expect(ok.headers()['cache-control']).toBe('no-store');
		expect(EnrollmentResponse.parse(await ok.json())).toMatchObject({ deviceId });

		const wrong = await request.post('/api/devices/enroll', {
			data: { code: 'NOT-A-CODE', deviceId: newId(), name: 'แท็บเล็ต 10' }
		});
		await expectApiError(wrong, 401, 'enrollment-code-invalid');
	});

	test('a batch is answered record by record; sent again, it is all duplicates', async ({
		request
	}) => {
		const records = responses(5);
		const first = await request.post('/api/sync', { headers: bearer(), data: batch(records) });
		expect(first.status()).toBe(200);
		const { results } = SyncResponse.parse(await first.json());
		expect(results).toEqual(records.map((r) => ({ id: r.id, status: 'stored' })));

		// As if the answer had been lost on the way back: the tablet sends the same batch again.
		const again = await request.post('/api/sync', { headers: bearer(), data: batch(records) });
		const resent = SyncResponse.parse(await again.json());
		expect(resent.results.map((r) => r.status)).toEqual(Array(5).fill('duplicate'));
	});

	test('one bad record among good ones is rejected alone, with its reason', async ({ request }) => {
		const [good1, bad, good2] = responses(3);
		const unknownVersion = { ...bad!, formVersion: 99 };
		const response = await request.post('/api/sync', {
			headers: bearer(),
			data: batch([good1, unknownVersion, good2])
		});
		const { results } = SyncResponse.parse(await response.json());
		expect(results.map((r) => r.status)).toEqual(['stored', 'rejected', 'stored']);
		expect(results[1]).toMatchObject({
			id: bad!.id,
			error: { code: 'unknown-form-version', message: { en: expect.stringContaining('99') } }
		});
	});

	test('an unknown token, or none, gets 401 device-not-enrolled', async ({ request }) => {
		const data = batch(responses(1));
		const unknown = await request.post('/api/sync', {
			headers: { authorization: 'Bearer rjd_this-token-was-never-issued' },
			data
		});
		await expectApiError(unknown, 401, 'device-not-enrolled');
		await expectApiError(await request.post('/api/sync', { data }), 401, 'device-not-enrolled');
	});

	test('a body that is not JSON gets 400', async ({ request }) => {
		const response = await request.post('/api/sync', {
			headers: { ...bearer(), 'content-type': 'application/json' },
			// A Buffer goes out as it is; a string would be encoded as a JSON string.
			data: Buffer.from(`{"deviceId": "${tablet.deviceId}", "records": [ {"kind": `)
		});
		await expectApiError(response, 400, 'malformed-json');
	});

	test('too many records, or too many bytes, get 413 with the limits to split by', async ({
		request
	}) => {
		const tooMany = await request.post('/api/sync', {
			headers: bearer(),
			data: batch(responses(maxBatchRecords + 1))
		});
		expect(tooMany.status()).toBe(413);
		const { error } = SyncLimitsExceeded.parse(await tooMany.json());
		expect(error.limits).toEqual({ maxRecords: maxBatchRecords, maxBytes: maxBatchBytes });

		const padded = { ...batch(responses(1)), padding: 'ก'.repeat(maxRequestBytes / 3 + 1) };
		const tooBig = await request.post('/api/sync', { headers: bearer(), data: padded });
		expect(tooBig.status()).toBe(413);
		expect(SyncLimitsExceeded.parse(await tooBig.json()).error.code).toBe('batch-too-large');
	});
});

test.describe('master data with ETags', () => {
	for (const path of ['/api/forms', '/api/groups', '/api/schools', '/api/offices']) {
		test(`${path} answers 304 when the tablet's copy is current`, async ({ request }) => {
			const first = await request.get(path);
			const etag = first.headers()['etag'];
			expect(etag).toMatch(/^"[\w-]+"$/);
			const again = await request.get(path, { headers: { 'if-none-match': etag! } });
			expect(again.status()).toBe(304);
			expect(await again.body()).toHaveLength(0);
			const stale = await request.get(path, { headers: { 'if-none-match': '"old"' } });
			expect(stale.status()).toBe(200);
		});
	}
});
