import { adminEn } from './admin.en';
import { feedbackEn } from './feedback.en';
import { transparencyEn } from './transparency.en';
import { activitiesEn } from './activities.en';
import { formsEn } from './forms.en';
import { inboxEn } from './inbox.en';
import { linksEn } from './links.en';
import { attendanceEn } from './attendance.en';
import { authEn } from './auth.en';
import { reportTablesEn } from './report-tables.en';
import { reportsEn } from './reports.en';
import type { Catalogue } from './th';

export const en: Catalogue = {
	app: {
		name: 'Ruamjai',
		description:
			'Satisfaction surveys, opinions and complaints for education offices, collected even offline'
	},
	a11y: {
		skipToContent: 'Skip to main content'
	},
	language: {
		switchTo: 'ภาษาไทย'
	},
	collect: {
		title: 'Collect',
		heading: 'Collect in the field',
		intro:
			'Open a collection session at a school, then hand the tablet to the people served, one after another. Works without the internet.',
		status: {
			heading: 'This device',
			online: 'Online',
			offline: 'Offline: what is collected stays on this device until it is back online',
			waiting: '{count} records waiting to be sent',
			needsAttention: '{count} records need attention',
			storage: '{used} of {quota} storage used',
			storageUnknown: 'The browser does not report its storage',
			persisted: 'The browser will not clear this device’s data on its own',
			notPersisted:
				'The browser may clear data when storage runs low; send records to the server regularly',
			lastPulled: 'Forms last updated {date}',
			neverPulled: 'Forms have not been downloaded to this device yet'
		},
		pull: {
			button: 'Update forms and lists',
			running: 'Downloading…',
			done: 'Downloaded: {forms} forms, {groups} groups, {schools} schools',
			needOnline:
				'Connect to the internet once to download the forms and the school list before going out to collect.'
		},
		pin: {
			pin: 'PIN (4–12 digits)',
			confirm: 'Type the PIN again',
			mismatch: 'The two PINs do not match',
			save: 'Save PIN',
			saved: 'PIN set',
			headingFor: 'Set the PIN of {name}',
			explainFor:
				'This PIN starts your sessions on this tablet and is needed to leave the respondent screen. It is kept on this tablet only.',
			cancel: 'Cancel'
		},
		supervisors: {
			heading: 'Supervisors on this tablet',
			explain:
				'A supervisor signs in on this tablet once, online; after that they start sessions with a PIN of their own, even without the internet.',
			none: 'No supervisor has been added to this tablet yet. Add one before starting a session.',
			account: 'User name {username}',
			remove: 'Remove',
			removeLabel: 'Remove {name} from this tablet',
			removeTitle: 'Remove {name} from this tablet?',
			removeBody:
				'They can no longer start sessions on this tablet until they sign in on it again, online. The records they collected are kept.',
			removeConfirm: 'Remove from this tablet',
			cancel: 'Cancel',
			add: 'Add a supervisor to this tablet',
			addExplain:
				'Sign in once with the supervisor’s account. The server checks the password; the tablet does not keep it.',
			username: 'User name',
			password: 'Password',
			check: 'Check the account',
			checking: 'Checking…',
			needEnrollment:
				'Enroll this tablet first (under “Sending records to the server”): only an enrolled tablet can add supervisors.',
			needOnline:
				'Adding a supervisor needs the internet, once. Those already added can collect offline.',
			added: '{name} can now collect on this tablet',
			removedByServer:
				'The account of {names} is disabled or may no longer collect, so they were removed from this tablet. The records already collected stay.',
			forgotPin: 'Forgot the PIN? Add the supervisor again to set a new one.',
			noCredentials: 'Enter the user name and the password'
		},
		start: {
			heading: 'Start a collection session',
			office: 'Office',
			school: 'School or unit where you collect',
			schoolNone: 'None (at the office)',
			groups: 'Groups assessed',
			groupsHint: 'Respondents choose the group whose service they used from this list',
			allGroups: 'Select all groups',
			forms: 'Forms to use',
			collector: 'Who collects',
			collectorPin: 'The collector’s PIN',
			submit: 'Start collecting',
			noGroups: 'Choose at least one group',
			noForms: 'Choose at least one form',
			noCollector: 'Choose who collects',
			noPin: 'Enter the collector’s PIN',
			wrongPin: 'Wrong PIN. Please try again.',
			noCachedForms: 'There are no forms on this device yet',
			unreadable:
				'The form "{title}" (version {version}) cannot be shown on this device; the other forms work as usual'
		},
		open: {
			heading: 'A collection session is open',
			body: '{school}, started {date}',
			continue: 'Go to the session'
		}
	},
	session: {
		title: 'Collection session',
		heading: 'Collection session',
		none: 'No collection session is open',
		toCollect: 'Start a new session',
		place: 'Place',
		atOffice: 'The office',
		collector: 'Collector',
		started: 'Started',
		groups: 'Groups assessed',
		forms: 'Forms',
		submitted: 'Answered in this session',
		waiting: 'Still waiting to be sent',
		handOver: 'Hand the tablet to respondents',
		handOverHint: 'The screen switches to the respondent view; leaving it needs the PIN.',
		end: 'End the session',
		endConfirmTitle: 'End this collection session?',
		endConfirmBody: 'The submitted answers stay on the device and are sent when it is online.',
		endDraftBody:
			'A respondent has not finished. Ending the session clears that respondent’s unsent answers.',
		endConfirm: 'End session',
		endDiscard: 'Clear the unfinished form and end',
		cancel: 'Cancel'
	},
	home: {
		heading: 'Ruamjai',
		subtitle:
			'Collect satisfaction surveys, opinions, suggestions and complaints from service users and stakeholders — even without internet — and report the results group by group, for educational service area offices and provincial education offices.',
		docTitle: 'Ruamjai — satisfaction surveys and opinions',
		sectionsLabel: 'Get started',
		office: 'Office: {name}',
		noOffice: 'No office has been set up yet. An administrator can set it up on the Admin page.',
		cards: {
			collect: {
				title: 'Collect',
				description: 'Visitors answer a survey or leave an opinion on a tablet, even offline.'
			},
			reports: {
				title: 'Reports',
				description: 'Satisfaction by group: mean, standard deviation, level and percentage.'
			},
			admin: {
				title: 'Admin',
				description: 'Set up the office, its groups and its forms.'
			}
		},
		groups: {
			heading: 'Groups of the office',
			empty: 'No groups yet. An administrator can add them on the Admin page.',
			shortName: 'Short name'
		},
		forms: {
			heading: 'Forms in use',
			empty: 'No forms yet. An administrator can create them on the Admin page.',
			version: 'Version {version}',
			questions: 'Questions: {count}',
			published: 'Published {date}',
			unpublished: 'Not yet published'
		}
	},
	auth: authEn,
	reports: reportsEn,
	reportTables: reportTablesEn,
	admin: adminEn,
	feedback: feedbackEn,
	transparency: transparencyEn,
	activities: activitiesEn,
	forms: formsEn,
	inbox: inboxEn,
	links: linksEn,
	attendance: attendanceEn,
	respondentType: {
		school_executive: 'School executive',
		teacher: 'Teacher',
		education_personnel: 'Educational personnel',
		employee: 'Employee / government employee',
		parent: 'Parent',
		student: 'Student',
		school_board: 'School board member',
		community: 'Member of the public / community',
		agency: 'Public or private agency',
		other: 'Other'
	},
	formKind: {
		satisfaction: 'Satisfaction survey',
		feedback: 'Opinion form',
		evaluation: 'Evaluation form'
	},
	feedbackKind: {
		opinion: 'Opinion',
		suggestion: 'Suggestion',
		complaint: 'Complaint',
		compliment: 'Compliment'
	},
	rating: {
		5: 'Very high',
		4: 'High',
		3: 'Moderate',
		2: 'Low',
		1: 'Very low'
	},
	pwa: {
		update: {
			title: 'A new version is available',
			body: 'Update to use the latest Ruamjai. Everything saved on this device stays.',
			apply: 'Update now',
			applying: 'Updating…',
			held: 'The update will wait until the form that is open now is finished.',
			later: 'Later'
		}
	},
	offline: {
		title: 'You are offline',
		message:
			'This page needs the internet, but collection still works. What you collect is sent when the device is back online.',
		requested: 'The page you opened: {path}',
		toCollect: 'Go to collection',
		retry: 'Try again'
	},
	kiosk: {
		docTitle: 'Questionnaire',
		bar: {
			online: 'Online',
			offline: 'Offline: answers are kept on this device',
			supervisor: 'Supervisor'
		},
		noSession: {
			title: 'No collection session is open',
			body: 'This device has no open collection session. The supervisor must start one before handing the tablet to respondents.',
			link: 'Go to collection'
		},
		failed: {
			title: 'The questionnaire could not open',
			retry: 'Try again'
		},
		welcome: {
			title: 'Welcome',
			intro:
				'Please rate our service or tell us what you think. It takes only a few minutes, and you need not give your name.',
			choose: 'What would you like to do?',
			start: {
				satisfaction: 'Rate our service',
				feedback: 'Share an opinion, a suggestion or a complaint',
				evaluation: 'Answer an evaluation'
			},
			noForms: 'No questionnaire can be opened on this device yet. Please tell the supervisor.',
			unavailableTitle: 'Forms this device cannot open',
			unnamedForm: 'Form {id}',
			othersWork: 'The other forms work as usual.',
			stuck: 'An unfinished questionnaire cannot be reopened',
			clearStuck: 'Clear the unfinished questionnaire'
		},
		unavailable: {
			unreadable:
				'This device cannot read this form; it may come from a newer version of Ruamjai. Connect to the internet to update the app and its forms.',
			unknownKind: 'Question “{question}” is of the kind {kind}, which this device cannot show yet.'
		},
		progress: 'Page {current} of {total}',
		instructions: 'Instructions',
		respondent: {
			title: 'About you',
			typeLegend: 'You are',
			otherLabel: 'Please say what you are',
			groupLegend: 'Which group’s service did you use?',
			groupHelp: 'Results are reported group by group.'
		},
		question: {
			optional: 'optional',
			remaining: '{count} characters left',
			full: 'All {max} characters used',
			capped: 'The pasted text was longer than {max} characters, so the rest was cut off.',
			between: 'A number from {min} to {max}',
			atLeast: 'A number of {min} or more',
			atMost: 'A number of at most {max}',
			wholeNumber: 'a whole number',
			maxSelected: 'Choose at most {max}',
			dateChosen: 'Date chosen: {date}',
			errorPrefix: 'Error:'
		},
		issue: {
			choose: 'Please choose an answer',
			required: 'Please answer this question',
			specifyOther: 'Please say what you are',
			tooLong: 'At most {max} characters',
			tooMany: 'Choose at most {max}',
			wholeNumber: 'Please enter a whole number',
			notNumber: 'Please enter a number',
			numberBetween: 'The number must be from {min} to {max}',
			numberAtLeast: 'The number must be at least {min}',
			numberAtMost: 'The number must be at most {max}',
			dateBetween: 'The date must be from {min} to {max}',
			dateFrom: 'The date must not be before {min}',
			dateUntil: 'The date must not be after {max}',
			email: 'Please enter an e-mail address such as name@example.com',
			phone: 'Please enter a phone number of 6 to 20 digits (spaces, +, - and brackets are fine)'
		},
		errorSummary: {
			title: 'Please check {count} answer(s) before going on'
		},
		nav: {
			back: 'Back',
			next: 'Next',
			submit: 'Send',
			saving: 'Saving…',
			cancel: 'Cancel'
		},
		cancel: {
			title: 'Cancel this questionnaire?',
			body: 'Your answers will be deleted and the first page shown again.',
			confirm: 'Delete my answers and start over',
			keep: 'Go on answering'
		},
		thanks: {
			title: 'Thank you for taking part',
			response: 'Your answers are saved. The office uses the results to improve its service.',
			feedback:
				'Your message is saved and the office will look into it. If you left a way to reach you, you will hear back within 15 days.',
			returning: 'Back to the first page in {seconds} seconds',
			next: 'For the next person'
		},
		idle: {
			title: 'Are you still answering?',
			body: 'Nothing has happened for a while. For your privacy, the answers will be deleted in {seconds} seconds.',
			continue: 'Yes, go on'
		},
		pin: {
			title: 'For the supervisor',
			body: 'Enter the supervisor PIN to leave the questionnaire.',
			bodyFor: 'Enter the PIN of {name} to leave the questionnaire.',
			label: 'PIN',
			submit: 'Confirm',
			checking: 'Checking…',
			cancel: 'Cancel',
			wrong: 'Wrong PIN. Please try again.'
		}
	},
	sync: {
		errors: {
			offline:
				'The server cannot be reached. Check the internet connection; everything on this device is kept.',
			timeout:
				'The server took too long to answer. It will be tried again; everything on this device is kept.',
			server:
				'The server had a problem. It will be tried again; everything on this device is kept.',
			invalidResponse:
				'The server sent data this app does not understand. Update the app or tell the administrator.',
			unauthorized: 'This tablet must be enrolled again. The records waiting on it are kept.',
			notEnrolled:
				'This tablet is not enrolled with the server yet, so it cannot send records. Everything on it is kept.',
			badRequest:
				'The server does not accept requests from this version of the app. Update the app or tell the administrator; everything on this device is kept.',
			tooLarge:
				'This record is too large to send over the internet. Export it to a file for the administrator to import.',
			codeInvalid:
				'This enrollment code is wrong or has been used already. Ask the administrator for a new one.',
			codeExpired: 'This enrollment code has expired. Ask the administrator for a new one.'
		},
		panel: {
			heading: 'Sending records to the server',
			allSent: 'Everything has been sent. No records are waiting.',
			waiting: '{count} records waiting to be sent',
			lastSync: 'Last sent successfully {date}',
			neverSynced: 'Nothing has been sent from this device yet',
			lastError: 'Sending failed ({date}): {reason}',
			progress: 'Sending {sent} of {total} records',
			progressLabel: 'Sending progress',
			syncNow: 'Sync now',
			syncing: 'Sending…',
			offline: 'Offline. Records are sent automatically when the tablet is back online.',
			retrying: 'It will be tried again automatically.',
			busyElsewhere: 'Another Ruamjai window on this device is sending records.',
			sent: '{count} records sent',
			export: 'Export all waiting records to a file',
			exportHint:
				'For when sending over the internet is impossible: give the file to the administrator to import. The records stay on the device until the server confirms it has them.',
			exported: 'Saved {file} ({count} records)',
			exportEmpty: 'There are no records on this device to export'
		},
		enroll: {
			heading: 'Enroll this tablet',
			headingAgain: 'This tablet must be enrolled again',
			explain:
				'A tablet must be enrolled with the server once before it can send records. Ask the administrator for an enrollment code and enter it while online. Collecting works as usual meanwhile.',
			explainAgain:
				'The server no longer accepts this tablet’s token (an administrator may have revoked it). The records waiting on it are kept. Ask the administrator for a new enrollment code.',
			code: 'Enrollment code',
			name: 'Device name (the administrator sees this)',
			namePlaceholder: 'e.g. Tablet 3, Supervision group',
			submit: 'Enroll',
			running: 'Enrolling…',
			needOnline: 'Enrolling needs a connection',
			noCode: 'Enter the enrollment code',
			noName: 'Enter a name for the device'
		},
		attention: {
			heading: 'Records that need attention ({count})',
			explain:
				'The server did not accept these records, so they stay on the device and are never deleted. Export them to a file for the administrator to check.',
			feedback: 'Opinion/complaint',
			attendance: 'Sign-in of {name} · {topic}',
			unknownActivity: 'an activity no longer on this device',
			formVersion: '{title} (version {version})',
			unknownForm: 'A form no longer on this device',
			export: 'Export the records that need attention to a file',
			retry: 'Send these records again',
			retryHint: 'When the administrator says the server has been fixed'
		}
	}
};
