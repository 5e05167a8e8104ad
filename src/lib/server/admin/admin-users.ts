import { z } from 'zod';
import type { BilingualMessage, Role, RoleGrant, User } from '$lib/domain';
import { recordAudit } from '../auth/audit';
import { policy, type Principal } from '../auth/policy';
import { changeRoles, setAccountDisabled, setAccountPassword } from '../auth/users';
import type { Store } from '../store/types';

/*
 * What the admin pages do to a user, on top of the account services: every call first finds the
 * user in the admin's own office (another office's user is "not found", never "forbidden", so
 * the page does not reveal who exists elsewhere), and refuses what would lock the admin out.
 */

/** Why the admin page refused; `text` is shown to the admin as it is. */
export class AdminActionError extends Error {
	constructor(
		readonly code: 'not-found' | 'own-admin-role' | 'disable-self',
		readonly text: BilingualMessage
	) {
		super(text.en);
		this.name = 'AdminActionError';
	}
}

const notFound = () =>
	new AdminActionError('not-found', {
		th: 'ไม่พบผู้ใช้นี้ในสำนักงานของท่าน',
		en: 'There is no such user in your office.'
	});

/** The roles a checkbox on the form can give; a group leader's role comes with its groups. */
export const officeWideRoles = ['admin', 'executive', 'supervisor'] as const satisfies Role[];

/**
 * The grants a role form asks for: `role` checkboxes for the office-wide roles and one
 * `leaderOf` value per group led. Unknown values are passed on for `checkedRoles` to refuse.
 */
export function rolesFromForm(form: FormData): RoleGrant[] {
	const values = (name: string) =>
		form.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
	const officeWide = [...new Set(values('role'))].map(
		(role) => ({ role, groupId: null }) as RoleGrant
	);
	const leading = [...new Set(values('leaderOf'))].map((groupId): RoleGrant => ({
		role: 'group_leader',
		groupId
	}));
	return [...officeWide, ...leading];
}

/** A user of the admin's office, or null (unknown, or of another office). */
export async function findOfficeUser(
	store: Store,
	admin: Principal,
	userId: string
): Promise<User | null> {
	// Not a uuid: no such user, rather than a database error about the id's type.
	if (!z.uuid().safeParse(userId).success) return null;
	const user = await store.accounts.get(userId);
	return user !== null && policy.administer(admin, user.officeId) ? user : null;
}

async function officeUser(store: Store, admin: Principal, userId: string): Promise<User> {
	const user = await findOfficeUser(store, admin, userId);
	if (user === null) throw notFound();
	return user;
}

/** Replaces a user's roles; an admin cannot take away their own admin role. */
export async function changeUserRoles(
	store: Store,
	admin: Principal,
	userId: string,
	grants: readonly RoleGrant[],
	now: Date = new Date()
): Promise<User> {
	const user = await officeUser(store, admin, userId);
	if (user.id === admin.id && !grants.some((g) => g.role === 'admin')) {
		throw new AdminActionError('own-admin-role', {
			th: 'ท่านนำบทบาทผู้ดูแลระบบออกจากบัญชีของตนเองไม่ได้ ให้ผู้ดูแลระบบคนอื่นทำแทน เพื่อให้สำนักงานมีผู้ดูแลระบบอยู่เสมอ',
			en: 'You cannot remove your own admin role; ask another admin, so the office always keeps one.'
		});
	}
	return changeRoles(store, user.id, grants, admin, now);
}

/** Disables (ending every session) or enables a user; an admin cannot disable themselves. */
export async function setUserDisabled(
	store: Store,
	admin: Principal,
	userId: string,
	disabled: boolean,
	now: Date = new Date()
): Promise<User> {
	const user = await officeUser(store, admin, userId);
	if (disabled && user.id === admin.id) {
		throw new AdminActionError('disable-self', {
			th: 'ท่านระงับบัญชีของตนเองไม่ได้ ให้ผู้ดูแลระบบคนอื่นทำแทน',
			en: 'You cannot disable your own account; ask another admin.'
		});
	}
	return setAccountDisabled(store, user.id, disabled, admin, now);
}

/** Sets a new password for a user, who is signed out everywhere. */
export async function resetUserPassword(
	store: Store,
	admin: Principal,
	userId: string,
	password: string,
	now: Date = new Date()
): Promise<void> {
	const user = await officeUser(store, admin, userId);
	await setAccountPassword(store, user.id, password, admin, now);
}

/** Ends every session of a user, e.g. after a lost phone. Returns how many ended. */
export async function signOutUserEverywhere(
	store: Store,
	admin: Principal,
	userId: string,
	now: Date = new Date()
): Promise<number> {
	const user = await officeUser(store, admin, userId);
	const ended = await store.accounts.sessions.deleteAllOf(user.id);
	await recordAudit(
		store,
		{
			officeId: user.officeId,
			actor: admin,
			action: 'sign-out-everywhere',
			subject: user.id,
			detail: { sessions: ended }
		},
		now
	);
	return ended;
}

/**
 * When each user of the office was created, from the audit log: every account is made by
 * `createAccount`, which records `user-created` (the user type itself carries no date).
 */
export async function userCreationTimes(
	store: Store,
	officeId: string,
	users: readonly Pick<User, 'id'>[]
): Promise<Map<string, Date>> {
	if (users.length === 0) return new Map();
	const entries = await store.accounts.audit.list(officeId, users.length, {
		action: 'user-created',
		subjects: users.map((u) => u.id)
	});
	return new Map(entries.map((e) => [e.subject ?? '', e.at]));
}
