import { BALLOT_COOKIE, PublicSurvey } from '$lib/api/survey-link-contract';
import { apiError, respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import {
	BALLOT_COOKIE_OPTIONS,
	newBallotKey,
	publicSurvey
} from '$lib/server/survey-links/survey-links';
import type { RequestHandler } from './$types';

// Public: the code is the link's only credential, and it opens this one survey.
export const GET: RequestHandler = async ({ params, cookies, url }) => {
	const outcome = await publicSurvey(await getStore(), params.code);
	if (outcome.kind === 'not-found') {
		return apiError(404, 'not-found', {
			th: 'ไม่พบแบบสอบถามของลิงก์นี้ กรุณาตรวจสอบลิงก์อีกครั้ง',
			en: 'There is no survey at this link. Please check the link.'
		});
	}
	if (outcome.kind !== 'found') {
		return apiError(410, 'closed', {
			th: 'แบบสอบถามนี้ปิดรับคำตอบแล้ว',
			en: 'This survey no longer takes answers.'
		});
	}
	// The server's half of the phone's ballot: a second key the phone cannot clear with its
	// IndexedDB alone. Never renewed, so it keeps the value its first response was counted under.
	if (cookies.get(BALLOT_COOKIE) === undefined) {
		cookies.set(BALLOT_COOKIE, newBallotKey(), {
			...BALLOT_COOKIE_OPTIONS,
			secure: url.protocol === 'https:'
		});
	}
	return respond(PublicSurvey, outcome.survey, { headers: { 'cache-control': 'no-store' } });
};
