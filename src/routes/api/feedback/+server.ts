import { PublicFeedbackCreated, PublicFeedbackRequest } from '$lib/domain';
import { submitPublicFeedback } from '$lib/server/feedback/public-feedback';
import { malformedJson, readJsonBody } from '$lib/server/http/read-body';
import { apiError, respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** A submission is at most ~5 kB of text; anything much larger is not one. */
const maxBytes = 32 * 1024;

export const POST: RequestHandler = async ({ request, getClientAddress }) => {
	const body = await readJsonBody(request, maxBytes);
	if (!body.ok) {
		if (body.reason === 'too-large') {
			return apiError(413, 'too-large', {
				th: 'ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป',
				en: 'The request is too large.'
			});
		}
		return malformedJson();
	}
	const parsed = PublicFeedbackRequest.safeParse(body.value);
	if (!parsed.success) return invalid(['officeId']);
	const outcome = await submitPublicFeedback(await getStore(), {
		officeId: parsed.data.officeId,
		input: parsed.data.submission,
		honeypot: parsed.data.website ?? null,
		clientAddress: getClientAddress(),
		now: new Date()
	});
	if (outcome.kind === 'rate-limited') {
		return apiError(429, 'rate-limited', {
			th: 'ส่งบ่อยเกินไป กรุณารอประมาณ 10 นาที',
			en: 'Too many submissions; wait about 10 minutes.'
		});
	}
	if (outcome.kind === 'invalid') return invalid(outcome.fields);
	return respond(PublicFeedbackCreated, { trackingCode: outcome.trackingCode }, { status: 201 });
};

function invalid(fields: readonly string[]): Response {
	return apiError(400, 'invalid-request', {
		th: `กรุณาตรวจสอบ: ${fields.join(', ')}`,
		en: `Please check: ${fields.join(', ')}`
	});
}
