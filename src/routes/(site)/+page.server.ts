import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// TODO(issue 6): a deployment serving several offices shows the signed-in user's office; until
// accounts exist the landing page shows the first one.
export const load: PageServerLoad = async () => {
	const store = await getStore();
	const [office] = await store.offices.list();
	if (!office) return { office: null, groups: [], forms: [] };
	const [groups, forms] = await Promise.all([
		store.groups.list(office.id),
		store.forms.listPublished(office.id)
	]);
	return { office, groups, forms };
};
