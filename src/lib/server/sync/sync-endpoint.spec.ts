import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '$lib/api/contract';
import { newId, type FormDefinition, type Response as SurveyResponse } from '$lib/domain';
import { handleEnrollRequest, issueEnrollmentCode } from '$lib/server/devices';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoOffice } from '$lib/server/seed/demo-office';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import {
	EnrollmentResponse,
	maxBatchBytes,
	maxBatchRecords,
	maxRequestBytes,
	SyncLimitsExceeded,
	SyncResponse,
	type SyncRequest
} from '$lib/sync/protocol';
import { handleSyncRequest } from './sync-endpoint';

const origin = 'http://ruamjai.test';

function post(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
	return new Request(origin + path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body
	});
}

/** A body sent in chunks without a Content-Length, as a client streaming it would. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
	const chunk = new Uint8Array(64 * 1024).fill(0x20);
	let sent = 0;
	return new ReadableStream({
		pull(controller) {
			if (sent >= bytes) return controller.close();
			controller.enqueue(chunk);
			sent += chunk.length;
		}
	});
}

async function apiError(response: Response, status: number): Promise<ApiError['error']> {
	expect(response.status).toBe(status);
	const { error } = ApiError.parse(await response.json());
	expect(error.message.th).toMatch(/[\u0E00-\u0E7F]/);
	expect(error.message.en.length).toBeGreaterThan(10);
	return error;
}

describe.each(storesUnderTest())('the sync and enrollment endpoints on $name', (target) => {
	let store: Store;
	let form: FormDefinition;
	let deviceId: string;
	let token: string;

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		const { code } = await issueEnrollmentCode(store, demoOffice.id);
		deviceId = newId();
		const enrolled = await handleEnrollRequest(
			store,
			post('/api/devices/enroll', JSON.stringify({ code, deviceId, name: 'แท็บเล็ต 2' }))
		);
		expect(enrolled.status).toBe(200);
		expect(enrolled.headers.get('cache-control')).toBe('no-store');
		token = EnrollmentResponse.parse(await enrolled.json()).token;
	});
	afterAll(() => target.dispose());

	let seed = 1;
	function responses(count: number): SurveyResponse[] {
		return buildDemoResponses(form, { count, seed: seed++, now: new Date() }).map((r) => ({
			...r,
			id: newId(),
			deviceId
		}));
	}
	const syncBody = (records: SurveyResponse[], from = deviceId): SyncRequest => ({
		deviceId: from,
		records: records.map((record) => ({ kind: 'response', record }))
	});
	const sync = (body: BodyInit, bearer: string | null = token) =>
		handleSyncRequest(
			store,
			post('/api/sync', body, bearer === null ? {} : { authorization: `Bearer ${bearer}` })
		);

	it('answers 200 with a result per record, and duplicates when the batch is sent again', async () => {
		const body = JSON.stringify(syncBody(responses(3)));
		const first = await sync(body);
		expect(first.status).toBe(200);
		expect(first.headers.get('cache-control')).toBe('no-store');
		const { results } = SyncResponse.parse(await first.json());
		expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);

		const again = SyncResponse.parse(await (await sync(body)).json());
		expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
	});

	it('answers 401 device-not-enrolled without a token, for an unknown one and a revoked one', async () => {
		const body = JSON.stringify(syncBody(responses(1)));
		for (const bearer of [null, 'rjd_unknown']) {
			expect((await apiError(await sync(body, bearer), 401)).code).toBe('device-not-enrolled');
		}

		const other = newId();
		const { code } = await issueEnrollmentCode(store, demoOffice.id);
		const enrolled = await handleEnrollRequest(
			store,
			post('/api/devices/enroll', JSON.stringify({ code, deviceId: other, name: 'ชั่วคราว' }))
		);
		const otherToken = EnrollmentResponse.parse(await enrolled.json()).token;
		await store.devices.revoke(other, new Date());
		const revoked = await sync(JSON.stringify(syncBody([], other)), otherToken);
		expect((await apiError(revoked, 401)).code).toBe('device-not-enrolled');
	});

	it('answers 401 when the token is of another device than the body names', async () => {
		const response = await sync(JSON.stringify(syncBody([], newId())));
		expect((await apiError(response, 401)).code).toBe('device-not-enrolled');
	});

	it('answers 400 for a body that is not JSON, or not a sync request', async () => {
		expect((await apiError(await sync('{"deviceId": "x", "records": ['), 400)).code).toBe(
			'malformed-json'
		);
		expect((await apiError(await sync(''), 400)).code).toBe('malformed-json');
		const notARequest = await sync(JSON.stringify({ deviceId, records: 'all of them' }));
		expect((await apiError(notARequest, 400)).code).toBe('invalid-request');
	});

	it('answers 413 with the limits for too many records, and stores none of them', async () => {
		const records = responses(maxBatchRecords + 1);
		const response = await sync(JSON.stringify(syncBody(records)));
		expect(response.status).toBe(413);
		const { error } = SyncLimitsExceeded.parse(await response.json());
		expect(error.limits).toEqual({ maxRecords: maxBatchRecords, maxBytes: maxBatchBytes });
		expect(error.message.th).toContain(String(maxBatchRecords));
		expect(await store.responses.get(records[0]!.id)).toBeNull();
	});

	it('answers 413 for a body over the byte limit, declared or streamed', async () => {
		const padded = JSON.stringify({ ...syncBody([]), padding: 'x'.repeat(maxRequestBytes) });
		expect((await sync(padded)).status).toBe(413);

		const request = new Request(origin + '/api/sync', {
			method: 'POST',
			headers: { authorization: `Bearer ${token}` },
			body: streamed(maxRequestBytes + 1),
			duplex: 'half'
		} as RequestInit);
		const response = await handleSyncRequest(store, request);
		expect(response.status).toBe(413);
		expect(SyncLimitsExceeded.parse(await response.json()).error.code).toBe('batch-too-large');
	});

	it('enrolls only with a good code: 401 with a message in Thai and English otherwise, 400 for junk', async () => {
		const wrong = await handleEnrollRequest(
			store,
			post(
				'/api/devices/enroll',
				JSON.stringify({ code: 'WRNG-C0DE', deviceId: newId(), name: 'x' })
			)
		);
		expect((await apiError(wrong, 401)).code).toBe('enrollment-code-invalid');

		const junk = await handleEnrollRequest(store, post('/api/devices/enroll', 'code=1234'));
		expect((await apiError(junk, 400)).code).toBe('malformed-json');
		const noName = await handleEnrollRequest(
			store,
			post('/api/devices/enroll', JSON.stringify({ code: 'ABCD-EFGH', deviceId: newId() }))
		);
		const error = await apiError(noName, 400);
		expect(error.code).toBe('invalid-request');
		expect(error.message.en).toContain('name');
	});
});
