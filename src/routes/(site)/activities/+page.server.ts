import { reportQueryNumbers } from '$lib/api/report-contract';
import { fiscalYearOf } from '$lib/domain';
import { activityGroups, listActivities } from '$lib/server/activities/activities';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/** This fiscal year, the next one (activities are planned ahead) and the four before. */
function yearsAround(current: number): number[] {
	return Array.from({ length: 6 }, (_, i) => current + 1 - i);
}

// Leaders see their groups' activities, executives and admins the office's (route-access.ts).
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user!;
	const store = await getStore();
	const current = fiscalYearOf(new Date());
	const asked = reportQueryNumbers.fy.safeParse(Number(url.searchParams.get('fy')));
	const fy = asked.success ? asked.data : current;
	const [rows, groups] = await Promise.all([
		listActivities(store, user, fy),
		activityGroups(store, user)
	]);
	return {
		fy,
		years: yearsAround(current),
		rows,
		groups: groups.readable.map((g) => ({ id: g.id, shortName: g.shortName, name: g.name })),
		mayRegister: groups.manageable.length > 0
	};
};
