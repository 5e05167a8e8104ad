import type {
	GroupReport,
	GroupReportDimension,
	GroupReportItem,
	GroupReportQuery
} from '$lib/api/report-contract';
import {
	fiscalQuarterRange,
	fiscalYearRange,
	levelOfMean,
	questionsOf,
	rankBy,
	roundMean,
	satisfactionPercent,
	type FiscalQuarter,
	type FormDefinition,
	type LevelScheme,
	type LocalizedText,
	type RatingSummary
} from '$lib/domain';
import type { Store } from '../store/types';

/** What a caller names and the store does not hold, for the route to answer 404. */
export class ReportNotFoundError extends Error {
	constructor(
		readonly code: 'unknown-group' | 'unknown-form',
		readonly text: { th: string; en: string }
	) {
		super(text.en);
		this.name = 'ReportNotFoundError';
	}
}

export type GroupReportInput = GroupReportQuery & { groupId: string };

/**
 * The satisfaction report of one group for a fiscal year or one quarter of it (DOMAIN.md §3):
 * the counts come from the database (`store.reports.ratingAggregates`), the order and labels
 * from the form definition, the levels from the office's band scheme. Throws
 * ReportNotFoundError for an unknown group or form. It does not check who asks: authorization
 * comes with issue 6.
 */
export async function buildGroupReport(
	store: Store,
	input: GroupReportInput
): Promise<GroupReport> {
	// Groups are master data of a few dozen rows: finding the id here also turns a malformed id
	// into "unknown group" without sending it to SQL.
	const group = (await store.groups.list()).find((g) => g.id === input.groupId);
	if (group === undefined) {
		throw new ReportNotFoundError('unknown-group', {
			th: 'ไม่พบกลุ่มที่ระบุ',
			en: `No group with id ${input.groupId}`
		});
	}
	const office = (await store.offices.list()).find((o) => o.id === group.officeId);
	// A group's office is a foreign key: a group without one is a broken store, not bad input.
	if (office === undefined) throw new Error(`Group ${group.id} has no office ${group.officeId}`);

	const form = await chooseForm(store, group.officeId, group.id, input.form, input.version);
	const quarter = input.quarter === undefined ? null : toQuarter(input.quarter);
	const { start, end } =
		quarter === null ? fiscalYearRange(input.fy) : fiscalQuarterRange(input.fy, quarter);

	const aggregates = await store.reports.ratingAggregates({
		officeId: office.id,
		groupId: group.id,
		formId: form.id,
		formVersion: input.version,
		from: start,
		to: end,
		schoolId: input.school,
		respondentType: input.respondentType
	});

	const scheme = office.levelScheme;
	const keyOf = (key: string, dimension: string) => `${key}\u0000${dimension}`;
	const itemAggregates = new Map(
		aggregates.items.map((a) => [keyOf(a.questionKey, a.dimension), a] as const)
	);
	const dimensionAggregates = new Map(aggregates.dimensions.map((d) => [d.dimension, d] as const));

	// Every item of the form, answered or not, so a page shows the whole questionnaire; then, when
	// versions are pooled, items only an older version asked, which still have answers to report.
	const formItems = questionsOf(form).flatMap((q) =>
		q.kind === 'rating' ? [{ key: q.key, dimension: q.dimension, label: q.label }] : []
	);
	const known = new Set(formItems.map((i) => keyOf(i.key, i.dimension)));
	const olderItems = aggregates.items.filter((a) => !known.has(keyOf(a.questionKey, a.dimension)));
	const olderLabels =
		olderItems.length === 0
			? new Map<string, LocalizedText>()
			: await labelsOfOlderVersions(store, form);
	const itemRows = [
		...formItems,
		...olderItems.map((a) => ({
			key: a.questionKey,
			dimension: a.dimension,
			label: olderLabels.get(`item:${a.questionKey}`) ?? { th: a.questionKey }
		}))
	].map((row) => ({
		...row,
		...statistics(itemAggregates.get(keyOf(row.key, row.dimension)) ?? null, scheme)
	}));
	const itemRanks = rankBy(itemRows, (r) => r.meanRounded);
	const items: GroupReportItem[] = itemRows.map((r, i) => ({ ...r, rank: itemRanks[i] ?? null }));

	const formDimensions = form.dimensions.map((d) => ({ key: d.key, label: d.label }));
	const knownDimensions = new Set(formDimensions.map((d) => d.key));
	const dimensionRows = [
		...formDimensions,
		// A dimension the form's items use without declaring it, or one only older versions had.
		...[...new Set(items.map((i) => i.dimension))]
			.filter((key) => !knownDimensions.has(key))
			.map((key) => ({ key, label: olderLabels.get(`dimension:${key}`) ?? { th: key } }))
	].map((row) => {
		const aggregate = dimensionAggregates.get(row.key);
		return {
			...row,
			responses: aggregate?.responses ?? 0,
			...statistics(aggregate ?? null, scheme)
		};
	});
	const dimensionRanks = rankBy(dimensionRows, (r) => r.meanRounded);
	const dimensions: GroupReportDimension[] = dimensionRows.map((r, i) => ({
		...r,
		rank: dimensionRanks[i] ?? null
	}));

	// Lowest first; equal printed means keep the form's order, so the list is stable.
	const lowest = items
		.flatMap((item, order) =>
			item.meanRounded === null ? [] : [{ item, mean: item.meanRounded, order }]
		)
		.sort((a, b) => a.mean - b.mean || a.order - b.order)
		.slice(0, 3)
		.map(({ item }) => ({
			key: item.key,
			dimension: item.dimension,
			label: item.label,
			meanRounded: item.meanRounded,
			level: item.level
		}));

	return {
		group: { id: group.id, code: group.code, name: group.name, shortName: group.shortName },
		period: { fy: input.fy, quarter, from: start.toISOString(), to: end.toISOString() },
		filters: { schoolId: input.school ?? null, respondentType: input.respondentType ?? null },
		levelScheme: scheme,
		form: { id: form.id, title: form.title, version: input.version ?? null },
		responses: aggregates.overall.responses,
		items,
		dimensions,
		overall: {
			...statistics(aggregates.overall, scheme),
			responses: aggregates.overall.responses,
			satisfactionPercent: satisfactionPercent(aggregates.overall.mean)
		},
		lowest
	};
}

