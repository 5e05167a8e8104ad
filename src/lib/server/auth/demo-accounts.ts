import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import type { RoleGrant } from '$lib/domain';
import type { Store } from '../store/types';
import { hashPassword, verifyPassword } from './passwords';
import { createAccount } from './users';

/*
 * Accounts for a demo or an end-to-end run, one per role, all with one password that the
 * operator sets (RUAMJAI_DEMO_PASSWORD) or that is made at random on each start and printed.
 * Off unless RUAMJAI_DEMO_ACCOUNTS=1: a real office creates its accounts with `user:create`.
 */

export interface DemoAccountsSetting {
	password: string;
	/** True when the password was made here and must be shown to whoever runs the demo. */
	generated: boolean;
}

export function demoAccountsFromEnv(
	env: Record<string, string | undefined> = process.env
): DemoAccountsSetting | null {
	if (env.RUAMJAI_DEMO_ACCOUNTS !== '1') return null;
	const given = env.RUAMJAI_DEMO_PASSWORD?.trim();
	if (given !== undefined && given !== '') return { password: given, generated: false };
	const random = encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(10)));
	return { password: random, generated: true };
}

/** User name → display name and roles, for the office's groups. */
function demoAccounts(groups: readonly { id: string; code: string; shortName: string }[]) {
	const accounts: { username: string; displayName: string; roles: RoleGrant[] }[] = [
		{
			username: 'admin',
			displayName: 'ผู้ดูแลระบบ (สาธิต)',
			roles: [{ role: 'admin', groupId: null }]
		},
		{
			username: 'executive',
			displayName: 'ผู้อำนวยการสำนักงาน (สาธิต)',
			roles: [{ role: 'executive', groupId: null }]
		},
		{
			username: 'supervisor',
			displayName: 'ศึกษานิเทศก์ (สาธิต)',
			roles: [{ role: 'supervisor', groupId: null }]
		}
	];
	for (const group of groups) {
		accounts.push({
			username: `leader.${group.code}`,
			displayName: `ผอ.${group.shortName} (สาธิต)`,
			roles: [{ role: 'group_leader', groupId: group.id }]
		});
	}
	return accounts;
}

/**
 * Creates the demo accounts of an office, or gives existing ones this run's password. Returns
 * their user names.
 */
export async function ensureDemoAccounts(
	store: Store,
	officeId: string,
	password: string
): Promise<string[]> {
	const groups = await store.groups.list(officeId);
	const names: string[] = [];
	for (const account of demoAccounts(groups)) {
		const existing = await store.accounts.findForSignIn(account.username);
		if (existing === null) {
			await createAccount(store, { officeId, password, ...account }, null);
		} else if (!(await verifyPassword(existing.passwordHash, password))) {
			await store.accounts.setPasswordHash(existing.user.id, await hashPassword(password));
		}
		names.push(account.username);
	}
	return names;
}
