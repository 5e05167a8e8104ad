import { error } from '@sveltejs/kit';
import { reportQueryNumbers } from '$lib/api/report-contract';
import {
	publishedActivities,
	yearsWithPublishedActivities
} from '$lib/server/activities/activities';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

// Public: what an office published is meant to be read by anyone (and linked as ITA evidence).
// A year is listed when its page or one of its participation activities (issue 8) was published;
// without a year, the latest such. A year with neither is a 404 like a missing page.
export const load: PageServerLoad = async ({ params }) => {
	const store = await getStore();
	const office = (await store.offices.list()).find((o) => o.id === params.officeId);
	if (office === undefined) error(404, 'No such office');
	const [pages, activityYears] = await Promise.all([
		store.transparency.listPublished(office.id),
		yearsWithPublishedActivities(store, office.id)
	]);
	const years = [...new Set([...pages.map((y) => y.fy), ...activityYears])]
		.sort((a, b) => b - a)
		.map((fy) => ({ fy }));
	let fy = years[0]?.fy;
	if (params.fy !== undefined) {
		const parsed = reportQueryNumbers.fy.safeParse(Number(params.fy));
		if (!parsed.success) error(404, 'No such fiscal year');
		fy = parsed.data;
	}
	const [page, activities] =
		fy === undefined
			? [null, []]
			: await Promise.all([
					store.transparency.get(office.id, fy),
					publishedActivities(store, office.id, fy)
				]);
	if (params.fy !== undefined && page === null && activities.length === 0) {
		error(404, 'This fiscal year is not published');
	}
	return { office: { id: office.id, name: office.name }, years, fy: fy ?? null, page, activities };
};
