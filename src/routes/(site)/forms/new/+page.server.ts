import { fail, redirect } from '@sveltejs/kit';
import { FormKind } from '$lib/domain';
import { createForm } from '$lib/server/forms/form-drafts';
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
		const titleTh = String(posted.get('titleTh') ?? '').trim();
		const titleEn = String(posted.get('titleEn') ?? '').trim();
		const kind = FormKind.safeParse(posted.get('kind'));
		const owner = chosenOwner(await ownerChoices(store, user), posted.get('owner'));
		const values = { titleTh, titleEn };
		if (titleTh === '') return fail(400, { ...values, missing: 'title' as const });
		if (owner === undefined) return fail(400, { ...values, missing: 'owner' as const });
		const form = await createForm(store, user, {
			title: titleEn ? { th: titleTh, en: titleEn } : { th: titleTh },
			kind: kind.success ? kind.data : 'satisfaction',
			groupId: owner.groupId
		});
		redirect(303, `/forms/${form.id}`);
	}
};
