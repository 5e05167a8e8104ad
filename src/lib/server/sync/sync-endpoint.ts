import { issuesFromZod } from '$lib/domain';
import { DeviceError } from '$lib/server/devices/device-error';
import { authenticateDevice } from '$lib/server/devices/enrollment';
import { invalidRequest, malformedJson, readJsonBody } from '$lib/server/http/read-body';
import { apiError, respond } from '$lib/server/http/respond';
import type { EnrolledDevice, Store } from '$lib/server/store';
import {
	maxBatchBytes,
	maxBatchRecords,
	maxRequestBytes,
	SyncLimitsExceeded,
	SyncRequestEnvelope,
	SyncResponse
} from '$lib/sync/protocol';
import { ingestRecords } from './ingest';

const unreadable = { th: 'อ่านข้อมูลที่ส่งมาไม่ได้', en: 'the body could not be read' };

/** Sync answers are about this device's records at this moment: no cache may keep them. */
const noStore = { 'cache-control': 'no-store' };

/**
 * `POST /api/sync`: 401 unless the bearer token is an enrolled device's; 413 over the limits;
 * 400 for a body that is not a sync request; otherwise 200 with an answer for each record.
 */
export async function handleSyncRequest(
	store: Store,
	request: Request,
	options: { now?: Date } = {}
): Promise<Response> {
	const now = options.now ?? new Date();
	let device: EnrolledDevice;
	try {
		// Before the body is read: an unknown caller costs one indexed lookup, not 512 KB of parsing.
		device = await authenticateDevice(store, request.headers.get('authorization'), now);
	} catch (error) {
		if (error instanceof DeviceError) return deviceNotEnrolled(error);
		throw error;
	}

	const body = await readJsonBody(request, maxRequestBytes);
	if (!body.ok) {
		if (body.reason === 'too-large') return batchTooLarge();
		if (body.reason === 'malformed-json') return malformedJson();
		return invalidRequest(unreadable);
	}
	const envelope = SyncRequestEnvelope.safeParse(body.value, { reportInput: true });
	if (!envelope.success) {
		return invalidRequest(issuesFromZod(envelope.error)[0]?.message ?? unreadable);
	}
	const { deviceId, records } = envelope.data;
	if (records.length > maxBatchRecords) return batchTooLarge();
	if (deviceId !== device.id) {
		return deviceNotEnrolled(
			new DeviceError('device-not-enrolled', 'the token is of another device')
		);
	}

	const results = await ingestRecords(
		store,
		{ deviceId: device.id, officeId: device.officeId, source: 'sync' },
		records,
		{ now }
	);
	return respond(SyncResponse, { results }, { headers: noStore });
}

function deviceNotEnrolled(error: DeviceError): Response {
	return apiError(401, error.reason, error.userMessage);
}

/** 413 with the limits, so the device can split the batch and send the halves. */
function batchTooLarge(): Response {
	const kb = maxBatchBytes / 1024;
	return respond(
		SyncLimitsExceeded,
		{
			error: {
				code: 'batch-too-large',
				message: {
					th: `ชุดข้อมูลใหญ่เกินไป ส่งได้ครั้งละไม่เกิน ${maxBatchRecords} รายการ และไม่เกิน ${kb} KB`,
					en: `The batch is too large: send at most ${maxBatchRecords} records and ${kb} KB at a time.`
				},
				limits: { maxRecords: maxBatchRecords, maxBytes: maxBatchBytes }
			}
		},
		{ status: 413, headers: noStore }
	);
}
