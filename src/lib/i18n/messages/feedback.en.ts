import type { feedbackTh } from './feedback.th';
import type { Widen } from './th';

export const feedbackEn: Widen<typeof feedbackTh> = {
	submit: {
		title: 'Opinions and complaints',
		heading: 'Give an opinion, a suggestion, a complaint or a compliment',
		intro:
			'{office} reads every message and tells you what was done within 15 days. You get a tracking code when you send.',
		kind: 'What is it?',
		subject: 'Subject (optional)',
		body: 'Details',
		bodyHint: 'At most {max} characters',
		school: 'School concerned (optional)',
		noSchool: '— none —',
		identity: 'Who you are',
		anonymous: 'Anonymous',
		withContact: 'Give contact details for a reply',
		name: 'Name',
		phone: 'Phone',
		email: 'E-mail',
		consent:
			'I agree that the office keeps these contact details only to reply about this matter (Personal Data Protection Act 2019).',
		honeypot: 'Website (leave empty)',
		send: 'Send',
		invalid: 'Please check these fields: {fields}',
		rateLimited: 'Too many messages from this network. Please wait about 10 minutes and try again.',
		unknownOffice: 'No such office'
	},
	sent: {
		heading: 'We have received your message',
		codeLabel: 'Tracking code',
		keep: 'Keep this code: with it you can follow the status and read the reply on the tracking page.',
		track: 'Track this message',
		another: 'Send another'
	},
	track: {
		title: 'Track a message',
		heading: 'Follow a message with its tracking code',
		code: 'Tracking code',
		look: 'Look up',
		malformed: 'A code has 8 characters, like ABCD-EFGH',
		notFound: 'No message has this code',
		rateLimited: 'Too many look-ups. Please wait about 10 minutes and try again.',
		status: 'Status',
		submittedAt: 'Sent on',
		statusChangedAt: 'Status last changed',
		deadline: 'Answer due by',
		overdue: 'Overdue',
		anonymous: 'Anonymous',
		body: 'What was sent',
		replies: 'Replies',
		noReplies: 'No reply yet',
		fromOffice: 'The office',
		fromSubmitter: 'You',
		followUp: 'Add a message',
		followUpSend: 'Send message',
		followUpAdded: 'Your message was added',
		followUpInvalid: 'Please type a message (at most {max} characters)'
	},
	status: {
		received: 'Received',
		acknowledged: 'Acknowledged',
		in_progress: 'In progress',
		resolved: 'Resolved',
		not_actionable: 'Not actionable'
	}
};
