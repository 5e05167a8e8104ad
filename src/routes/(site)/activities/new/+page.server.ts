import { redirect } from '@sveltejs/kit';
import { activityGroups, createActivity } from '$lib/server/activities/activities';
import { activityDraftInput, attempt } from '$lib/server/activities/form-input';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	const store = await getStore();
	const [groups, schools, forms] = await Promise.all([
		activityGroups(store, user),
		store.schools.list(user.officeId),
		store.forms.listPublished(user.officeId)
	]);
	return {
		groups: groups.manageable.map((g) => ({ id: g.id, name: g.name })),
		schools: schools.map((s) => ({ id: s.id, name: s.name })),
		forms: forms.map((f) => ({ id: f.id, title: f.title }))
	};
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const input = activityDraftInput(await request.formData());
		const store = await getStore();
		const outcome = await attempt(
			'create',
			async () => ({ id: (await createActivity(store, locals.user!, input)).id }),
			input
		);
		if ('id' in outcome) redirect(303, `/activities/${outcome.id}`);
		return outcome;
	}
};
