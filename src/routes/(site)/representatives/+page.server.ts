import {
	listRepresentatives,
	removeRepresentative,
	saveRepresentative
} from '$lib/server/activities/activities';
import { attempt, representativeInput } from '$lib/server/activities/form-input';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { representatives, groups, manageable } = await listRepresentatives(
		await getStore(),
		locals.user!
	);
	const mayManage = new Set(manageable.map((g) => g.id));
	return {
		representatives: representatives.map((r) => ({ ...r, mayManage: mayManage.has(r.groupId) })),
		groups: groups.map((g) => ({ id: g.id, name: g.name, shortName: g.shortName })),
		manageable: manageable.map((g) => ({ id: g.id, name: g.name }))
	};
};

export const actions: Actions = {
	save: async ({ request, locals }) => {
		const input = representativeInput(await request.formData());
		const store = await getStore();
		return attempt(
			input.id === '' ? 'add' : 'edit',
			async () => void (await saveRepresentative(store, locals.user!, input)),
			input
		);
	},

	// Removing is asked twice; without JavaScript the page asks again.
	remove: async ({ request, locals }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		if (form.get('confirmed') !== 'yes') return { action: 'remove', confirm: id };
		const store = await getStore();
		return attempt('remove', () => removeRepresentative(store, locals.user!, id));
	}
};
