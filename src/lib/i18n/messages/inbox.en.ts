import type { inboxTh } from './inbox.th';
import type { Widen } from './th';

export const inboxEn: Widen<typeof inboxTh> = {
	title: 'Feedback inbox',
	heading: 'Opinions and complaints to handle',
	intro:
		'The submitter must be told what was done within 15 days. Overdue items come first, then those that have waited longest.',
	link: 'Inbox',
	filters: {
		legend: 'Filters',
		status: 'Status',
		kind: 'Kind',
		group: 'Group',
		track: 'Channel',
		any: 'All',
		unassigned: 'Not yet given to a group',
		overdueOnly: 'Overdue only',
		apply: 'Apply filters',
		clear: 'Clear filters'
	},
	summary: '{count} items shown, {overdue} overdue',
	empty: 'No item matches these filters',
	columns: {
		code: 'Tracking code',
		kind: 'Kind',
		subject: 'Subject',
		group: 'Group',
		school: 'School',
		submitted: 'Sent on',
		deadline: 'Answer due',
		status: 'Status'
	},
	overdue: 'Overdue',
	unassigned: 'Not yet given to a group',
	none: '—',
	track: {
		general: 'General',
		misconduct: 'Misconduct'
	},
	channel: {
		kiosk: 'Collection tablet',
		web: 'Website',
		walk_in: 'In person',
		letter: 'Letter',
		phone: 'Phone',
		email: 'E-mail',
		social: 'LINE/Facebook',
		box: 'Suggestion box'
	},
	item: {
		back: 'Back to the inbox',
		details: 'About this item',
		status: 'Status',
		submitted: 'Sent on',
		statusChanged: 'Status last changed',
		deadline: 'Answer due by',
		group: 'Group in charge',
		school: 'School',
		channel: 'Received through',
		track: 'Channel',
		misconductNote:
			'A misconduct complaint: only the executives and administrators of the office see it.',
		body: 'What the submitter wrote',
		contact: 'Contact details',
		anonymous: 'Anonymous: the only way to reply is on the tracking page, with the tracking code.',
		contactHidden:
			'The submitter gave contact details; to protect the complainant only the executives see them.',
		noContact: 'No contact details',
		name: 'Name',
		phone: 'Phone',
		email: 'E-mail',
		thread: 'What was done and said',
		noThread: 'No reply or note yet',
		fromSubmitter: 'The submitter',
		publicReply: 'Reply to the submitter',
		internalNote: 'Internal note',
		setStatus: 'Status set to {status}',
		triageHeading: 'Reply, note or change the status',
		newStatus: 'Status',
		keepStatus: 'Keep the status ({status})',
		visibility: 'This text is',
		visibilityPublic: 'A reply to the submitter (they read it with the tracking code)',
		visibilityInternal: 'An internal note (staff only)',
		text: 'Text',
		textHint: 'At most {max} characters',
		save: 'Save',
		saved: 'Saved',
		closeTitle: 'Close this item?',
		closeBody:
			'The item becomes “{status}” and the submitter sees it. It can be reopened later if needed.',
		closeConfirm: 'Close the item',
		cancel: 'Cancel',
		confirmNeeded: 'Please confirm.',
		assignHeading: 'Give the item to a group',
		assignGroup: 'Group in charge',
		assignChoose: '— choose a group —',
		assign: 'Give to the group',
		assigned: 'Given to {group}',
		notFound: 'There is no such item in your inbox'
	},
	misconduct: {
		title: 'Misconduct complaints',
		heading: 'Complaints about corruption or misconduct',
		intro:
			'This channel is separate from the general one, to protect the complainant. What you send here is read only by the executives and administrators of {office}; your contact details, if you give them, only by the executives. The staff of the groups do not see it.',
		anonymousHint:
			'You may send it anonymously. Give enough detail (who, what, where, when) for the office to look into it.',
		link: 'Corruption or misconduct? Use this separate channel',
		general: 'An opinion or a general complaint? Use the general channel'
	},
	school: {
		forSchool: 'For {school}'
	},
	poster: {
		title: 'Feedback channel poster',
		link: "Print a poster with this page's QR code",
		heading: 'Give an opinion, a suggestion, a complaint or a compliment',
		scan: 'Scan the QR code to write to {office}',
		orVisit: 'or open',
		promise:
			'You need not give your name. Every message gets a tracking code, and the office answers within 15 days.',
		print: 'Print',
		qrLabel: 'QR code of the address {url}',
		chooseSchool: 'Poster for a school',
		officeWide: '— the whole office —',
		show: 'Show'
	}
};
