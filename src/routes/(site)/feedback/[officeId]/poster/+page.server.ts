import { error } from '@sveltejs/kit';
import { qrModules } from '$lib/server/feedback/qr-code';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// Public: the poster shows only the public page's address, which anyone may print and pin up.
export const load: PageServerLoad = async ({ params, url }) => {
	const store = await getStore();
	const office = (await store.offices.list()).find((o) => o.id === params.officeId);
	if (office === undefined) error(404, 'No such office');
	const schools = (await store.schools.list(office.id)).map((s) => ({ id: s.id, name: s.name }));
	const school = schools.find((s) => s.id === url.searchParams.get('school')) ?? null;
	// The server's own origin (adapter-node's ORIGIN behind a proxy): the address people will scan.
	const target = new URL(`/feedback/${encodeURIComponent(office.id)}`, url.origin);
	if (school) target.searchParams.set('school', school.id);
	return {
		office: { id: office.id, name: office.name },
		schools,
		school,
		address: target.href,
		modules: qrModules(target.href)
	};
};
