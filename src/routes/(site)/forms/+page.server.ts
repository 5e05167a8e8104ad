import { listEditableForms } from '$lib/server/forms/form-drafts';
import { getStore } from '$lib/server/store';
import { thaiCollator } from '$lib/server/store/db';
import type { PageServerLoad } from './$types';

// Admins and group leaders get here (route-access.ts); each sees only the forms they may edit,
// office-wide forms first, then by group in the office's order, then by title.
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	const store = await getStore();
	const [forms, groups] = await Promise.all([
		listEditableForms(store, user),
		store.groups.list(user.officeId)
	]);
	const order = new Map(groups.map((g, i) => [g.id, i]));
	const rank = (groupId: string | null) => (groupId === null ? -1 : (order.get(groupId) ?? 0));
	forms.sort(
		(a, b) => rank(a.groupId) - rank(b.groupId) || thaiCollator.compare(a.title.th, b.title.th)
	);
	return { forms, groups: Object.fromEntries(groups.map((g) => [g.id, g.name])) };
};
