import type { Store } from '../store/types';
import { policy, type GroupRef, type Principal } from './policy';

/*
 * Who may open each route, in one table that hooks.server.ts consults on every request (issue 6):
 * pages, their form actions and every /api endpoint. A route missing from the table is refused
 * (a test checks that every route is listed), so a new page is closed until someone decides.
 * Handlers that decide by the request body (which note kind) ask `policy` again themselves.
 */

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

interface RuleContext {
	user: Principal;
	params: Partial<Record<string, string>>;
	store: Store;
}

export type RouteRule =
	| { access: 'public'; why: string }
	| {
			access: 'signed-in';
			allow: (context: RuleContext) => boolean | Promise<boolean>;
	  };

const open = (why: string): RouteRule => ({ access: 'public', why });
const signedIn = (allow: Extract<RouteRule, { access: 'signed-in' }>['allow']): RouteRule => ({
	access: 'signed-in',
	allow
});

/**
 * A rule about the group in the route's `[groupId]`. An id that names no group is let through
 * to the route, which answers 404 in its own words: to a signed-in user that says no more than
 * a 403 would.
 */
const aboutGroup = (allow: (user: Principal, group: GroupRef) => boolean): RouteRule =>
	signedIn(async ({ user, params, store }) => {
		const group = (await store.groups.list()).find((g) => g.id === params.groupId);
		return group === undefined ? true : allow(user, group);
	});

const readGroupReport = aboutGroup(policy.readGroupReport);

const buildForms = signedIn(({ user }) => policy.buildForms(user));

/**
 * A rule about the form in the route's `[formId]`, by its latest version's owner. An unknown id
 * is let through to the route's own 404, as for groups.
 */
const editForm = signedIn(async ({ user, params, store }) => {
	if (!policy.buildForms(user)) return false;
	const latest = (await store.forms.versionsOfForm(params.formId ?? '')).at(-1);
	return latest === undefined ? true : policy.editForm(user, latest.form);
});
const administer = signedIn(({ user }) => policy.administer(user, user.officeId));

export const routeAccess: Record<string, RouteRule> = {
	'/(site)': open('the landing page'),
	'/(site)/sign-in': open('where people sign in'),
	'/(site)/admin': administer,
	'/(site)/admin/users': administer,
	'/(site)/admin/users/[userId]': administer,
	'/(site)/admin/devices': administer,
	'/(site)/admin/audit': administer,
	'/(site)/admin/transparency': administer,
	// The form builder (issue 7): a group leader only the forms of their own group.
	'/(site)/forms': buildForms,
	'/(site)/forms/new': buildForms,
	'/(site)/forms/import': buildForms,
	'/(site)/forms/[formId]': editForm,
	'/(site)/forms/[formId]/export': editForm,
	'/(site)/reports': signedIn(({ user }) => policy.readSomeReport(user)),
	'/(site)/reports/groups/[groupId]': readGroupReport,
	'/(site)/reports/groups/[groupId]/print': readGroupReport,

	// Prerendered shells with no data in them: what a tablet shows comes from its own IndexedDB.
	'/collect': open('the offline collection shell'),
	'/collect/session': open('the offline collection shell'),
	'/collect/kiosk': open('the offline collection shell'),
	'/offline': open('the page shown offline'),
	// A survey by link or QR code (issue 8): the prerendered page a respondent opens on their own
	// phone; the code after `#` never reaches the server, and the page holds no data.
	'/s': open("the offline survey page of a respondent's phone"),

	// The public feedback channel (issue 7): anyone may write, with or without an account; the
	// tracking code is the credential for reading one item back (no contact details in it).
	'/(site)/feedback/[officeId]': open('the public feedback form: anyone may write to the office'),
	'/(site)/feedback/track': open('the tracking code is the credential, and it shows no contact'),
	// What an administrator published for anyone to read: the ITA evidence an office links to.
	'/(site)/transparency/[officeId]/[[fy]]': open('pages an administrator published to the public'),
	'/(site)/feedback/[officeId]/misconduct': open(
		'the separate misconduct channel: anyone may complain, read only by the executives'
	),
	'/(site)/feedback/[officeId]/poster': open("a printable poster of the public page's address"),
	// Surveys by link or QR code: which links each user manages is decided per group in policy.ts.
	'/(site)/links': signedIn(({ user }) => policy.useSurveyLinks(user)),
	'/(site)/links/[linkId]/poster': signedIn(({ user }) => policy.useSurveyLinks(user)),
	// The staff inbox: which items each user sees is decided per item in feedback-triage.ts.
	'/(site)/inbox': signedIn(({ user }) => policy.useFeedbackInbox(user)),
	'/(site)/inbox/[feedbackId]': signedIn(({ user }) => policy.useFeedbackInbox(user)),

	// Participation activities (issue 8): which activities each user reads and manages is decided
	// per activity in activities.ts (policy.readActivities, manageActivities): an activity of
	// another group is "not found", as in the inbox, so its id tells nothing.
	'/(site)/activities': signedIn(({ user }) => policy.useActivities(user)),
	'/(site)/activities/new': signedIn(({ user }) => policy.registerSomeActivity(user)),
	'/(site)/activities/[activityId]': signedIn(({ user }) => policy.useActivities(user)),
	'/(site)/activities/[activityId]/record': signedIn(({ user }) => policy.useActivities(user)),
	'/(site)/representatives': signedIn(({ user }) => policy.useActivities(user)),

	// Master data the tablets pull: forms, groups, schools and offices are public information.
	'/api/forms': open('published forms'),
	'/api/groups': open("the office's groups"),
	'/api/schools': open("the office's schools"),
	'/api/offices': open('the offices'),
	'/api/health': open('for monitoring'),
	'/api/openapi.json': open('the API description'),
	'/api/devices/enroll': open('the one-time enrollment code is the credential'),
	'/api/devices/supervisors': open('the device token and the password are the credentials'),
	'/api/sync': open("the endpoint checks the device's own token"),
	'/api/activities': open("the endpoint checks the device's own token"),
	'/api/auth/sign-in': open('signing in'),
	'/api/auth/sign-out': open('signing out'),
	'/api/feedback': open('the public feedback channel: anyone may write, rate-limited per address'),
	'/api/public/surveys/[code]': open(
		"the link's code is the credential, and it opens one survey's questions"
	),
	'/api/public/surveys/[code]/responses': open(
		'anyone with the link may answer: ballot keys and a rate limit per address'
	),
	'/api/feedback/track/[code]': open(
		'the tracking code is the credential, and it shows no contact'
	),

	'/api/reports/overview': signedIn(({ user }) => policy.readOverview(user, user.officeId)),
	'/api/reports/groups/[groupId]': readGroupReport,
	'/api/reports/groups/[groupId]/export': readGroupReport,
	'/api/reports/groups/[groupId]/notes': aboutGroup(
		(user, group) =>
			policy.writeReportNote(user, group, 'executive-opinion') ||
			policy.writeReportNote(user, group, 'improvement-actions')
	)
};

/** The decision for a request to `routeId` by `user` (null: not signed in). */
export async function decideAccess(
	routeId: string | null,
	user: Principal | null,
	params: Partial<Record<string, string>>,
	store: Store
): Promise<AccessDecision> {
	// No route matched: SvelteKit answers 404 itself.
	if (routeId === null) return 'allow';
	const rule = routeAccess[routeId];
	if (rule === undefined) return 'forbidden';
	if (rule.access === 'public') return 'allow';
	if (user === null) return 'sign-in';
	return (await rule.allow({ user, params, store })) ? 'allow' : 'forbidden';
}
