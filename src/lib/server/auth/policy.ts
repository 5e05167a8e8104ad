import type { ReportNoteKind } from '$lib/api/report-contract';
import type { Role, User } from '$lib/domain';

/*
 * Who may do what, in one place (issue 6). Pure: the caller looks up what a rule needs (the
 * group a report is about) and asks here. Everything is scoped to the user's own office.
 */

export type Principal = Pick<User, 'id' | 'officeId' | 'displayName' | 'roles'>;

/** What a rule about a group needs to know of it. */
export interface GroupRef {
	id: string;
	officeId: string;
}

export function hasRole(user: Principal, role: Role): boolean {
	return user.roles.some((r) => r.role === role);
}

function leads(user: Principal, group: GroupRef): boolean {
	return (
		user.officeId === group.officeId &&
		user.roles.some((r) => r.role === 'group_leader' && r.groupId === group.id)
	);
}

function isExecutiveOf(user: Principal, officeId: string): boolean {
	return user.officeId === officeId && hasRole(user, 'executive');
}

export const policy = {
	/** Users, groups, schools, forms, devices and the audit log of the office. */
	administer: (user: Principal, officeId: string) =>
		user.officeId === officeId && hasRole(user, 'admin'),

	/** Every group side by side. */
	readOverview: (user: Principal, officeId: string) => isExecutiveOf(user, officeId),

	/** A group's report, its exports and its raw responses. */
	readGroupReport: (user: Principal, group: GroupRef) =>
		isExecutiveOf(user, group.officeId) || leads(user, group),

	/** The executive writes ความเห็น/ข้อสั่งการ; the group leader the improvement actions. */
	writeReportNote: (user: Principal, group: GroupRef, kind: ReportNoteKind) =>
		kind === 'executive-opinion' ? isExecutiveOf(user, group.officeId) : leads(user, group),

	/** The report pages at all: the overview or one of their groups. */
	readSomeReport: (user: Principal) => hasRole(user, 'executive') || hasRole(user, 'group_leader'),

	/**
	 * Publishing a group's survey by link or QR code, and revoking the link (issue 8): the group's
	 * own leader, or an administrator of the office.
	 */
	manageSurveyLinks: (user: Principal, group: GroupRef) =>
		policy.administer(user, group.officeId) || leads(user, group),

	/** The survey links page at all: for the links of some group. */
	useSurveyLinks: (user: Principal) => hasRole(user, 'admin') || hasRole(user, 'group_leader'),

	/** Collecting on an enrolled tablet. */
	collect: (user: Principal) => hasRole(user, 'supervisor'),

	/** The form builder at all (issue 7): administrators, and group leaders for their groups. */
	buildForms: (user: Principal) => hasRole(user, 'admin') || hasRole(user, 'group_leader'),

	/**
	 * Writing, publishing, importing and exporting one form: an administrator any form of the
	 * office, a group leader only the forms of a group they lead (an office-wide form, with no
	 * group, is the administrators').
	 */
	editForm: (user: Principal, form: FormRef) =>
		policy.administer(user, form.officeId) ||
		(form.groupId !== null && leads(user, { id: form.groupId, officeId: form.officeId })),

	/** The feedback inbox at all (issue 7): executives and admins, and group leaders. */
	useFeedbackInbox: (user: Principal) =>
		hasRole(user, 'executive') || hasRole(user, 'admin') || hasRole(user, 'group_leader'),

	/**
	 * Reading and triaging one feedback item. A group leader gets only general-track items of a
	 * group they lead; unassigned items and the misconduct track (DOMAIN.md §4, §6: kept from the
	 * staff to protect the complainant) are for the executives and admins of the office.
	 */
	triageFeedback: (user: Principal, item: FeedbackRef) =>
		seesWholeInbox(user, item.officeId) ||
		(item.track === 'general' &&
			item.groupId !== null &&
			leads(user, { id: item.groupId, officeId: item.officeId })),

	/** Screening: giving an item to a group, or to another one. */
	assignFeedback: (user: Principal, officeId: string) => seesWholeInbox(user, officeId),

	/**
	 * The submitter's contact details: whoever triages a general item needs them to reply; on the
	 * misconduct track only the executive, so an administrator does not learn who complained.
	 */
	readFeedbackContact: (user: Principal, item: FeedbackRef) =>
		item.track === 'misconduct'
			? isExecutiveOf(user, item.officeId)
			: policy.triageFeedback(user, item),

	/**
	 * Participation activities and representatives at all (issue 8): group leaders for their
	 * groups, executives and admins for the whole office.
	 */
	useActivities: (user: Principal) =>
		hasRole(user, 'group_leader') || hasRole(user, 'executive') || hasRole(user, 'admin'),

	/** An activity's page, record and attendance list, and a group's representatives. */
	readActivities: (user: Principal, group: GroupRef) =>
		leads(user, group) || seesWholeOffice(user, group.officeId),

	/**
	 * Registering and editing a group's activities (results, actions taken, invitations) and its
	 * representatives: the group's leader, and an administrator for any group of the office. The
	 * executive reads them, as they read the reports.
	 */
	manageActivities: (user: Principal, group: GroupRef) =>
		leads(user, group) || policy.administer(user, group.officeId),

	/** Registering an activity for some group: leaders and administrators. */
	registerSomeActivity: (user: Principal) =>
		hasRole(user, 'group_leader') || hasRole(user, 'admin'),

	/** Putting an activity's record on the public transparency page, or taking it off. */
	publishActivity: (user: Principal, officeId: string) => policy.administer(user, officeId)
};

