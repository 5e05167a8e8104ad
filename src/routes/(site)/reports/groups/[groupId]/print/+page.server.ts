import { error } from '@sveltejs/kit';
import { GroupReportQuery } from '$lib/api/report-contract';
import { namesNoPeriod, readReportQuery } from '$lib/components/reports/report-query';
import { fiscalYearOf, issuesFromZod } from '$lib/domain';
import { buildGroupReport, ReportNotFoundError } from '$lib/server/reports/group-report';
import { getStore } from '$lib/server/store';
import type { PageServerLoad } from './$types';

/**
 * The printable report: the same report as the JSON API and the exports, with the office and
 * school names the title block needs. A link that names no period prints the current fiscal
 * year, as the report page shows it.
 */
export const load: PageServerLoad = async ({ params, url }) => {
	const raw = readReportQuery(url.searchParams);
	if (namesNoPeriod(raw)) raw.fy = String(fiscalYearOf(new Date()));
	const query = GroupReportQuery.safeParse(raw);
	if (!query.success) {
		const issue = issuesFromZod(query.error)[0];
		error(400, `${issue?.path}: ${issue?.message.th} (${issue?.message.en})`);
	}
	const store = await getStore();
	try {
		const report = await buildGroupReport(store, { ...query.data, groupId: params.groupId });
		const group = (await store.groups.list()).find((g) => g.id === report.group.id);
		const office = (await store.offices.list()).find((o) => o.id === group?.officeId);
		const school =
			report.filters.schoolId === null
				? null
				: ((await store.schools.list(office?.id)).find((s) => s.id === report.filters.schoolId) ??
					null);
		return {
			report,
			office: office === undefined ? null : { name: office.name },
			school: school === null ? null : { code: school.code, name: school.name },
			query: new URLSearchParams(raw).toString()
		};
	} catch (e) {
		if (e instanceof ReportNotFoundError) error(404, `${e.text.th} (${e.text.en})`);
		throw e;
	}
};
