import type { transparencyTh } from './transparency.th';
import type { Widen } from './th';

export const transparencyEn: Widen<typeof transparencyTh> = {
	title: 'You said, we did',
	heading: 'You said, we did: satisfaction results and the improvements made',
	intro:
		'{office} publishes, per fiscal year, how satisfied the people each group serves were, and what each group changed in response.',
	years: 'Published fiscal years',
	noYears: 'No fiscal year has been published yet',
	yearLink: 'Fiscal year {fy}',
	publishedOn: 'Published on {date} by {name}',
	publishedAt: 'Published on {date}',
	yearHeading: 'Fiscal year {fy}',
	period: 'Records from {from} to {to}',
	overallHeading: 'The office as a whole',
	groupsHeading: 'By group',
	topic: 'Topic',
	topicText: 'Satisfaction with the services of {group}',
	noForm: 'This group had no satisfaction survey this year',
	participants: 'Who took part',
	participantsTotal: '{count} respondents',
	noParticipants: 'Nobody answered the survey this year yet',
	results: 'Results',
	mean: 'Mean (x̄)',
	sd: 'Standard deviation (S.D.)',
	level: 'Level of satisfaction',
	satisfaction: 'Satisfaction percentage (x̄ / 5 × 100)',
	youSaid: 'You said: the items rated lowest',
	itemScore: '{label} (x̄ = {mean}, {level})',
	suggestions: '{count} suggestions received',
	weDid: 'We did: how the results were used',
	weDidBy: 'Recorded by {author} on {date}',
	weDidMissing: 'The group has not recorded its improvements yet',
	feedbackHeading: 'Complaints and opinions in figures',
	feedbackTotal: 'Received in all',
	feedbackClosed: 'Closed',
	feedbackClosedInTime: 'Answered within 15 days',
	feedbackMisconduct: 'Complaints of corruption or misconduct',
	feedbackKind: 'Kind',
	firstHalf: 'First 6 months (Oct–Mar)',
	wholeYear: 'Whole year',
	notPublished: 'No page is published for this fiscal year',
	unknownOffice: 'No such office',
	card: {
		title: 'You said, we did',
		description: 'Satisfaction results per group and the improvements the office made, as published'
	},
	hub: {
		title: 'Publish improvements',
		description: 'Preview and publish the “you said, we did” page of each fiscal year'
	},
	admin: {
		title: 'Publishing "you said, we did"',
		intro:
			'Check a fiscal year’s page before publishing it. The published page keeps the figures of the moment it was published; publish again to bring it up to date. Offices link it as ITA evidence.',
		fy: 'Fiscal year',
		show: 'Preview',
		previewHeading: 'Preview of the page (current figures)',
		publish: 'Publish fiscal year {fy}',
		republish: 'Publish fiscal year {fy} again with current figures',
		publishTitle: 'Publish the page of fiscal year {fy}?',
		publishBody:
			'Anyone will see each group’s results and improvements as previewed, and the complaint figures (counts only).',
		confirmPublish: 'Publish',
		published: 'Fiscal year {fy} is published',
		publicLink: 'Open the public page',
		publishedList: 'Published years',
		withdraw: 'Withdraw fiscal year {fy}',
		withdrawTitle: 'Withdraw the page of fiscal year {fy}?',
		withdrawBody: 'The page will not be shown to the public until it is published again.',
		confirmWithdraw: 'Withdraw',
		withdrawn: 'Fiscal year {fy} is withdrawn',
		notShown: 'This year is not published',
		badFy: 'Not a valid fiscal year'
	}
};
