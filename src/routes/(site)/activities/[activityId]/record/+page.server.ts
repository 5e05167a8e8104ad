import { error } from '@sveltejs/kit';
import { ActivityError, openActivity } from '$lib/server/activities/activities';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** The one-page evidence of the activity, for the same readers as its page. */
export const load: PageServerLoad = async ({ params, locals }) => {
	try {
		const { record } = await openActivity(await getStore(), locals.user!, params.activityId);
		return { record };
	} catch (cause) {
		if (cause instanceof ActivityError) error(404, `${cause.text.th} — ${cause.text.en}`);
		throw cause;
	}
};
