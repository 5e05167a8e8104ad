import type { ChartConfiguration, ChartType, Plugin } from 'chart.js';
import type { LevelScheme } from '$lib/domain';

/*
 * The chart.js configurations of the report pages, as plain data built from the report. Only
 * types come from chart.js here: the library itself is loaded by ReportChart, in the browser,
 * on the pages that draw a chart.
 */

export type BarChartConfig = ChartConfiguration<'bar', (number | null)[], string | string[]>;
export type LineChartConfig = ChartConfiguration<'line', (number | null)[], string>;
export type ReportChartConfig = BarChartConfig | LineChartConfig;

export const chartFont = "Sarabun, 'Noto Sans Thai', 'Leelawadee UI', Tahoma, sans-serif";
const brand = '#1f5f8b';
const brandStrong = '#164766';
const muted = '#46525e';
const gridColor = 'rgba(27, 33, 41, 0.12)';

/** Level 1..5, orange to blue: readable for the common colour blindnesses, and always labelled. */
export const levelColors = ['#9a3412', '#e8955a', '#b8c0c8', '#74a9cf', '#1f5f8b'] as const;
const bandColors = ['#f8e1d3', '#fcefe3', '#eef0f2', '#e2edf6', '#d0e2f0'] as const;

export interface LevelBand {
	from: number;
	to: number;
	label: string;
	color: string;
}

/**
 * The five level bands of the office's scheme on the 1–5 scale. The edges sit halfway between
 * the printed bounds (3.50 | 3.51 → 3.505) so a bar ending on a printed bound stays in its band.
 */
export function levelBands(scheme: LevelScheme, label: (level: number) => string): LevelBand[] {
	const cuts = scheme === '0.5' ? [1.505, 2.505, 3.505, 4.505] : [1.805, 2.605, 3.405, 4.205];
	const edges = [1, ...cuts, 5];
	return [1, 2, 3, 4, 5].map((level) => ({
		from: edges[level - 1]!,
		to: edges[level]!,
		label: label(level),
		color: bandColors[level - 1]!
	}));
}

/**
 * Shades the level bands behind the data, with each band's word written along its edge so the
 * bands do not rely on colour. A plugin of a few lines rather than chartjs-plugin-annotation:
 * one fewer dependency to ship to an offline tablet.
 */
export function levelBandsPlugin<T extends ChartType>(
	bands: readonly LevelBand[],
	axis: 'x' | 'y'
): Plugin<T> {
	return {
		id: 'ruamjaiLevelBands',
		beforeDraw(chart) {
			const { ctx, chartArea: area } = chart;
			const scale = chart.scales[axis];
			if (scale === undefined || area === undefined) return;
			ctx.save();
			ctx.font = `11px ${chartFont}`;
			for (const band of bands) {
				const a = scale.getPixelForValue(band.from);
				const b = scale.getPixelForValue(band.to);
				ctx.fillStyle = band.color;
				if (axis === 'x') {
					ctx.fillRect(Math.min(a, b), area.top, Math.abs(b - a), area.bottom - area.top);
					ctx.fillStyle = muted;
					ctx.textAlign = 'center';
					ctx.textBaseline = 'bottom';
					ctx.fillText(band.label, (a + b) / 2, area.top - 3, Math.abs(b - a) - 2);
				} else {
					ctx.fillRect(area.left, Math.min(a, b), area.right - area.left, Math.abs(b - a));
					ctx.fillStyle = muted;
					// On the left, where the oldest quarters (most often without answers) are.
					ctx.textAlign = 'left';
					ctx.textBaseline = 'middle';
					ctx.fillText(band.label, area.left + 4, (a + b) / 2);
				}
			}
			ctx.restore();
		}
	};
}

/** A long Thai item label cut for an axis; the tooltip and the table carry it whole. */
export function shortLabel(label: string, max = 34): string {
	const chars = [...label];
	return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}

const baseOptions = {
	responsive: true,
	maintainAspectRatio: false,
	// A report is read, not watched; and the chart is "ready" as soon as it is drawn once.
	animation: false,
	font: { family: chartFont }
} as const;

