import {
	MAX_OPEN_ANSWERS,
	type GroupReport,
	type GroupReportDimension,
	type GroupReportItem,
	type GroupReportQuery,
	type ReportNoteKind
} from '$lib/api/report-contract';
import {
	fiscalYearRange,
	levelOfMean,
	questionsOf,
	rankBy,
	respondentTypes,
	roundMean,
	satisfactionPercent,
	type FormDefinition,
	type Group,
	type LevelScheme,
	type LocalizedText,
	type Office,
	type RatingSummary
} from '$lib/domain';
import type { Store } from '../store/types';
import type { RatingFilter } from './report-filter';
import {
	fiscalYearOfPeriod,
	notePeriodOf,
	previousPeriod,
	resolvePeriod,
	type ResolvedPeriod
} from './report-period';

/** What a caller names and the store does not hold, for the route to answer 404. */
export class ReportNotFoundError extends Error {
	constructor(
		readonly code: 'unknown-group' | 'unknown-form' | 'unknown-office',
		readonly text: { th: string; en: string }
	) {
		super(text.en);
		this.name = 'ReportNotFoundError';
	}
}

export type GroupReportInput = GroupReportQuery & { groupId: string };

/** What a report is about: the group, its office, the form, the period and the filter of both. */
export interface ReportScope {
	office: Office;
	group: Group;
	form: FormDefinition;
	period: ResolvedPeriod;
	/** The rating and response filter of the period, shared by every query of the report. */
	filter: RatingFilter;
}

/**
 * Resolves a report query to what the store holds, throwing ReportNotFoundError for an unknown
 * group or form. The report and the raw export both start here, so they count the same rows.
 */
export async function resolveReportScope(
	store: Store,
	input: GroupReportInput
): Promise<ReportScope> {
	// Groups are master data of a few dozen rows: finding the id here also turns a malformed id
	// into "unknown group" without sending it to SQL.
	const group = (await store.groups.list()).find((g) => g.id === input.groupId);
	if (group === undefined) throw unknownGroup(input.groupId);
	const office = (await store.offices.list()).find((o) => o.id === group.officeId);
	// A group's office is a foreign key: a group without one is a broken store, not bad input.
	if (office === undefined) throw new Error(`Group ${group.id} has no office ${group.officeId}`);

	const form = await chooseForm(store, group.officeId, group.id, input.form, input.version);
	const period = resolvePeriod(input);
	return {
		office,
		group,
		form,
		period,
		filter: {
			officeId: office.id,
			groupId: group.id,
			formId: form.id,
			formVersion: input.version,
			from: period.start,
			to: period.end,
			schoolId: input.school,
			respondentType: input.respondentType
		}
	};
}

export function unknownGroup(groupId: string): ReportNotFoundError {
	return new ReportNotFoundError('unknown-group', {
		th: 'ไม่พบกลุ่มที่ระบุ',
		en: `No group with id ${groupId}`
	});
}

/**
 * The satisfaction report of one group for a fiscal year, a quarter or a date range (DOMAIN.md
 * §3): the counts come from the database, the order and labels from the form definition, the
 * levels from the office's band scheme. Throws ReportNotFoundError for an unknown group or form.
 * It does not check who asks: hooks.server.ts does (route-access.ts).
 */
