import { policy } from '$lib/server/auth/policy';
import type { LayoutServerLoad } from './$types';

// hooks.server.ts reads the locale cookie; passing it down lets the client start where SSR did.
// The signed-in user's name is for the header; what they may open is decided in hooks.
export const load: LayoutServerLoad = ({ locals }) => ({
	locale: locals.locale,
	account:
		locals.user === null
			? null
			: {
					displayName: locals.user.displayName,
					// The header links to the feedback inbox for those who may use it (issue 7).
					inbox: policy.useFeedbackInbox(locals.user),
					// And to the survey links page (issue 8).
					links: policy.useSurveyLinks(locals.user),
					// The landing page offers participation activities to those who may use them (issue 8).
					activities: policy.useActivities(locals.user)
				}
});
