import type { ReportPeriod } from '$lib/api/report-contract';
import { satisfactionLevelLabels, type SatisfactionLevel } from '$lib/domain';
import type { I18n } from '$lib/i18n';

/**
 * How the report pages print their numbers, through the i18n layer so a language switch
 * re-renders them: means, S.D.s and percents to 2 decimals, counts as whole numbers. The page
 * prints what the report computed (the rounded mean, the unrounded S.D. and percents); it never
 * recomputes a statistic.
 */
export function reportFormat(i18n: I18n) {
	const fixed = (value: number | null | undefined): string =>
		value === null || value === undefined
			? i18n.t('reports.none')
			: i18n.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
	return {
		/** The printed mean: pass `meanRounded`. */
		mean: fixed,
		sd: fixed,
		percent: fixed,
		count: (value: number) => i18n.number(value),
		level: (level: number | null | undefined): string =>
			level === null || level === undefined
				? i18n.t('reports.none')
				: i18n.text(satisfactionLevelLabels[level as SatisfactionLevel]),
		/** A signed change: +0.12, −0.05, ±0.00; a dash when there is nothing to compare. */
		change: (change: number | null | undefined): string => {
			if (change === null || change === undefined) return i18n.t('reports.none');
			const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
			return `${sign}${fixed(Math.abs(change))}`;
		},
		/** "ปีงบประมาณ 2568", "ไตรมาสที่ 1 ปีงบประมาณ 2568" or a range of B.E. dates. */
		period: (period: ReportPeriod): string => {
			if (period.kind === 'range' || period.fy === null) {
				return i18n.t('reports.period.range', {
					from: i18n.date(period.firstDay),
					to: i18n.date(period.lastDay)
				});
			}
			if (period.kind === 'quarter' && period.quarter !== null) {
				return i18n.t('reports.period.quarterOf', { quarter: period.quarter, fy: period.fy });
			}
			return i18n.t('reports.period.year', { fy: period.fy });
		},
		days: (period: ReportPeriod): string =>
			i18n.t('reports.period.days', {
				from: i18n.date(period.firstDay),
				to: i18n.date(period.lastDay)
			})
	};
}

export type ReportFormat = ReturnType<typeof reportFormat>;
