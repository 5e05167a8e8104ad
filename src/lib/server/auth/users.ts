import {
	newId,
	Password,
	RoleGrant,
	Username,
	type BilingualMessage,
	type User
} from '$lib/domain';
import type { Store } from '../store/types';
import { recordAudit } from './audit';
import { hashPassword } from './passwords';
import type { Principal } from './policy';

/** Why an account change was refused, in words for the person who asked. */
export class AccountError extends Error {
	constructor(
		readonly code:
			'username-taken' | 'invalid-username' | 'weak-password' | 'invalid-role' | 'unknown-user',
		readonly text: BilingualMessage
	) {
		super(text.en);
		this.name = 'AccountError';
	}
}

export interface NewAccount {
	officeId: string;
	username: string;
	displayName: string;
	password: string;
	roles: readonly RoleGrant[];
}

const passwordRule: BilingualMessage = {
	th: 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร',
	en: 'A password has at least 10 characters.'
};

/**
 * Creates an account (admin page or `npm run user:create`). `actor` is the admin who did it, or
 * null for the command line. Group roles must name a group of the same office.
 */
export async function createAccount(
	store: Store,
	input: NewAccount,
	actor: Principal | null,
	now: Date = new Date()
): Promise<User> {
	const username = Username.safeParse(input.username);
	if (!username.success) {
		throw new AccountError('invalid-username', {
			th: 'ชื่อผู้ใช้ยาว 3–64 ตัว ใช้ได้เฉพาะ a–z 0–9 . _ - @',
			en: 'A user name has 3–64 of a–z, 0–9, . _ - @'
		});
	}
	if (!Password.safeParse(input.password).success)
		throw new AccountError('weak-password', passwordRule);
	const roles = await checkedRoles(store, input.officeId, input.roles);
	if ((await store.accounts.findForSignIn(username.data)) !== null) {
		throw new AccountError('username-taken', {
			th: `มีผู้ใช้ชื่อ ${username.data} แล้ว`,
			en: `There is already a user ${username.data}`
		});
	}
	const user = await store.accounts.create(
		{
			id: newId(),
			officeId: input.officeId,
			username: username.data,
			displayName: input.displayName,
			passwordHash: await hashPassword(input.password),
			roles
		},
		now
	);
	await recordAudit(
		store,
		{
			officeId: user.officeId,
			actor,
			action: 'user-created',
			subject: user.id,
			detail: { username: user.username, roles: user.roles }
		},
		now
	);
	return user;
}

/** Replaces a user's roles; the audit log keeps what they were and what they are. */
export async function changeRoles(
	store: Store,
	userId: string,
	grants: readonly RoleGrant[],
	actor: Principal | null,
	now: Date = new Date()
): Promise<User> {
	const before = await store.accounts.get(userId);
	if (before === null) throw unknownUser(userId);
	const roles = await checkedRoles(store, before.officeId, grants);
	const after = await store.accounts.setRoles(userId, roles, now);
	if (after === null) throw unknownUser(userId);
	await recordAudit(
		store,
		{
			officeId: after.officeId,
			actor,
			action: 'roles-changed',
			subject: userId,
			detail: { before: before.roles, after: after.roles }
		},
		now
	);
	return after;
}

/** Disables (and signs out everywhere) or enables a user. */
export async function setAccountDisabled(
	store: Store,
	userId: string,
	disabled: boolean,
	actor: Principal | null,
	now: Date = new Date()
): Promise<User> {
	const user = await store.accounts.setDisabled(userId, disabled ? now : null);
	if (user === null) throw unknownUser(userId);
	if (disabled) await store.accounts.sessions.deleteAllOf(userId);
	await recordAudit(
		store,
		{
			officeId: user.officeId,
			actor,
			action: disabled ? 'user-disabled' : 'user-enabled',
			subject: userId
		},
		now
	);
	return user;
}

/** Sets a new password and ends every session of the user, who signs in again with it. */
export async function setAccountPassword(
	store: Store,
	userId: string,
	password: string,
	actor: Principal | null,
	now: Date = new Date()
): Promise<void> {
	if (!Password.safeParse(password).success) throw new AccountError('weak-password', passwordRule);
	const user = await store.accounts.get(userId);
	if (user === null) throw unknownUser(userId);
	await store.accounts.setPasswordHash(userId, await hashPassword(password));
	await store.accounts.sessions.deleteAllOf(userId);
	await recordAudit(
		store,
		{ officeId: user.officeId, actor, action: 'password-changed', subject: userId },
		now
	);
}

async function checkedRoles(
	store: Store,
	officeId: string,
	grants: readonly RoleGrant[]
): Promise<RoleGrant[]> {
	const groups = await store.groups.list(officeId);
	return grants.map((grant) => {
		const parsed = RoleGrant.safeParse(grant);
		if (
			!parsed.success ||
			(parsed.data.groupId !== null && !groups.some((g) => g.id === parsed.data.groupId))
		) {
			throw new AccountError('invalid-role', {
				th: 'ผู้อำนวยการกลุ่มต้องระบุกลุ่มของสำนักงานนี้ บทบาทอื่นไม่ต้องระบุกลุ่ม',
				en: 'A group director names a group of this office; other roles name none.'
			});
		}
		return parsed.data;
	});
}

function unknownUser(userId: string): AccountError {
	return new AccountError('unknown-user', {
		th: 'ไม่พบผู้ใช้ที่ระบุ',
		en: `No user with id ${userId}`
	});
}
