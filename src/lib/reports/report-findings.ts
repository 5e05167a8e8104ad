import type { GroupReport } from '$lib/api/report-contract';
import type { Locale } from '$lib/domain/locales';
import { localized } from '$lib/i18n/format';
import { translate } from '$lib/i18n/translate';
import {
	formatCell,
	levelLabel,
	type ReportTable,
	type ReportTableId,
	type ReportTableOptions
} from './report-tables';

/**
 * The sentences a Thai report writes under its tables ("จากตารางที่ ๒ พบว่า … โดยรวมอยู่ในระดับมาก
 * (x̄ = 4.03, S.D. = 0.65)"), read from the same report and table numbers as the tables above
 * them. A table without a sentence is absent.
 */
export function reportFindings(
	report: GroupReport,
	tables: readonly ReportTable[],
	locale: Locale,
	options: ReportTableOptions = {}
): Partial<Record<ReportTableId, string[]>> {
	const number = (id: ReportTableId) =>
		formatCell(tables.find((t) => t.id === id)?.number ?? 0, 'integer', locale, options);
	const decimal = (value: number | null) => formatCell(value, 'decimal2', locale, options);
	const text = (value: Parameters<typeof localized>[0]) => localized(value, locale);
	const findings: Partial<Record<ReportTableId, string[]>> = {};

	const { respondents, overall } = report;
	const most = [...respondents.byType].sort((a, b) => b.count - a.count)[0];
	if (respondents.total > 0 && most !== undefined && most.count > 0) {
		findings.respondents = [
			translate(locale, 'reportTables.findings.respondents', {
				n: number('respondents'),
				total: formatCell(respondents.total, 'integer', locale, options),
				type: translate(locale, `respondentType.${most.type}`),
				count: formatCell(most.count, 'integer', locale, options),
				percent: decimal(most.percent)
			})
		];
	}

	if (overall.meanRounded === null) {
		findings.dimensions = [translate(locale, 'reportTables.findings.none')];
		return findings;
	}
	const dimensions: string[] = [
		translate(locale, 'reportTables.findings.overall', {
			n: number('dimensions'),
			group: text(report.group.name),
			level: levelLabel(overall.level, locale) ?? '',
			mean: decimal(overall.meanRounded),
			sd: decimal(overall.sd),
			percent: decimal(overall.satisfactionPercent)
		})
	];
	const [highestDimension, lowestDimension] = extremes(report.dimensions);
	if (highestDimension && lowestDimension && highestDimension !== lowestDimension) {
		dimensions.push(
			translate(locale, 'reportTables.findings.dimensions', {
				highest: text(highestDimension.label),
				highestMean: decimal(highestDimension.meanRounded),
				lowest: text(lowestDimension.label),
				lowestMean: decimal(lowestDimension.meanRounded)
			})
		);
	}
	findings.dimensions = dimensions;

	const [highestItem, lowestItem] = extremes(report.items);
	if (highestItem && lowestItem && highestItem !== lowestItem) {
		findings.items = [
			translate(locale, 'reportTables.findings.items', {
				n: number('items'),
				highest: text(highestItem.label),
				highestMean: decimal(highestItem.meanRounded),
				highestLevel: levelLabel(highestItem.level, locale) ?? '',
				lowest: text(lowestItem.label),
				lowestMean: decimal(lowestItem.meanRounded),
				lowestLevel: levelLabel(lowestItem.level, locale) ?? ''
			})
		];
	}

	const change = overall.change;
	const n = number('overall');
	findings.overall = [
		change === null
			? translate(locale, 'reportTables.findings.noPrevious', { n })
			: change === 0
				? translate(locale, 'reportTables.findings.same', { n })
				: translate(
						locale,
						change > 0 ? 'reportTables.findings.up' : 'reportTables.findings.down',
						{
							n,
							change: decimal(Math.abs(change))
						}
					)
	];
	return findings;
}

/**
 * The answered rows with the highest and the lowest rounded mean; among equal means the first
 * in the form's order, as a reader scanning the table would name it.
 */
function extremes<T extends { meanRounded: number | null }>(rows: readonly T[]): [T?, T?] {
	let highest: T | undefined;
	let lowest: T | undefined;
	for (const row of rows) {
		if (row.meanRounded === null) continue;
		if (highest === undefined || row.meanRounded > highest.meanRounded!) highest = row;
		if (lowest === undefined || row.meanRounded < lowest.meanRounded!) lowest = row;
	}
	return [highest, lowest];
}
