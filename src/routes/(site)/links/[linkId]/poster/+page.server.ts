import { error } from '@sveltejs/kit';
import { qrModules } from '$lib/server/feedback/qr-code';
import { getStore } from '$lib/server/store';
import { surveyAddress } from '$lib/server/survey-links/survey-address';
import { manageableLink } from '$lib/server/survey-links/survey-links';
import type { PageServerLoad } from './$types';

// The poster of a link the user manages; another group's link is as unknown as a missing one.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const store = await getStore();
	const link = await manageableLink(store, locals.user!, params.linkId);
	if (link === null) error(404, 'No such survey link in your groups');
	const [offices, groups, schools, forms] = await Promise.all([
		store.offices.list(),
		store.groups.list(link.officeId),
		store.schools.list(link.officeId),
		store.forms.listPublished(link.officeId)
	]);
	const address = surveyAddress(url, link.code);
	return {
		code: link.code,
		revoked: link.revokedAt !== null,
		office: offices.find((o) => o.id === link.officeId)?.name ?? null,
		group: groups.find((g) => g.id === link.groupId)?.name ?? null,
		school: schools.find((s) => s.id === link.schoolId)?.name ?? null,
		form: forms.find((f) => f.id === link.formId)?.title ?? null,
		address,
		modules: qrModules(address)
	};
};
