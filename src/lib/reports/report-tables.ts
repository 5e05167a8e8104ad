import type { GroupReport, ReportPeriod } from '$lib/api/report-contract';
import type { Locale } from '$lib/domain/locales';
import type { LocalizedText } from '$lib/domain/localized';
import { respondentTypes } from '$lib/domain/respondent';
import { roundMean, satisfactionLevelLabels, type SatisfactionLevel } from '$lib/domain/statistics';
import { formatDate, formatNumber, localized } from '$lib/i18n/format';
import { translate } from '$lib/i18n/translate';

/*
 * The tables of a group's satisfaction report (DOMAIN.md §3), computed once from the report and
 * written out by the CSV and XLSX exports and the print view alike. Cells hold the report's own
 * numbers (the rounded mean, the unrounded S.D. and percents): rounding to two decimals is the
 * writer's business, so a spreadsheet keeps the full value behind its two-decimal format.
 */

/**
 * integer: counts, ranks, years; decimal2: x̄, S.D., changes; percent2: a percentage 0–100
 * (not a fraction), shown with two decimals.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal2' | 'percent2';
export type ReportCell = string | number | null;

export interface ReportColumn {
	key: string;
	/** The whole heading, for a file whose columns stand alone: "มากที่สุด (5) จำนวน". */
	label: string;
	kind: ColumnKind;
	/**
	 * For a printed table's two-row heading: the heading shared with the next columns
	 * ("มากที่สุด (5)") and this column's part under it ("จำนวน").
	 */
	group?: { label: string; part: string };
}

/** body: a row of data; group: a heading row inside the table (a dimension, a question); total. */
export type RowKind = 'body' | 'group' | 'total';

export const reportTableIds = [
	'respondents',
	'dimensions',
	'items',
	'distribution',
	'overall',
	'trend',
	'openAnswers',
	'lowest'
] as const;
export type ReportTableId = (typeof reportTableIds)[number];

export interface ReportTable {
	id: ReportTableId;
	/** ตารางที่ n, counted from 1 in the order the tables are returned. */
	number: number;
	title: string;
	/** "ตารางที่ 1 …": what goes above the table. */
	caption: string;
	columns: ReportColumn[];
	rows: ReportCell[][];
	/** One per row: how a writer may set the row apart (bold, a heading across the table). */
	rowKinds: RowKind[];
}

export interface ReportTableOptions {
	/** Thai digits in captions and period labels, for print (DOMAIN.md §5); cells stay numbers. */
	thaiDigits?: boolean;
}

type Column = [key: string, kind: ColumnKind];

/**
 * Every table of the report, in the order a printed report shows and numbers them: respondents
 * (ตอนที่ ๑); the ratings by dimension, by item, their distribution, the overall result against the
 * previous period and by quarter (ตอนที่ ๒); the suggestions (ตอนที่ ๓); the lowest items, what to
 * improve (ตอนที่ ๔).
 */
export function reportTables(
	report: GroupReport,
	locale: Locale,
	options: ReportTableOptions = {}
): ReportTable[] {
	const t = new TableText(locale, options);
	const builders: Record<ReportTableId, () => Omit<ReportTable, 'number' | 'title' | 'caption'>> = {
		respondents: () => respondentsTable(report, t),
		dimensions: () => dimensionsTable(report, t),
		items: () => itemsTable(report, t),
		distribution: () => distributionTable(report, t),
		overall: () => overallTable(report, t),
		lowest: () => lowestTable(report, t),
		openAnswers: () => openAnswersTable(report, t),
		trend: () => trendTable(report, t)
	};
	return reportTableIds.map((id, index) => {
		const number = index + 1;
		const title = translate(locale, `reportTables.titles.${id}`);
		return {
			...builders[id](),
			number,
			title,
			caption: translate(locale, 'reportTables.caption', { n: t.digits(number), title })
		};
	});
}

/** "ปีงบประมาณ 2568", "ไตรมาสที่ 1 ปีงบประมาณ 2568" or the dates of a range. */
export function periodLabel(
	period: ReportPeriod,
	locale: Locale,
	options: ReportTableOptions = {}
): string {
	const digits = (n: number) => formatDigits(n, locale, options);
	if (period.kind === 'range' || period.fy === null) return periodDates(period, locale, options);
	if (period.kind === 'quarter' && period.quarter !== null) {
		return translate(locale, 'reportTables.periods.quarter', {
			quarter: digits(period.quarter),
			fy: digits(period.fy)
		});
	}
	return translate(locale, 'reportTables.periods.year', { fy: digits(period.fy) });
}

