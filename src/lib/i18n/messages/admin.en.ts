import type { adminTh } from './admin.th';
import type { Widen } from './th';

export const adminEn: Widen<typeof adminTh> = {
	title: 'Admin',
	breadcrumb: 'Where you are',
	hub: {
		heading: 'Administration',
		intro:
			"Manage user accounts and roles, the collection tablets, and read the office's audit log.",
		users: {
			title: 'Users and roles',
			description: 'Create accounts, give roles, disable accounts and set new passwords.'
		},
		devices: {
			title: 'Tablets',
			description: 'Issue enrollment codes for tablets and revoke lost or retired ones.'
		},
		audit: {
			title: 'Audit log',
			description:
				'Who signed in, changed roles, enrolled or revoked a tablet or exported data, and when.'
		}
	},
	roles: {
		legend: 'Roles',
		leaderOf: 'Group director of',
		leaderHint: 'You may choose more than one group.',
		none: 'No role yet',
		leaderOfGroup: 'Group director: {group}'
	},
	users: {
		title: 'Users and roles',
		intro: "The office's user accounts. Respondents need no account.",
		listHeading: 'All users ({count})',
		columns: {
			username: 'User name',
			displayName: 'Display name',
			roles: 'Roles',
			status: 'Status',
			created: 'Created'
		},
		active: 'Active',
		disabled: 'Disabled',
		unknownDate: 'Unknown',
		manage: 'Manage {name}',
		none: 'No users yet. Create the first account with the form below.',
		create: {
			heading: 'Create a user account',
			username: 'User name',
			usernameHint: '3–64 of a–z, 0–9, . _ - @, e.g. somchai.j',
			displayName: 'Display name',
			displayNameHint: 'Full name, or position',
			password: 'Initial password',
			passwordHint:
				'At least 10 characters. Tell the user yourself: the system sends no passwords.',
			submit: 'Create account',
			saving: 'Creating…',
			done: 'Account {username} created.',
			missingName: 'Enter a display name.'
		}
	},
	user: {
		self: 'This is your own account.',
		createdAt: 'Created {date}',
		disabledSince: 'Disabled since {date}',
		rolesHeading: 'Roles',
		ownAdminHint: 'You cannot remove your own admin role.',
		saveRoles: 'Save roles',
		rolesSaved: 'Roles of {name} saved.',
		statusHeading: 'Account status',
		statusActive: 'This account is active.',
		statusDisabled: 'This account is disabled and cannot sign in.',
		selfDisableHint: 'You cannot disable your own account.',
		disable: 'Disable account',
		enable: 'Enable account again',
		disableTitle: 'Disable the account of {name}?',
		disableBody:
			'{name} is signed out on every device at once and cannot sign in until enabled again.',
		confirmDisable: 'Yes, disable',
		disabledDone: 'Account of {name} disabled.',
		enabledDone: 'Account of {name} enabled.',
		passwordHeading: 'Set a new password',
		passwordIntro:
			'When a user forgot their password. They are signed out everywhere and sign in with the new one.',
		newPassword: 'New password',
		resetPassword: 'Set new password',
		passwordDone: 'New password set for {name}.',
		signOutHeading: 'Sign out everywhere',
		signOutIntro: "E.g. when the user's device was lost. They must sign in again on every device.",
		signOutEverywhere: 'Sign {name} out everywhere',
		signOutDone: '{name} signed out of {count} session(s).',
		recentHeading: 'Recent audit lines about this user',
		allAudit: 'See the whole audit log'
	},
	devices: {
		title: 'Tablets',
		intro:
			"The office's enrolled tablets. A revoked tablet cannot sync, but keeps every record on it.",
		listHeading: 'Enrolled tablets',
		columns: {
			name: 'Name',
			enrolledAt: 'Enrolled',
			lastSeen: 'Last contact',
			status: 'Status'
		},
		never: 'Never',
		active: 'Active',
		revokedAt: 'Revoked {date}',
		revoke: 'Revoke {name}',
		revokeTitle: 'Revoke the tablet {name}?',
		revokeBody:
			'It can no longer sync. Records not yet sent wait on the tablet until it is enrolled again with a new code.',
		confirmRevoke: 'Yes, revoke',
		revokedDone: 'Tablet {name} revoked.',
		notFound: 'There is no such tablet in your office.',
		none: 'No tablet enrolled yet. Issue an enrollment code above and enter it on the tablet.',
		code: {
			heading: 'Enroll a new tablet',
			intro:
				'Issue a code and enter it on the tablet\'s "Collect" page. A code enrolls one tablet, once.',
			issue: 'Issue an enrollment code',
			label: 'Enrollment code',
			expires: 'Valid until {time}. Only its hash is kept, so it is shown this once.'
		}
	},
	audit: {
		title: 'Audit log',
		intro: 'Newest first.',
		filter: 'Kind of line',
		all: 'All kinds',
		apply: 'Show',
		columns: {
			at: 'When',
			actor: 'By',
			action: 'What',
			subject: 'About',
			detail: 'Detail'
		},
		system: 'System / server command',
		none: 'Nothing yet.',
		page: 'Page {page} of {pages} ({total} lines)',
		pages: 'Pages of the log',
		previous: '← Previous',
		next: 'Next →'
	},
	actions: {
		'sign-in': 'Signed in',
		'sign-in-failed': 'Sign-in failed',
		'sign-in-throttled': 'Sign-in slowed (too many failures)',
		'sign-out': 'Signed out',
		'sign-out-everywhere': 'Signed out everywhere',
		'user-created': 'User created',
		'roles-changed': 'Roles changed',
		'user-disabled': 'User disabled',
		'user-enabled': 'User enabled',
		'password-changed': 'Password set',
		'device-code-issued': 'Enrollment code issued',
		'device-enrolled': 'Tablet enrolled',
		'device-revoked': 'Tablet revoked',
		'supervisor-added-to-device': 'Supervisor added to a tablet',
		'form-published': 'Form published',
		'form-imported': 'Form imported',
		'transparency-published': 'Transparency page published',
		'transparency-withdrawn': 'Transparency page withdrawn',
		'activity-published': 'Participation activity record published',
		'activity-withdrawn': 'Participation activity record withdrawn',
		'responses-exported': 'Raw data exported',
		'feedback-status-changed': 'Feedback status changed',
		'feedback-replied': 'Feedback replied to or noted',
		'feedback-assigned': 'Feedback given to a group',
		'survey-link-created': 'Survey link published',
		'survey-link-revoked': 'Survey link closed'
	},
	confirmNeeded: 'Please confirm once more.',
	cancel: 'Cancel',
	notFound: 'There is no such user in your office.'
};