export async function buildGroupReport(
	store: Store,
	input: GroupReportInput
): Promise<GroupReport> {
	const { office, group, form, period, filter } = await resolveReportScope(store, input);
	const previous = previousPeriod(period);
	const trendFy = fiscalYearOfPeriod(period.period);
	const trendRange = {
		from: fiscalYearRange(trendFy - 2).start,
		to: fiscalYearRange(trendFy).end
	};
	const textKeys = questionsOf(form).flatMap((q) =>
		q.kind === 'short_text' || q.kind === 'long_text' ? [q] : []
	);
	const notePeriod = notePeriodOf(period.period);

	const reports = store.reports;
	const [aggregates, before, trend, respondents, answers, notes] = await Promise.all([
		reports.ratingAggregates(filter),
		reports.ratingAggregates({ ...filter, from: previous.start, to: previous.end }),
		reports.ratingTrend({ ...filter, ...trendRange }),
		reports.respondentCounts(filter),
		reports.openAnswers(
			filter,
			textKeys.map((q) => q.key),
			MAX_OPEN_ANSWERS
		),
		notePeriod === null ? [] : reports.notes.list(office.id, notePeriod, [group.id])
	]);

	const scheme = office.levelScheme;
	const keyOf = (key: string, dimension: string) => `${key}\u0000${dimension}`;
	const itemAggregates = new Map(
		aggregates.items.map((a) => [keyOf(a.questionKey, a.dimension), a] as const)
	);
	const previousItems = new Map(
		before.items.map((a) => [keyOf(a.questionKey, a.dimension), a] as const)
	);
	const dimensionAggregates = new Map(aggregates.dimensions.map((d) => [d.dimension, d] as const));
	const previousDimensions = new Map(before.dimensions.map((d) => [d.dimension, d] as const));

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
	].map((row) => {
		const key = keyOf(row.key, row.dimension);
		const current = statistics(itemAggregates.get(key) ?? null, scheme);
		return { ...row, ...current, ...change(current, previousItems.get(key)) };
	});
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
		const current = statistics(aggregate ?? null, scheme);
		return {
			...row,
			responses: aggregate?.responses ?? 0,
			...current,
			...change(current, previousDimensions.get(row.key))
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

	const overall = overallStatistics(aggregates.overall, scheme);
	const byType = new Map(Object.entries(respondents));
	const respondentTotal = [...byType.values()].reduce((sum, n) => sum + n, 0);
	const trendByQuarter = new Map(trend.map((t) => [`${t.fy}-${t.quarter}`, t] as const));
	const note = (kind: ReportNoteKind) => {
		const found = notes.find((n) => n.kind === kind);
		return found === undefined
			? null
			: { kind, text: found.text, author: found.author, updatedAt: found.updatedAt };
	};

	return {
		group: { id: group.id, code: group.code, name: group.name, shortName: group.shortName },
		period: period.period,
		previousPeriod: previous.period,
		filters: { schoolId: input.school ?? null, respondentType: input.respondentType ?? null },
		levelScheme: scheme,
		form: { id: form.id, title: form.title, version: input.version ?? null },
		responses: aggregates.overall.responses,
		respondents: {
			total: respondentTotal,
			byType: respondentTypes.map((type) => {
				const count = byType.get(type) ?? 0;
				return {
					type,
					count,
					percent: respondentTotal === 0 ? 0 : (count / respondentTotal) * 100
				};
			})
		},
		items,
		dimensions,
		overall: { ...overall, ...change(overall, before.overall) },
		previous: overallStatistics(before.overall, scheme),
		lowest,
		openAnswers: textKeys.map((q) => {
			const found = answers.find((a) => a.questionKey === q.key);
			return {
				key: q.key,
				label: q.label,
				total: found?.total ?? 0,
				distinct: found?.distinct ?? 0,
				answers: found?.answers ?? []
			};
		}),
		trend: [trendFy - 2, trendFy - 1, trendFy].flatMap((fy) =>
			([1, 2, 3, 4] as const).map((quarter) => {
				const point = trendByQuarter.get(`${fy}-${quarter}`);
				const row = overallStatistics(point ?? null, scheme);
				return {
					fy,
					quarter,
					responses: row.responses,
					n: row.n,
					mean: row.mean,
					meanRounded: row.meanRounded,
					sd: row.sd,
					level: row.level,
					satisfactionPercent: row.satisfactionPercent
				};
			})
		),
		notes: {
			executiveOpinion: note('executive-opinion'),
			improvementActions: note('improvement-actions')
		}
	};
}

/** The overall row: statistics, responses and the satisfaction percentage. */
export function overallStatistics(
	summary: (RatingSummary & { responses: number }) | null,
	scheme: LevelScheme
) {
	return {
		...statistics(summary, scheme),
		responses: summary?.responses ?? 0,
		satisfactionPercent: satisfactionPercent(summary?.mean ?? null)
	};
}

/** The previous period's rounded mean of a row, and how far the current one moved from it. */
export function change(
	current: { meanRounded: number | null },
	previous: RatingSummary | undefined
): { previousMeanRounded: number | null; change: number | null } {
	const previousMeanRounded =
		previous === undefined || previous.mean === null ? null : roundMean(previous.mean);
	return {
		previousMeanRounded,
		change:
			current.meanRounded === null || previousMeanRounded === null
				? null
				: roundMean(current.meanRounded - previousMeanRounded)
	};
}

/** The summary of a row plus its printed mean and level; an absent aggregate is an empty row. */
export function statistics(summary: RatingSummary | null, scheme: LevelScheme) {
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
