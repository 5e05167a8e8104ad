import { listEditableForms } from '$lib/server/forms/form-drafts';
import { groupNames } from '$lib/server/forms/form-owners';
import { thaiCollator } from '$lib/server/store/db';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// Admins and group leaders get here (route-access.ts); each sees only the forms they may edit.
export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	const store = await getStore();
	const [forms, groups] = await Promise.all([
		listEditableForms(store, user),
		groupNames(store, user.officeId)
	]);
	forms.sort((a, b) => thaiCollator.compare(a.title.th, b.title.th));
	return { forms, groups };
};
