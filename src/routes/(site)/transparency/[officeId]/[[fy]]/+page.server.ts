import { error } from '@sveltejs/kit';
import { reportQueryNumbers } from '$lib/api/report-contract';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// Public: what an office published is meant to be read by anyone (and linked as ITA evidence).
// Without a year, the latest published one; a year not published is a 404 like a missing page.
export const load: PageServerLoad = async ({ params }) => {
	const store = await getStore();
	const office = (await store.offices.list()).find((o) => o.id === params.officeId);
	if (office === undefined) error(404, 'No such office');
	const years = await store.transparency.listPublished(office.id);
	let fy = years[0]?.fy;
	if (params.fy !== undefined) {
		const parsed = reportQueryNumbers.fy.safeParse(Number(params.fy));
		if (!parsed.success) error(404, 'No such fiscal year');
		fy = parsed.data;
	}
	const page = fy === undefined ? null : await store.transparency.get(office.id, fy);
	if (params.fy !== undefined && page === null) error(404, 'This fiscal year is not published');
	return { office: { id: office.id, name: office.name }, years, page };
};