/** The summary of a row plus its printed mean and level; an absent aggregate is an empty row. */
function statistics(summary: RatingSummary | null, scheme: LevelScheme) {
	if (summary === null || summary.mean === null) {
		return {
			n: summary?.n ?? 0,
			counts: [0, 0, 0, 0, 0] as [number, number, number, number, number],
			percents: [0, 0, 0, 0, 0] as [number, number, number, number, number],
			mean: null,
			meanRounded: null,
			sd: null,
			level: null
		};
	}
	return {
		n: summary.n,
		counts: [...summary.counts] as [number, number, number, number, number],
		percents: summary.percents,
		mean: summary.mean,
		meanRounded: roundMean(summary.mean),
		sd: summary.sd,
		level: levelOfMean(summary.mean, scheme)
	};
}

/**
 * The form reported on: the one named, or the office's published satisfaction form, the
 * group's own before an office-wide one. With a version, that version (its labels and order);
 * without, the latest published one, whose labels head a report that pools every version.
 */
async function chooseForm(
	store: Store,
	officeId: string,
	groupId: string,
	formId: string | undefined,
	version: number | undefined
): Promise<FormDefinition> {
	const published = await store.forms.listPublished(officeId);
	let form: FormDefinition | null | undefined;
	if (formId === undefined) {
		const satisfaction = published.filter((f) => f.kind === 'satisfaction');
		const chosen =
			satisfaction.find((f) => f.groupId === groupId) ??
			satisfaction.find((f) => f.groupId === null);
		form =
			chosen === undefined || version === undefined
				? chosen
				: await store.forms.get(chosen.id, version);
	} else {
		form =
			version === undefined
				? published.find((f) => f.id === formId)
				: await store.forms.get(formId, version);
	}
	// Another office's form, or another group's, would report answers this group never had.
	if (
		form === null ||
		form === undefined ||
		form.publishedAt === null ||
		form.officeId !== officeId ||
		(form.groupId !== null && form.groupId !== groupId)
	) {
		throw new ReportNotFoundError('unknown-form', {
			th: 'ไม่พบแบบสอบถามที่ระบุสำหรับกลุ่มนี้',
			en:
				formId === undefined
					? 'The office has no published satisfaction form for this group'
					: `No published form ${formId}${version === undefined ? '' : ` version ${version}`} for this group`
		});
	}
	return form;
}

/**
 * Labels of items and dimensions that the latest version dropped, from the newest older version
 * that had them: answers pooled by key still need the words they were asked with.
 */
async function labelsOfOlderVersions(
	store: Store,
	latest: FormDefinition
): Promise<Map<string, LocalizedText>> {
	const labels = new Map<string, LocalizedText>();
	for (let version = latest.version - 1; version >= 1; version--) {
		const older = await store.forms.get(latest.id, version);
		if (older === null) continue;
		for (const q of questionsOf(older)) {
			if (q.kind === 'rating' && !labels.has(`item:${q.key}`)) labels.set(`item:${q.key}`, q.label);
		}
		for (const d of older.dimensions) {
			if (!labels.has(`dimension:${d.key}`)) labels.set(`dimension:${d.key}`, d.label);
		}
	}
	return labels;
}

function toQuarter(q: number): FiscalQuarter {
	if (q === 1 || q === 2 || q === 3 || q === 4) return q;
	throw new RangeError(`A fiscal quarter is 1–4, not ${q}`);
}