function seesWholeOffice(user: Principal, officeId: string): boolean {
	return user.officeId === officeId && (hasRole(user, 'executive') || hasRole(user, 'admin'));
}

/** What a rule about a form needs to know of it. */
export interface FormRef {
	officeId: string;
	groupId: string | null;
}

/**
 * The owners a user may give a new form: the groups they lead, or for an administrator every
 * group of the office and the office itself (null: an office-wide form).
 */
export function formOwnersFor<G extends GroupRef>(
	user: Principal,
	groups: readonly G[]
): { groups: G[]; officeWide: boolean } {
	return {
		groups: groups.filter((g) => policy.editForm(user, { officeId: g.officeId, groupId: g.id })),
		officeWide: policy.administer(user, user.officeId)
	};
}

/** What a rule about a feedback item needs to know of it. */
export interface FeedbackRef {
	officeId: string;
	track: 'general' | 'misconduct';
	groupId: string | null;
}

function seesWholeInbox(user: Principal, officeId: string): boolean {
	return seesWholeOffice(user, officeId);
}

/**
 * The part of an office's feedback a user's inbox lists, as the store filters it: every group and
 * both tracks, or the general track of the groups they lead. `triageFeedback` is the same rule
 * for one item (the service checks each listed item against it too).
 */
export function feedbackInboxScope(user: Principal): {
	officeId: string;
	wholeOffice: boolean;
	groupIds: string[];
} {
	return {
		officeId: user.officeId,
		wholeOffice: seesWholeInbox(user, user.officeId),
		groupIds: user.roles.flatMap((r) =>
			r.role === 'group_leader' && r.groupId !== null ? [r.groupId] : []
		)
	};
}

/** The groups a user may read reports of, among the office's. */
export function readableGroups<G extends GroupRef>(user: Principal, groups: readonly G[]): G[] {
	return groups.filter((g) => policy.readGroupReport(user, g));
}

/** What a service throws when the policy says no; routes answer 403 with its text. */
export class AccessDeniedError extends Error {
	readonly text = {
		th: 'บัญชีนี้ไม่มีสิทธิ์ทำรายการนี้',
		en: 'This account may not do this.'
	};
	constructor(readonly what: string) {
		super(`Access denied: ${what}`);
		this.name = 'AccessDeniedError';
	}
}