/** Means as horizontal bars over the level bands: items of a report, or groups of the office. */
export function meansBarChart(input: {
	labels: string[];
	fullLabels: string[];
	means: (number | null)[];
	bands: readonly LevelBand[];
	seriesLabel: string;
	formatMean: (mean: number) => string;
}): BarChartConfig {
	return {
		type: 'bar',
		data: {
			labels: input.labels,
			datasets: [
				{
					label: input.seriesLabel,
					data: input.means,
					backgroundColor: brand,
					borderColor: brandStrong,
					borderWidth: 1,
					barPercentage: 0.75,
					categoryPercentage: 0.9
				}
			]
		},
		options: {
			...baseOptions,
			indexAxis: 'y',
			layout: { padding: { top: 20, right: 8 } },
			scales: {
				x: {
					min: 1,
					max: 5,
					ticks: { stepSize: 0.5, color: muted, font: { family: chartFont } },
					grid: { color: gridColor }
				},
				y: {
					ticks: { autoSkip: false, color: '#1b2129', font: { family: chartFont, size: 13 } },
					grid: { display: false }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						title: (items) => input.fullLabels[items[0]?.dataIndex ?? 0] ?? '',
						label: (item) => `x̄ = ${input.formatMean(item.parsed.x ?? 0)}`
					}
				}
			}
		},
		plugins: [levelBandsPlugin<'bar'>(input.bands, 'x')]
	};
}

/** Percent of answers at each level 1..5, one 100% stacked bar per item. */
export function distributionChart(input: {
	labels: string[];
	fullLabels: string[];
	/** Per item, the percents of levels 1..5. */
	percents: (readonly number[])[];
	levelLabels: string[];
	formatPercent: (percent: number) => string;
}): BarChartConfig {
	return {
		type: 'bar',
		data: {
			labels: input.labels,
			datasets: [0, 1, 2, 3, 4].map((i) => ({
				label: input.levelLabels[i] ?? String(i + 1),
				data: input.percents.map((p) => p[i] ?? 0),
				backgroundColor: levelColors[i],
				borderColor: '#ffffff',
				borderWidth: 1,
				barPercentage: 0.8,
				categoryPercentage: 0.9
			}))
		},
		options: {
			...baseOptions,
			indexAxis: 'y',
			scales: {
				x: {
					stacked: true,
					min: 0,
					max: 100,
					ticks: { stepSize: 20, color: muted, callback: (v) => `${v}%` },
					grid: { color: gridColor }
				},
				y: {
					stacked: true,
					ticks: { autoSkip: false, color: '#1b2129', font: { family: chartFont, size: 13 } },
					grid: { display: false }
				}
			},
			plugins: {
				legend: {
					position: 'top',
					labels: { color: '#1b2129', font: { family: chartFont, size: 13 } }
				},
				tooltip: {
					callbacks: {
						title: (items) => input.fullLabels[items[0]?.dataIndex ?? 0] ?? '',
						label: (item) =>
							`${item.dataset.label ?? ''}: ${input.formatPercent(item.parsed.x ?? 0)}%`
					}
				}
			}
		}
	};
}

/** The overall mean per fiscal quarter; a quarter without answers is a gap (null), not a zero. */
export function trendChart(input: {
	labels: string[];
	means: (number | null)[];
	bands: readonly LevelBand[];
	seriesLabel: string;
	formatMean: (mean: number) => string;
}): LineChartConfig {
	return {
		type: 'line',
		data: {
			labels: input.labels,
			datasets: [
				{
					label: input.seriesLabel,
					data: input.means,
					borderColor: brandStrong,
					backgroundColor: brand,
					borderWidth: 3,
					pointRadius: 5,
					pointHoverRadius: 7,
					pointStyle: 'rectRot',
					spanGaps: false
				}
			]
		},
		options: {
			...baseOptions,
			scales: {
				y: {
					min: 1,
					max: 5,
					ticks: { stepSize: 0.5, color: muted },
					grid: { color: gridColor }
				},
				x: {
					ticks: { color: '#1b2129', font: { family: chartFont, size: 12 } },
					grid: { display: false }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: { label: (item) => `x̄ = ${input.formatMean(item.parsed.y ?? 0)}` }
				}
			}
		},
		plugins: [levelBandsPlugin<'line'>(input.bands, 'y')]
	};
}