/** "1 ตุลาคม 2567 – 30 กันยายน 2568": the first and last Bangkok day, in B.E. */
export function periodDates(
	period: ReportPeriod,
	locale: Locale,
	options: ReportTableOptions = {}
): string {
	// An ISO date parses as UTC midnight, which is 07:00 of the same day in Bangkok.
	const date = (day: string) => formatDate(day, locale, { thaiDigits: options.thaiDigits });
	return translate(locale, 'reportTables.periods.range', {
		from: date(period.firstDay),
		to: date(period.lastDay)
	});
}

/** The level word of a level, "มาก" or "High"; empty when there is none. */
export function levelLabel(level: number | null, locale: Locale): string | null {
	return level === null ? null : satisfactionLevelLabels[level as SatisfactionLevel][locale];
}

/**
 * A cell as a person reads it: two decimals for decimal2 and percent2 (rounded half up, as the
 * report rounds its means), Thai digits on request. Empty for null.
 */
export function formatCell(
	value: ReportCell,
	kind: ColumnKind,
	locale: Locale,
	options: ReportTableOptions = {}
): string {
	if (value === null) return '';
	if (typeof value === 'string') return value;
	const thaiDigits = options.thaiDigits === true;
	if (kind === 'decimal2' || kind === 'percent2') {
		return formatNumber(roundMean(value), locale, {
			thaiDigits,
			minimumFractionDigits: 2,
			maximumFractionDigits: 2
		});
	}
	// Years and ranks are not amounts: no thousands separator in 2568.
	return formatNumber(value, locale, { thaiDigits, maximumFractionDigits: 0 }).replace(
		/[,\u00a0\u202f]/g,
		''
	);
}

function formatDigits(n: number, locale: Locale, options: ReportTableOptions): string {
	return formatCell(n, 'integer', locale, options);
}

/** The wording shared by the table builders, in one language. */
class TableText {
	constructor(
		readonly locale: Locale,
		readonly options: ReportTableOptions
	) {}

	columns(columns: Column[], labels: Partial<Record<string, string>> = {}): ReportColumn[] {
		return columns.map(([key, kind]) => ({
			key,
			kind,
			label: labels[key] ?? translate(this.locale, `reportTables.columns.${key as ColumnKey}`)
		}));
	}

	text(text: LocalizedText): string {
		return localized(text, this.locale);
	}

	level(level: number | null): string | null {
		return levelLabel(level, this.locale);
	}

	digits(n: number): string {
		return formatDigits(n, this.locale, this.options);
	}
}

type ColumnKey =
	| 'respondentType'
	| 'count'
	| 'percent'
	| 'number'
	| 'item'
	| 'dimension'
	| 'n'
	| 'mean'
	| 'sd'
	| 'level'
	| 'rank'
	| 'period'
	| 'responses'
	| 'satisfactionPercent'
	| 'change'
	| 'order'
	| 'answer'
	| 'answerCount'
	| 'fiscalYear'
	| 'quarter';

type Built = Omit<ReportTable, 'number' | 'title' | 'caption'>;

function respondentsTable(report: GroupReport, t: TableText): Built {
	const { total, byType } = report.respondents;
	const counts = new Map(byType.map((row) => [row.type, row] as const));
	// Every type in the domain's order, so tables of two periods line up row for row.
	const rows: ReportCell[][] = respondentTypes.map((type) => [
		translate(t.locale, `respondentType.${type}`),
		counts.get(type)?.count ?? 0,
		counts.get(type)?.percent ?? 0
	]);
	rows.push([translate(t.locale, 'reportTables.rows.total'), total, total > 0 ? 100 : 0]);
	return {
		id: 'respondents',
		columns: t.columns([
			['respondentType', 'text'],
			['count', 'integer'],
			['percent', 'percent2']
		]),
		rows,
		rowKinds: rows.map((_, i) => (i === rows.length - 1 ? 'total' : 'body'))
	};
}

const statisticsColumns: Column[] = [
	['n', 'integer'],
	['mean', 'decimal2'],
	['sd', 'decimal2'],
	['level', 'text'],
	['rank', 'integer']
];

