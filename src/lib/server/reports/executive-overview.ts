import type {
	ExecutiveOverview,
	OverviewQuery,
	OverviewRow,
	ReportNoteKind
} from '$lib/api/report-contract';
import { rankBy, summarize, type Group, type LevelCounts, type Office } from '$lib/domain';
import type { Store } from '../store/types';
import { change, overallStatistics, ReportNotFoundError } from './group-report';
import type { GroupAggregate } from './rating-aggregates';
import { fiscalYearOfPeriod, notePeriodOf, previousPeriod, resolvePeriod } from './report-period';

/**
 * Every group of the office side by side for the executive (issue 5): per group, every answer to
 * every satisfaction form of the office pooled, as the overall row of the group's own report
 * would be if all its forms were one. Two queries (this period and the previous) for all groups.
 * Does not check who asks: hooks.server.ts does (route-access.ts).
 */
export async function buildExecutiveOverview(
	store: Store,
	query: OverviewQuery
): Promise<ExecutiveOverview> {
	const office = await chooseOffice(store, query.office);
	const period = resolvePeriod(query);
	const previous = previousPeriod(period);
	const fy = fiscalYearOfPeriod(period.period);
	const groups = (await store.groups.list(office.id)).filter((g) => isActiveIn(g, fy));
	const formIds = (await store.forms.listPublished(office.id))
		.filter((f) => f.kind === 'satisfaction')
		.map((f) => f.id);
	const notePeriod = notePeriodOf(period.period);

	const filter = { officeId: office.id, formId: formIds, from: period.start, to: period.end };
	const [current, before, notes] = await Promise.all([
		store.reports.groupAggregates(filter),
		store.reports.groupAggregates({ ...filter, from: previous.start, to: previous.end }),
		notePeriod === null ? [] : store.reports.notes.list(office.id, notePeriod)
	]);
	const currentOf = new Map(current.map((a) => [a.groupId, a] as const));
	const beforeOf = new Map(before.map((a) => [a.groupId, a] as const));
	const hasNote = (groupId: string, kind: ReportNoteKind) =>
		notes.some((n) => n.groupId === groupId && n.kind === kind);

	const rows = groups.map((group, order) => {
		const overall = overallStatistics(currentOf.get(group.id) ?? null, office.levelScheme);
		return {
			order,
			row: {
				group: { id: group.id, code: group.code, name: group.name, shortName: group.shortName },
				...overall,
				...change(overall, beforeOf.get(group.id)),
				hasExecutiveOpinion: hasNote(group.id, 'executive-opinion'),
				hasImprovementActions: hasNote(group.id, 'improvement-actions')
			}
		};
	});
	const ranks = rankBy(rows, (r) => r.row.meanRounded);
	const ranked: OverviewRow[] = rows
		.map(({ order, row }, i) => ({ order, row: { ...row, rank: ranks[i] ?? null } }))
		// Highest printed mean first, groups without answers last, ties in the office's order.
		.sort((a, b) => (b.row.meanRounded ?? -1) - (a.row.meanRounded ?? -1) || a.order - b.order)
		.map(({ row }) => row);

	const overall = overallStatistics(pooled(current), office.levelScheme);
	return {
		office: { id: office.id, name: office.name },
		period: period.period,
		previousPeriod: previous.period,
		levelScheme: office.levelScheme,
		groups: ranked,
		overall: { ...overall, ...change(overall, pooled(before)) }
	};
}

/**
 * All groups as one. Counts add up exactly, and a response belongs to one group, so the sums
 * are what one query over the whole office would count.
 */
function pooled(aggregates: readonly GroupAggregate[]) {
	const counts = [0, 0, 0, 0, 0];
	let responses = 0;
	for (const a of aggregates) {
		a.counts.forEach((c, i) => (counts[i] = (counts[i] ?? 0) + c));
		responses += a.responses;
	}
	return { ...summarize(counts as unknown as LevelCounts), responses };
}

function isActiveIn(group: Group, fy: number): boolean {
	return (
		(group.activeFromFy === null || group.activeFromFy <= fy) &&
		(group.activeToFy === null || group.activeToFy >= fy)
	);
}

async function chooseOffice(store: Store, officeId: string | undefined): Promise<Office> {
	const offices = await store.offices.list();
	const office =
		officeId === undefined
			? offices.length === 1
				? offices[0]
				: undefined
			: offices.find((o) => o.id === officeId);
	if (office === undefined) {
		throw new ReportNotFoundError('unknown-office', {
			th: officeId === undefined ? 'ระบบมีหลายสำนักงาน โปรดระบุสำนักงาน' : `ไม่พบสำนักงาน ${officeId}`,
			en:
				officeId === undefined
					? 'The server holds several offices: name one with ?office='
					: `No office ${officeId}`
		});
	}
	return office;
}
