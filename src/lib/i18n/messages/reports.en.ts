import type { Widen } from './th';
import type { reportsTh } from './reports.th';

export const reportsEn: Widen<typeof reportsTh> = {
	title: 'Reports',
	breadcrumb: 'Breadcrumb',
	none: '–',
	tableCaption: 'Table {n}. {title}',
	chartCaption: 'Chart {n}. {title}',
	chartSeeTable: 'The numbers of this chart are in table {n}',
	chartFailed: 'The chart could not be drawn; all its numbers are in table {n}',
	period: {
		legend: 'Period',
		byFiscal: 'Fiscal year / quarter',
		byRange: 'Date range',
		fy: 'Fiscal year',
		fyOption: 'Fiscal year {fy}',
		quarter: 'Quarter',
		wholeYear: 'Whole year',
		quarterOption: 'Quarter {quarter} ({months})',
		months: {
			1: 'Oct–Dec',
			2: 'Jan–Mar',
			3: 'Apr–Jun',
			4: 'Jul–Sep'
		},
		from: 'From',
		to: 'To',
		apply: 'Show report',
		year: 'Fiscal year {fy}',
		quarterOf: 'Quarter {quarter} of fiscal year {fy}',
		range: 'Dates {from} – {to}',
		days: '{from} – {to}',
		previous: 'Compared with the previous period: {period}'
	},
	filters: {
		legend: 'Filters',
		school: 'School/agency',
		allSchools: 'All schools and agencies',
		respondentType: 'Respondent type',
		allTypes: 'All types',
		active: 'Only: {filters}'
	},
	invalid: {
		heading: 'The period or a filter is not valid',
		intro: 'Choose a period again, then press "Show report"',
		field: '"{field}": {message}',
		fields: {
			fy: 'Fiscal year',
			quarter: 'Quarter',
			from: 'From',
			to: 'To',
			form: 'Form',
			version: 'Form version',
			school: 'School/agency',
			respondentType: 'Respondent type',
			office: 'Office'
		},
		generic: 'not a valid value'
	},
	stats: {
		rank: 'Rank',
		n: 'n',
		responses: 'Responses',
		mean: 'x̄',
		sd: 'S.D.',
		level: 'Level',
		percent: 'Percent',
		satisfaction: 'Satisfaction % (x̄/5×100)',
		change: 'Change since previous period',
		previousMean: 'Previous x̄',
		noChange: 'No previous period to compare with',
		levelAnswer: 'Level {level} ({label})',
		item: 'Item',
		dimension: 'Dimension',
		overall: 'Overall',
		count: 'Count',
		type: 'Respondent type',
		total: 'Total',
		distribution: 'Percent of answers at each level'
	},
	overview: {
		heading: 'Satisfaction across all groups',
		docTitle: 'Reports overview',
		intro:
			"Satisfaction results of every group of the office, highest mean first. Select a group's name to open its report.",
		office: 'Office: {name}',
		tableTitle: 'Satisfaction results by group',
		chartTitle: 'Mean satisfaction of each group',
		chartLabel:
			'Horizontal bar chart of the mean satisfaction of the {count} groups with responses, over the satisfaction level bands',
		group: 'Group',
		opinion: 'Executive opinion',
		actions: 'Improvements',
		recorded: 'Recorded',
		notRecorded: 'Not recorded',
		allGroups: 'All groups together',
		noAnswers: 'No responses yet',
		noGroups: 'The office has no groups yet',
		empty: 'No group has any responses in this period'
	},
	group: {
		heading: 'Satisfaction report',
		docTitle: 'Report: {group}',
		form: 'Form: {title}',
		version: 'version {version}',
		allVersions: 'all versions pooled',
		notFound: 'No such group or form',
		empty: 'This group has no responses in this period. Try another period, or remove the filters.',
		summary: {
			heading: 'Summary',
			responses: 'Responses',
			mean: 'Overall mean (x̄)',
			sd: 'Standard deviation (S.D.)',
			level: 'Satisfaction level',
			satisfaction: 'Satisfaction % (x̄/5×100)',
			change: 'Change since previous period',
			previousWas: 'previous x̄ = {mean}',
			sentence:
				'Overall satisfaction is at the level "{level}" (x̄ = {mean}, S.D. = {sd}), that is {percent}%'
		},
		exports: {
			heading: 'Export and print',
			csv: 'Report (CSV)',
			xlsx: 'Report (Excel XLSX)',
			responses: 'All responses (CSV)',
			print: 'Print / PDF'
		},
		part1: {
			heading: 'Part 1. The respondents',
			tableTitle: 'Respondents by type: count and percent'
		},
		part2: {
			heading: 'Part 2. Satisfaction',
			dimensionsTitle: 'Mean, standard deviation and level of satisfaction by dimension',
			itemsTitle: 'Mean, standard deviation, level and distribution of answers by item',
			meansChart: 'Mean satisfaction by item',
			meansChartLabel:
				'Horizontal bar chart of the mean satisfaction of {count} items over the satisfaction level bands, lowest {min}, highest {max}',
			distributionChart: 'Percent of answers at each level, by item',
			distributionChartLabel:
				'100% stacked horizontal bar chart of the percent of answers at levels 1 to 5 for each of {count} items',
			lowestHeading: 'What to improve: the items with the lowest means',
			lowestItem: '{label} (x̄ = {mean}, level "{level}")',
			noLowest: 'No item has answers yet'
		},
		part3: {
			heading: 'Part 3. Suggestions',
			answers: '{total} answers ({distinct} different)',
			more: 'Showing the first {shown} of {distinct} different answers',
			times: '{count} times',
			none: 'No suggestions in this period',
			noQuestions: 'This form has no open questions'
		},
		trend: {
			heading: 'Trend by quarter',
			tableTitle: 'Mean satisfaction by fiscal quarter, fiscal years {first}–{last}',
			chartTitle: 'Trend of mean satisfaction by quarter',
			chartLabel:
				'Line chart of mean satisfaction over 12 fiscal quarters, {count} of them with responses; quarters without responses are left as gaps',
			quarter: 'Quarter',
			point: 'Q{quarter}/{fy}',
			empty: 'No responses in these 12 quarters yet'
		},
		notes: {
			heading: 'Executive opinion and improvements',
			rangeOnly: 'Opinions and improvements are recorded on fiscal-year or quarter reports only',
			executiveOpinion: 'Opinion/instructions of the executive',
			improvementActions: 'How the results were used to improve the service',
			none: 'Not recorded yet',
			by: 'Recorded by {author} on {date}',
			text: 'Text',
			author: 'Your name (as signed)',
			save: 'Save',
			saving: 'Saving…',
			edit: 'Edit',
			saved: '"{kind}" saved',
			failed: 'Could not save',
			issues: {
				text: 'Enter the text, at most {max} characters',
				author: 'Enter your name, at most 200 characters',
				period: 'Notes can be recorded on fiscal-year or quarter reports only',
				kind: 'Unknown kind of note',
				notFound: 'No such group',
				forbidden: 'This account may not record this kind of note'
			}
		},
		ita: {
			heading: 'ITA summary (participation)',
			topic: '(1) Topic',
			topicText: '{form}, {group}, {period}',
			participants: '(2) Who took part',
			participantsText: '{total} respondents',
			results: '(3) Results',
			resultsEmpty: 'No results in this period yet',
			use: '(4) How the results were used',
			useMissing:
				'Not recorded yet: record how the results were used above, so that the report shows all four parts the ITA asks for',
			useRange: 'Choose a fiscal-year or quarter report to record how the results were used'
		}
	},
	error: {
		notFound: 'Report not found',
		other: 'The report could not be opened',
		back: 'Back to the reports overview'
	}
};