interface Statistics {
	n: number;
	meanRounded: number | null;
	sd: number | null;
	level: number | null;
}

function statisticsCells(row: Statistics, t: TableText, rank: number | null): ReportCell[] {
	return [row.n, row.meanRounded, row.sd, t.level(row.level), rank];
}

function dimensionsTable(report: GroupReport, t: TableText): Built {
	const rows: ReportCell[][] = report.dimensions.map((d) => [
		t.text(d.label),
		...statisticsCells(d, t, d.rank)
	]);
	rows.push([
		translate(t.locale, 'reportTables.rows.overall'),
		...statisticsCells(report.overall, t, null)
	]);
	return {
		id: 'dimensions',
		columns: t.columns([['dimension', 'text'], ...statisticsColumns]),
		rows,
		rowKinds: rows.map((_, i) => (i === rows.length - 1 ? 'total' : 'body'))
	};
}

/**
 * The items under their dimensions, in the dimensions' order, each dimension closed by its
 * total; items are numbered 1… through the whole form, as the questionnaire numbers them.
 */
function groupedItems(report: GroupReport) {
	const known = new Set(report.dimensions.map((d) => d.key));
	const numbers = new Map(report.items.map((item, i) => [item, i + 1] as const));
	const groups = report.dimensions.map((dimension) => ({
		dimension,
		items: report.items.filter((i) => i.dimension === dimension.key)
	}));
	// The report declares every dimension its items use; this keeps an item should it not.
	const orphans = report.items.filter((i) => !known.has(i.dimension));
	return { groups, orphans, numberOf: (item: GroupReport['items'][number]) => numbers.get(item)! };
}

function itemsTable(report: GroupReport, t: TableText): Built {
	const rows: ReportCell[][] = [];
	const rowKinds: RowKind[] = [];
	const push = (kind: RowKind, row: ReportCell[]) => {
		rows.push(row);
		rowKinds.push(kind);
	};
	const { groups, orphans, numberOf } = groupedItems(report);
	for (const { dimension, items } of groups) {
		push('group', [null, t.text(dimension.label), null, null, null, null, null]);
		for (const item of items) {
			push('body', [numberOf(item), t.text(item.label), ...statisticsCells(item, t, item.rank)]);
		}
		push('total', [
			null,
			translate(t.locale, 'reportTables.rows.dimensionTotal', {
				dimension: t.text(dimension.label)
			}),
			...statisticsCells(dimension, t, null)
		]);
	}
	for (const item of orphans) {
		push('body', [numberOf(item), t.text(item.label), ...statisticsCells(item, t, item.rank)]);
	}
	push('total', [
		null,
		translate(t.locale, 'reportTables.rows.overall'),
		...statisticsCells(report.overall, t, null)
	]);
	return {
		id: 'items',
		columns: t.columns([['number', 'integer'], ['item', 'text'], ...statisticsColumns]),
		rows,
		rowKinds
	};
}

const levelsHighFirst: SatisfactionLevel[] = [5, 4, 3, 2, 1];

