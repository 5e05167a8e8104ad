import { BALLOT_COOKIE, PublicSurveyAccepted } from '$lib/api/survey-link-contract';
import { malformedJson, readJsonBody } from '$lib/server/http/read-body';
import { apiError, respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import { submitSurveyResponse } from '$lib/server/survey-links/survey-links';
import type { RequestHandler } from './$types';

/** One response of a long form is a few kB; anything much larger is not one. */
const maxBytes = 64 * 1024;

// Public, rate-limited per address; the ballot keys decide whether this phone answered already.
export const POST: RequestHandler = async ({ params, request, cookies, getClientAddress }) => {
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
	const outcome = await submitSurveyResponse(await getStore(), {
		code: params.code,
		body: body.value,
		cookieKey: cookies.get(BALLOT_COOKIE) ?? null,
		clientAddress: getClientAddress(),
		now: new Date()
	});
	switch (outcome.kind) {
		case 'stored':
		case 'duplicate':
			return respond(
				PublicSurveyAccepted,
				{ status: outcome.kind },
				{ status: outcome.kind === 'stored' ? 201 : 200 }
			);
		case 'already-answered':
			return apiError(409, 'already-answered', {
				th: 'โทรศัพท์เครื่องนี้ตอบแบบสอบถามนี้แล้ว รับได้เครื่องละหนึ่งคำตอบ ขอบคุณที่ร่วมตอบ',
				en: 'This phone has already answered this survey: it takes one response per phone. Thank you for taking part.'
			});
		case 'conflict':
			return apiError(409, 'conflict', {
				th: 'มีคำตอบอื่นที่ใช้รหัสเดียวกันนี้อยู่แล้ว คำตอบนี้จึงไม่ถูกบันทึก',
				en: 'Another response with the same id is stored; this one was not.'
			});
		case 'invalid':
			return apiError(422, 'invalid-response', {
				th: `คำตอบไม่ผ่านการตรวจสอบ: ${outcome.issues.map((i) => i.message.th).join('; ')}`,
				en: `The response is not valid: ${outcome.issues.map((i) => i.message.en).join('; ')}`
			});
		case 'not-found':
			return apiError(404, 'not-found', {
				th: 'ไม่พบแบบสอบถามของลิงก์นี้',
				en: 'There is no survey at this link.'
			});
		case 'closed':
			return apiError(410, 'closed', {
				th: 'แบบสอบถามนี้ปิดรับคำตอบแล้ว คำตอบนี้จึงไม่ถูกบันทึก',
				en: 'This survey no longer takes answers; this response was not stored.'
			});
		case 'rate-limited':
			return apiError(429, 'rate-limited', {
				th: 'มีการส่งจากเครือข่ายนี้บ่อยเกินไป จะลองส่งอีกครั้งภายหลังโดยอัตโนมัติ',
				en: 'Too many submissions from this network; it will be sent again later by itself.'
			});
	}
};
