import type { authTh } from './auth.th';
import type { Widen } from './th';

export const authEn: Widen<typeof authTh> = {
	signIn: {
		title: 'Sign in',
		heading: 'Sign in',
		intro:
			"For the office's executives, group directors, administrators and supervisors. People answering a survey do not sign in.",
		username: 'User name',
		password: 'Password',
		submit: 'Sign in',
		missing: 'Enter your user name and password',
		signedInAs: 'Signed in as {name}'
	},
	signOut: {
		button: 'Sign out',
		everywhere: 'Sign out on every device',
		everywhereHint: "For instance when you forgot to sign out on someone else's computer"
	},
	roles: {
		admin: 'Administrator',
		executive: 'Executive',
		group_leader: 'Group director',
		supervisor: 'Supervisor (collects answers)'
	},
	account: {
		menu: 'Account',
		roles: 'Roles'
	}
};
