import type { DeviceStore, Enrollment } from '$lib/client/repos';
import { ApiError } from '$lib/api/contract';
import { EnrollmentRequest, EnrollmentResponse } from '$lib/sync/protocol';
import { exchange, parseReply, type FetchJsonOptions } from '../fetch-json';
import { SyncError } from '../sync-error';

export const enrollUrl = '/api/devices/enroll';

export interface EnrollInput {
	/** The code the administrator gave (one-time, short-lived). */
	code: string;
	/** What the administrator will see in the device list. */
	name: string;
}

/**
 * Trades an enrollment code for this device's token, once, while online, and keeps the token on
 * the device: from then on the sync engine can send. Enrolling again after a 401 works the same
 * way and keeps the outbox as it is.
 *
 * Throws SyncError: 'enrollment-code-invalid' or 'enrollment-code-expired' (ask for a new code),
 * 'bad-request' (the server refused the name or code as written), or a network failure.
 */
export async function enrollDevice(
	device: DeviceStore,
	input: EnrollInput,
	options: FetchJsonOptions = {}
): Promise<Enrollment> {
	const deviceId = await device.settings.deviceId();
	const request: EnrollmentRequest = { code: input.code.trim(), deviceId, name: input.name.trim() };
	const reply = await exchange(
		enrollUrl,
		{
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(request)
		},
		options
	);
	if (reply.status === 401) {
		const code = errorCode(reply.text);
		throw new SyncError(
			code === 'enrollment-code-expired' ? 'enrollment-code-expired' : 'enrollment-code-invalid'
		);
	}
	if (reply.status >= 400 && reply.status < 500) {
		throw new SyncError('bad-request', `HTTP ${reply.status} ${errorCode(reply.text) ?? ''}`);
	}
	if (reply.status < 200 || reply.status > 299) {
		throw new SyncError('server', `HTTP ${reply.status}`);
	}
	const enrolled = parseReply(reply, EnrollmentResponse);
	// The token must be this device's: records carry this id, and the server checks that they match.
	if (enrolled.deviceId !== deviceId) {
		throw new SyncError('invalid-response', `enrolled ${enrolled.deviceId}, not ${deviceId}`);
	}
	const enrollment: Enrollment = {
		deviceId,
		officeId: enrolled.officeId,
		deviceName: request.name,
		enrolledAt: enrolled.enrolledAt
	};
	await device.settings.saveEnrollment(enrolled.token, enrollment);
	return enrollment;
}

function errorCode(text: string): string | undefined {
	try {
		const parsed = ApiError.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data.error.code : undefined;
	} catch {
		return undefined;
	}
}
