import { inboxFilterFromQuery } from '$lib/domain';
import { feedbackInboxScope } from '$lib/server/auth/policy';
import { listInbox } from '$lib/server/feedback/feedback-triage';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// Only inbox users get here (hooks.server.ts); which items they see is the service's call.
export const load: PageServerLoad = async ({ url, locals }) => {
	const user = locals.user!;
	const store = await getStore();
	const filter = inboxFilterFromQuery(url.searchParams);
	const [inbox, groups, schools] = await Promise.all([
		listInbox(store, user, filter, new Date()),
		store.groups.list(user.officeId),
		store.schools.list(user.officeId)
	]);
	const scope = feedbackInboxScope(user);
	return {
		filter,
		inbox,
		wholeOffice: scope.wholeOffice,
		// A group leader filters among their own groups only.
		groups: groups
			.filter((g) => scope.wholeOffice || scope.groupIds.includes(g.id))
			.map((g) => ({ id: g.id, name: g.name, shortName: g.shortName })),
		schools: schools.map((s) => ({ id: s.id, name: s.name }))
	};
};
