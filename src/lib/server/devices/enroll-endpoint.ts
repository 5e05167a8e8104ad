import { issuesFromZod } from '$lib/domain';
import { invalidRequest, malformedJson, readJsonBody } from '$lib/server/http/read-body';
import { apiError, respond } from '$lib/server/http/respond';
import type { Store } from '$lib/server/store';
import {
	EnrollmentRequest,
	EnrollmentResponse,
	maxEnrollmentRequestBytes
} from '$lib/sync/protocol';
import { DeviceError } from './device-error';
import { enrollDevice, type EnrollOptions } from './enrollment';

/**
 * `POST /api/devices/enroll`: an enrollment code, the device's id and name → its token (200).
 * 400 for a body that is not an enrollment request, 401 for a wrong, used or expired code.
 */
export async function handleEnrollRequest(
	store: Store,
	request: Request,
	options: EnrollOptions = {}
): Promise<Response> {
	const body = await readJsonBody(request, maxEnrollmentRequestBytes);
	if (!body.ok) {
		if (body.reason === 'malformed-json') return malformedJson();
		return invalidRequest(
			body.reason === 'too-large'
				? {
						th: `ข้อมูลยาวเกิน ${maxEnrollmentRequestBytes} ไบต์`,
						en: `it is over ${maxEnrollmentRequestBytes} bytes`
					}
				: { th: 'อ่านข้อมูลที่ส่งมาไม่ได้', en: 'the body could not be read' }
		);
	}
	const parsed = EnrollmentRequest.safeParse(body.value, { reportInput: true });
	if (!parsed.success) {
		const issue = issuesFromZod(parsed.error)[0];
		return invalidRequest(issue?.message ?? { th: 'ข้อมูลไม่ครบ', en: 'fields are missing' });
	}
	try {
		const enrolled = await enrollDevice(store, parsed.data, options);
		// The token is shown this once; nothing on the way may keep a copy.
		return respond(EnrollmentResponse, enrolled, { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		if (error instanceof DeviceError) return apiError(401, error.reason, error.userMessage);
		throw error;
	}
}
