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

	/** Collecting on an enrolled tablet. */
	collect: (user: Principal) => hasRole(user, 'supervisor')
};

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
