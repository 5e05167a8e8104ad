import { fail } from '@sveltejs/kit';
import { FormKind } from '$lib/domain';
import { importForm } from '$lib/server/forms/form-drafts';
import { chosenOwner, ownerChoices } from '$lib/server/forms/form-owners';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	owners: await ownerChoices(await getStore(), locals.user!)
});

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const user = locals.user!;
		const store = await getStore();
		const posted = await request.formData();
		const file = posted.get('file');
		const owner = chosenOwner(await ownerChoices(store, user), posted.get('owner'));
		const kind = FormKind.safeParse(posted.get('kind'));
		if (!(file instanceof File) || file.size === 0) return fail(400, { missing: 'file' as const });
		if (owner === undefined) return fail(400, { missing: 'owner' as const });
		const outcome = await importForm(store, user, {
			fileName: file.name,
			bytes: new Uint8Array(await file.arrayBuffer()),
			groupId: owner.groupId,
			kind: kind.success ? kind.data : 'satisfaction'
		});
		if (!outcome.ok) {
			return fail(400, { issues: outcome.issues, notImported: outcome.notImported });
		}
		return {
			imported: { id: outcome.form.id, title: outcome.form.title },
			notImported: outcome.notImported
		};
	}
};
