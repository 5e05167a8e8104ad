import { FeedbackStatusLookup } from '$lib/domain';
import { lookUpFeedback } from '$lib/server/feedback/public-feedback';
import { apiError, respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, getClientAddress }) => {
	const outcome = await lookUpFeedback(await getStore(), {
		typedCode: params.code,
		clientAddress: getClientAddress(),
		now: new Date()
	});
	switch (outcome.kind) {
		case 'found':
			// The status changes: no caching by the browser or proxies.
			return respond(FeedbackStatusLookup, outcome.item, {
				headers: { 'cache-control': 'no-store' }
			});
		case 'malformed':
			return apiError(400, 'malformed-code', {
				th: 'รหัสต้องมี 8 ตัวอักษร เช่น ABCD-EFGH',
				en: 'A code has 8 characters, like ABCD-EFGH.'
			});
		case 'not-found':
			return apiError(404, 'not-found', {
				th: 'ไม่พบเรื่องที่มีรหัสนี้',
				en: 'No item has this code.'
			});
		case 'rate-limited':
			return apiError(429, 'rate-limited', {
				th: 'ค้นหาบ่อยเกินไป กรุณารอประมาณ 10 นาที',
				en: 'Too many look-ups; wait about 10 minutes.'
			});
	}
};