function distributionTable(report: GroupReport, t: TableText): Built {
	type Counted = { n: number; counts: readonly number[]; percents: readonly number[] };
	// counts and percents are ordered 1..5; a Thai table reads from มากที่สุด down.
	const distribution = (row: Counted): ReportCell[] => [
		row.n,
		...levelsHighFirst.flatMap((level) => [row.counts[level - 1]!, row.percents[level - 1]!])
	];
	const rows: ReportCell[][] = [];
	const rowKinds: RowKind[] = [];
	const push = (kind: RowKind, row: ReportCell[]) => {
		rows.push(row);
		rowKinds.push(kind);
	};
	const blanks = Array<null>(1 + levelsHighFirst.length * 2).fill(null);
	const { groups, orphans, numberOf } = groupedItems(report);
	for (const { dimension, items } of groups) {
		push('group', [null, t.text(dimension.label), ...blanks]);
		for (const item of items)
			push('body', [numberOf(item), t.text(item.label), ...distribution(item)]);
		push('total', [
			null,
			translate(t.locale, 'reportTables.rows.dimensionTotal', {
				dimension: t.text(dimension.label)
			}),
			...distribution(dimension)
		]);
	}
	for (const item of orphans)
		push('body', [numberOf(item), t.text(item.label), ...distribution(item)]);
	push('total', [
		null,
		translate(t.locale, 'reportTables.rows.overall'),
		...distribution(report.overall)
	]);

	const levelColumns: ReportColumn[] = levelsHighFirst.flatMap((level) => {
		const params = { level: t.level(level)!, value: t.digits(level) };
		const group = translate(t.locale, 'reportTables.columns.levelGroup', params);
		return [
			{
				key: `count${level}`,
				kind: 'integer' as const,
				label: translate(t.locale, 'reportTables.columns.levelCount', params),
				group: { label: group, part: translate(t.locale, 'reportTables.columns.levelCountPart') }
			},
			{
				key: `percent${level}`,
				kind: 'percent2' as const,
				label: translate(t.locale, 'reportTables.columns.levelPercent', params),
				group: { label: group, part: translate(t.locale, 'reportTables.columns.percent') }
			}
		];
	});
	return {
		id: 'distribution',
		columns: [
			...t.columns([
				['number', 'integer'],
				['item', 'text'],
				['n', 'integer']
			]),
			...levelColumns
		],
		rows,
		rowKinds
	};
}

function overallTable(report: GroupReport, t: TableText): Built {
	const row = (
		period: ReportPeriod,
		stats: GroupReport['previous'],
		change: number | null
	): ReportCell[] => [
		periodLabel(period, t.locale, t.options),
		stats.responses,
		stats.meanRounded,
		stats.sd,
		t.level(stats.level),
		stats.satisfactionPercent,
		change
	];
	const rows = [
		row(report.period, report.overall, report.overall.change),
		row(report.previousPeriod, report.previous, null)
	];
	return {
		id: 'overall',
		columns: t.columns([
			['period', 'text'],
			['responses', 'integer'],
			['mean', 'decimal2'],
			['sd', 'decimal2'],
			['level', 'text'],
			['satisfactionPercent', 'percent2'],
			['change', 'decimal2']
		]),
		rows,
		rowKinds: ['body', 'body']
	};
}

function lowestTable(report: GroupReport, t: TableText): Built {
	const dimensions = new Map(report.dimensions.map((d) => [d.key, d.label] as const));
	const rows: ReportCell[][] = report.lowest.map((item, i) => [
		i + 1,
		t.text(dimensions.get(item.dimension) ?? { th: item.dimension }),
		t.text(item.label),
		item.meanRounded,
		t.level(item.level)
	]);
	return {
		id: 'lowest',
		columns: t.columns([
			['order', 'integer'],
			['dimension', 'text'],
			['item', 'text'],
			['mean', 'decimal2'],
			['level', 'text']
		]),
		rows,
		rowKinds: rows.map(() => 'body')
	};
}

function openAnswersTable(report: GroupReport, t: TableText): Built {
	const rows: ReportCell[][] = [];
	const rowKinds: RowKind[] = [];
	for (const question of report.openAnswers) {
		rows.push([t.text(question.label), question.total]);
		rowKinds.push('group');
		for (const answer of question.answers) {
			rows.push([answer.text, answer.count]);
			rowKinds.push('body');
		}
		const unlisted = question.distinct - question.answers.length;
		if (unlisted > 0) {
			rows.push([
				translate(t.locale, 'reportTables.rows.moreAnswers', { count: t.digits(unlisted) }),
				null
			]);
			rowKinds.push('body');
		}
	}
	return {
		id: 'openAnswers',
		columns: t.columns([
			['answer', 'text'],
			['answerCount', 'integer']
		]),
		rows,
		rowKinds
	};
}

function trendTable(report: GroupReport, t: TableText): Built {
	const rows: ReportCell[][] = report.trend.map((point) => [
		point.fy,
		point.quarter,
		point.responses,
		point.meanRounded,
		point.sd,
		t.level(point.level),
		point.satisfactionPercent
	]);
	return {
		id: 'trend',
		columns: t.columns([
			['fiscalYear', 'integer'],
			['quarter', 'integer'],
			['responses', 'integer'],
			['mean', 'decimal2'],
			['sd', 'decimal2'],
			['level', 'text'],
			['satisfactionPercent', 'percent2']
		]),
		rows,
		rowKinds: rows.map(() => 'body')
	};
}
