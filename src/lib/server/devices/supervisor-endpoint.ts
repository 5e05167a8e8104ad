import {
	DeviceSupervisorRequest,
	DeviceSupervisorResponse,
	DeviceSupervisorsResponse
} from '$lib/api/device-supervisor-contract';
import { issuesFromZod } from '$lib/domain';
import { signInRefusal } from '$lib/server/auth/sign-in-endpoint';
import { invalidRequest, malformedJson, readJsonBody } from '$lib/server/http/read-body';
import { apiError, respond } from '$lib/server/http/respond';
import type { Store } from '$lib/server/store';
import { DeviceError } from './device-error';
import { authenticateDevice } from './enrollment';
import { addSupervisorToDevice, type SupervisorSignInOutcome } from './supervisor-sign-in';
import { activeSupervisorsOf } from './tablet-supervisors';

const maxBodyBytes = 4 * 1024;

/** What the tablet shows for each refusal past the password: the account cannot collect here. */
function supervisorRefusal(reason: 'not-a-supervisor' | 'other-office') {
	return reason === 'not-a-supervisor'
		? {
				code: 'not-a-supervisor',
				text: {
					th: 'บัญชีนี้ไม่มีสิทธิ์เก็บข้อมูล (ต้องเป็นศึกษานิเทศก์/ผู้เก็บข้อมูล) โปรดติดต่อผู้ดูแลระบบ',
					en: 'This account may not collect (it needs the supervisor role). Ask an administrator.'
				}
			}
		: {
				code: 'other-office',
				text: {
					th: 'บัญชีนี้เป็นของสำนักงานอื่น ไม่ใช่สำนักงานที่แท็บเล็ตเครื่องนี้ลงทะเบียนไว้',
					en: 'This account belongs to another office than the one this tablet is enrolled in.'
				}
			};
}

/** The enrolled device the request's Bearer token names, or the 401 that answers it. */
async function deviceOf(store: Store, request: Request, now: Date) {
	try {
		return await authenticateDevice(store, request.headers.get('authorization'), now);
	} catch (error) {
		if (error instanceof DeviceError) return apiError(401, error.reason, error.userMessage);
		throw error;
	}
}

function refusalResponse(outcome: Exclude<SupervisorSignInOutcome, { ok: true }>): Response {
	if (outcome.reason === 'not-a-supervisor' || outcome.reason === 'other-office') {
		const refusal = supervisorRefusal(outcome.reason);
		return apiError(403, refusal.code, refusal.text);
	}
	const refusal = signInRefusal(outcome);
	const response = apiError(refusal.status, refusal.code, refusal.text);
	if (outcome.reason === 'throttled') {
		response.headers.set('retry-after', String(outcome.retryAfterSeconds));
	}
	return response;
}

/**
 * `POST /api/devices/supervisors`: the device token (Bearer) and a supervisor's name and password
 * → who the supervisor is (200). 401 for an unknown or revoked device (before the password is
 * looked at) or a wrong password, 403 for an account that may not collect on this tablet, 429
 * when throttled.
 */
export async function handleSupervisorSignInRequest(
	store: Store,
	request: Request,
	clientAddress: string,
	now: Date = new Date()
): Promise<Response> {
	const device = await deviceOf(store, request, now);
	if (device instanceof Response) return device;
	const body = await readJsonBody(request, maxBodyBytes);
	if (!body.ok) {
		return body.reason === 'malformed-json'
			? malformedJson()
			: invalidRequest({ th: 'อ่านข้อมูลที่ส่งมาไม่ได้', en: 'the body could not be read' });
	}
	const parsed = DeviceSupervisorRequest.safeParse(body.value);
	if (!parsed.success) {
		const issue = issuesFromZod(parsed.error)[0];
		return invalidRequest(issue?.message ?? { th: 'ข้อมูลไม่ครบ', en: 'fields are missing' });
	}
	const outcome = await addSupervisorToDevice(store, device, {
		...parsed.data,
		clientAddress,
		now
	});
	if (!outcome.ok) return refusalResponse(outcome);
	return respond(
		DeviceSupervisorResponse,
		{ user: outcome.supervisor },
		{ headers: { 'cache-control': 'no-store' } }
	);
}

/**
 * `GET /api/devices/supervisors`: the device token (Bearer) → the supervisors who may still
 * collect on the tablet (200), so that it can drop those disabled or no longer supervisors. 401
 * for an unknown or revoked device.
 */
export async function handleSupervisorListRequest(
	store: Store,
	request: Request,
	now: Date = new Date()
): Promise<Response> {
	const device = await deviceOf(store, request, now);
	if (device instanceof Response) return device;
	return respond(
		DeviceSupervisorsResponse,
		{ supervisors: await activeSupervisorsOf(store, device) },
		{ headers: { 'cache-control': 'no-store' } }
	);
}
