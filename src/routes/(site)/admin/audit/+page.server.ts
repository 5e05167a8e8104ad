import { auditActions } from '$lib/server/auth/audit';
import { auditPage, readAuditQuery } from '$lib/server/admin/audit-page';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// Only admins get here (hooks.server.ts, route-access.ts); only their own office's log.
export const load: PageServerLoad = async ({ locals, url }) => {
	const officeId = locals.user!.officeId;
	const store = await getStore();
	const [log, groups] = await Promise.all([
		auditPage(store, officeId, readAuditQuery(url.searchParams)),
		store.groups.list(officeId)
	]);
	return {
		actions: [...auditActions],
		log,
		// To name the groups of group leaders' roles in `roles-changed` and `user-created` lines.
		groups: groups.map((g) => ({ id: g.id, name: g.name, shortName: g.shortName }))
	};
};
