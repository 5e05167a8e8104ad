import type { Widen } from './th';
import type { reportTablesTh } from './report-tables.th';

export const reportTablesEn: Widen<typeof reportTablesTh> = {
	caption: 'Table {n}. {title}',
	titles: {
		respondents: 'Respondents by type: number and percent',
		dimensions: 'Mean, S.D. and level of satisfaction by dimension and overall',
		items: 'Mean, S.D. and level of satisfaction by item',
		distribution: 'Answers at each level of satisfaction by item: number and percent',
		overall: 'Overall result compared with the previous period',
		lowest: 'Items with the lowest means (what to improve)',
		openAnswers: 'Suggestions of respondents, with counts',
		trend: 'Overall result by quarter over three fiscal years'
	},
	sheets: {
		respondents: 'Respondents',
		dimensions: 'Dimensions',
		items: 'Items',
		distribution: 'Distribution',
		overall: 'Overall',
		lowest: 'To improve',
		openAnswers: 'Suggestions',
		trend: 'By quarter',
		responses: 'Responses'
	},
	responses: {
		id: 'Response id',
		submittedAt: 'Submitted (ISO 8601)',
		date: 'Date submitted (B.E.)',
		schoolCode: 'School code',
		school: 'School',
		respondentType: 'Respondent type',
		formVersion: 'Form version',
		question: '{key} — {label}'
	},
	columns: {
		respondentType: 'Respondent type',
		count: 'Number',
		percent: 'Percent',
		number: 'No.',
		item: 'Item',
		dimension: 'Dimension',
		n: 'Answers (n)',
		mean: 'x̄',
		sd: 'S.D.',
		level: 'Level',
		rank: 'Rank',
		levelGroup: '{level} ({value})',
		levelCountPart: 'Number',
		levelCount: '{level} ({value}) number',
		levelPercent: '{level} ({value}) percent',
		period: 'Period',
		responses: 'Respondents',
		satisfactionPercent: 'Satisfaction percent (x̄ ÷ 5 × 100)',
		change: 'Change of x̄',
		order: 'Order',
		answer: 'Suggestion',
		answerCount: 'Times given',
		fiscalYear: 'Fiscal year',
		quarter: 'Quarter'
	},
	rows: {
		total: 'Total',
		dimensionTotal: 'Total: {dimension}',
		overall: 'Overall',
		moreAnswers: 'and {count} other answers'
	},
	periods: {
		year: 'Fiscal year {fy}',
		quarter: 'Quarter {quarter} of fiscal year {fy}',
		range: '{from} – {to}',
		previous: 'Previous period: {period}'
	},
	findings: {
		none: 'Nobody answered the survey in this period.',
		respondents:
			'Table {n} shows {total} respondents in all; most were {type}: {count}, or {percent} percent.',
		overall:
			'Table {n} shows that satisfaction with the service of {group} was {level} overall (x̄ = {mean}, S.D. = {sd}), a satisfaction percent of {percent}.',
		dimensions:
			'By dimension, the highest mean was {highest} (x̄ = {highestMean}) and the lowest {lowest} (x̄ = {lowestMean}).',
		items:
			'Table {n} shows that the item with the highest mean was “{highest}” (x̄ = {highestMean}, {highestLevel}) and the lowest “{lowest}” (x̄ = {lowestMean}, {lowestLevel}).',
		up: 'Table {n} shows that the overall mean rose by {change} since the previous period.',
		down: 'Table {n} shows that the overall mean fell by {change} since the previous period.',
		same: 'Table {n} shows that the overall mean was the same as in the previous period.',
		noPrevious: 'Table {n}: the previous period has no result to compare with.'
	},
	print: {
		documentTitle: 'Satisfaction report: {group}',
		title: 'Report on satisfaction with the service',
		group: 'Group: {group}',
		office: 'Office: {office}',
		form: 'Survey: {form}',
		period: 'Period: {period} ({dates})',
		filters: 'Only: {filters}',
		school: 'school {school}',
		printButton: 'Print / save as PDF',
		backToReport: 'Back to the report',
		part1: 'Part 1. The respondents',
		part2: 'Part 2. Satisfaction',
		part3: 'Part 3. Suggestions',
		part4: 'Part 4. Conclusions and improvement',
		summary: 'Summary',
		improve: 'What to improve (the items with the lowest means)',
		improveItem: '{item} (x̄ = {mean}, {level})',
		noImprove: 'No item has been rated yet.',
		noSuggestions: 'No suggestions were given.',
		suggestionCount: '({count})',
		improvementActions: 'How the results were used to improve the service',
		executiveOpinion: 'Opinion / instructions of the executive',
		noteBy: '{author} · {date}',
		signature: 'Signed ........................................................',
		signatureRole: 'Position ........................................................',
		ita: 'Summary for the ITA (participation)',
		itaTopic: '1. The topic stakeholders took part in',
		itaTopicText: 'Satisfaction with the service of {group}, {period}',
		itaWho: '2. Who took part',
		itaWhoText: '{total} respondents: {types}',
		itaResults: '3. The results',
		itaResultsText:
			'Overall satisfaction {level} (x̄ = {mean}, S.D. = {sd}), satisfaction percent {percent}',
		itaUse: '4. How the results were used to improve',
		itaPending: 'Not recorded yet',
		typeCount: '{type} {count}',
		noData: 'No data',
		printedAt: 'Printed {date}'
	}
};
