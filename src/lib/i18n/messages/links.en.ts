import type { linksTh } from './links.th';
import type { Widen } from './th';

export const linksEn: Widen<typeof linksTh> = {
	title: 'Survey links and QR codes',
	link: 'Survey links',
	intro:
		"Publish a group's survey as a link or QR code for respondents to fill on their own phones: it works without internet once the link has been opened, and the answers are checked as on a tablet.",
	create: {
		heading: 'New link',
		group: 'Group',
		form: 'Survey',
		school: 'School (optional)',
		anySchool: 'No school',
		activity: 'Activity evaluated (optional)',
		noActivity: 'Not the evaluation of an activity',
		allowMultiple: 'Let one phone answer more than once',
		allowMultipleHint:
			'For example when one phone or computer is passed around. If not chosen, each phone answers once.',
		submit: 'Create link',
		created: 'Link created: {address}',
		noForms: 'No published survey for your groups yet'
	},
	errors: {
		'not-allowed': 'You may not make links for this group.',
		invalid: 'Choose a group and a survey.',
		'form-not-published': 'This survey is not published, or is not one of this group.',
		'unknown-school': 'This school is not one of the office.',
		'unknown-activity': 'This activity is not one of the chosen group’s activities.',
		notFound: 'No such link in your groups.'
	},
	list: {
		heading: "The groups' links",
		none: 'No survey link yet',
		address: 'Link',
		group: 'Group',
		form: 'Survey',
		school: 'School',
		responses: 'Responses',
		status: 'Status',
		oneEach: 'One per phone',
		many: 'More than one per phone',
		open: 'Taking answers',
		closedAt: 'Closed on {date}',
		poster: 'QR poster',
		revoke: 'Close link',
		revokeTitle: 'Close link {code}?',
		revokeBody:
			'Once closed, this link and QR code take no more answers, including those still waiting on phones. Answers already received stay in the report.',
		confirmRevoke: 'Close link',
		cancel: 'Cancel',
		confirmNeeded: 'Please confirm.',
		revokedDone: 'Link {code} closed'
	},
	ballot:
		'Against repeated answers, without collecting who answers: each phone holds two random keys (on the phone and in a cookie), the server keeps only a hash of them per link, and submissions per network are limited. Someone who clears all site data or uses several phones can still answer again: compare the count with the participants you expect.',
	poster: {
		title: 'Survey poster',
		heading: 'Take our survey',
		scan: 'Scan the QR code with your phone to answer the survey',
		orVisit: 'or open',
		qrLabel: 'QR code of the link {url}',
		print: 'Print the poster',
		anonymous: 'No name needed. Your answers help us improve our service.',
		back: 'Back to survey links'
	},
	phone: {
		docTitle: 'Survey',
		loading: 'Opening the survey…',
		noCode: 'This link is incomplete',
		noCodeBody: 'Please scan the QR code or open the link you received again.',
		unavailable: 'This survey cannot be opened',
		neverOpened:
			'This phone has not opened this survey before. Open the link again with internet; after that it works without.',
		anonymous: 'No name needed. Answers are used only to improve the service.',
		offlineReady:
			'Works without internet: answers are kept on this phone and sent when there is internet.',
		start: 'Start the survey',
		thanks: 'Thank you for taking part',
		answerAgain: 'Answer again',
		answered: 'This phone has already answered this survey',
		answeredBody: 'This survey takes one response per phone. Thank you for taking part.',
		status: {
			heading: 'Your response',
			waiting: 'Saved on this phone; it will be sent when there is internet',
			sent: 'Received by the office',
			refused: 'The office did not take this response: {reason}'
		},
		sendNow: 'Send now',
		offline: 'No internet'
	}
};
