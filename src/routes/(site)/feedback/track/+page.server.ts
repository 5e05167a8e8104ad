import { fail } from '@sveltejs/kit';
import { FEEDBACK_REPLY_MAX } from '$lib/domain';
import { addFollowUp, lookUpFeedback } from '$lib/server/feedback/public-feedback';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, getClientAddress }) => {
	const typedCode = url.searchParams.get('code');
	if (typedCode === null || typedCode.trim() === '') {
		return { typedCode: '', lookup: null, replyMax: FEEDBACK_REPLY_MAX };
	}
	const lookup = await lookUpFeedback(await getStore(), {
		typedCode,
		clientAddress: getClientAddress(),
		now: new Date()
	});
	return { typedCode, lookup, replyMax: FEEDBACK_REPLY_MAX };
};

export const actions: Actions = {
	followUp: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const outcome = await addFollowUp(await getStore(), {
			typedCode: String(form.get('code') ?? ''),
			text: form.get('text'),
			clientAddress: getClientAddress(),
			now: new Date()
		});
		if (outcome.kind === 'added') return { followUp: 'added' as const };
		const status = outcome.kind === 'rate-limited' ? 429 : outcome.kind === 'not-found' ? 404 : 400;
		return fail(status, { followUp: outcome.kind });
	}
};
