import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoGroups, demoOffice } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { SESSION_LIFETIME_MS, validateSession } from './sessions';
import { signIn } from './sign-in';
import { FREE_FAILURES } from './throttle';
import { AccountError, changeRoles, createAccount, setAccountDisabled } from './users';

const password = 'ถูกต้องแน่นอน-2568';
const [, personnel] = demoGroups as [(typeof demoGroups)[0], (typeof demoGroups)[0]];

describe.each(storesUnderTest())('accounts and sign-in on $name', (kind) => {
	let store: Store;
	const t0 = new Date('2026-03-01T02:00:00Z');
	const later = (ms: number) => new Date(t0.getTime() + ms);
	const attempt = (username: string, pw: string, now = t0, clientAddress = '10.0.0.1') =>
		signIn(store, { username, password: pw, clientAddress, now });

	beforeAll(async () => {
		store = await kind.open();
		await seedDemoContent(store);
		await createAccount(
			store,
			{
				officeId: demoOffice.id,
				username: 'Somchai',
				displayName: 'นายสมชาย ใจดี',
				password,
				roles: [{ role: 'group_leader', groupId: personnel.id }]
			},
			null,
			t0
		);
	}, 120_000);

	afterAll(() => kind.dispose());

	it('signs in with the right password, case-insensitive name, and keeps only a hash', async () => {
		const outcome = await attempt('  SOMCHAI ', password);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.user).toMatchObject({ username: 'somchai', displayName: 'นายสมชาย ใจดี' });
		const stored = await store.accounts.findForSignIn('somchai');
		expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
		expect(stored?.passwordHash).not.toContain(password);
		const session = await validateSession(store, outcome.session.token, later(1000));
		expect(session?.user.id).toBe(outcome.user.id);
		const log = await store.accounts.audit.list(demoOffice.id, 10);
		expect(log.map((e) => e.action)).toContain('sign-in');
	});

	it('does not say whether the name or the password was wrong', async () => {
		expect(await attempt('somchai', 'wrong password')).toEqual({ ok: false, reason: 'invalid' });
		expect(await attempt('nobody-here', password)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('ends a session 30 days after its last use, and a renewed one later', async () => {
		const outcome = await attempt('somchai', password, t0, '10.0.0.2');
		if (!outcome.ok) throw new Error('sign-in failed');
		const token = outcome.session.token;
		const day = 86_400_000;
		// Day 10: 20 days left, nothing to renew. Day 20: past the half, renewed until day 50.
		expect((await validateSession(store, token, later(10 * day)))?.renewed).toBe(false);
		expect((await validateSession(store, token, later(20 * day)))?.renewed).toBe(true);
		expect(await validateSession(store, token, later(31 * day))).not.toBeNull();
		const end = later(20 * day + SESSION_LIFETIME_MS + 1);
		expect(await validateSession(store, token, end)).toBeNull();
		// Gone from the store, not just refused: an earlier clock does not bring it back.
		expect(await validateSession(store, token, later(21 * day))).toBeNull();
	});

	it('slows guessing: after a few wrong passwords even the right one waits', async () => {
		await createAccount(
			store,
			{ officeId: demoOffice.id, username: 'target', displayName: 'เป้า', password, roles: [] },
			null,
			t0
		);
		// From several addresses: the name's own count is what stops them.
		for (let i = 0; i < FREE_FAILURES; i++) {
			expect(await attempt('target', `guess-${i}`, later(i * 1000), `10.0.1.${i}`)).toMatchObject({
				reason: 'invalid'
			});
		}
		const blocked = await attempt('target', password, later(6000), '10.0.1.99');
		expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
		if (blocked.ok || blocked.reason !== 'throttled') return;
		expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
		// After the wait, the right password works and the count starts again.
		expect((await attempt('target', password, later(60_000), '10.0.1.99')).ok).toBe(true);
		expect((await attempt('target', 'again-wrong', later(61_000), '10.0.1.99')).ok).toBe(false);
		expect((await attempt('target', password, later(62_000), '10.0.1.99')).ok).toBe(true);
	});

	it('signs a disabled user out everywhere and keeps them out', async () => {
		const outcome = await attempt('somchai', password, t0, '10.0.0.3');
		if (!outcome.ok) throw new Error('sign-in failed');
		await setAccountDisabled(store, outcome.user.id, true, null, later(1000));
		expect(await validateSession(store, outcome.session.token, later(2000))).toBeNull();
		expect(await attempt('somchai', password, later(3000), '10.0.0.3')).toEqual({
			ok: false,
			reason: 'disabled'
		});
		await setAccountDisabled(store, outcome.user.id, false, null, later(4000));
		expect((await attempt('somchai', password, later(5000), '10.0.0.3')).ok).toBe(true);
	});

	it('refuses a short password, a taken name, and a group role without a group', async () => {
		const base = { officeId: demoOffice.id, displayName: 'x', roles: [] };
		await expect(
			createAccount(store, { ...base, username: 'shorty', password: 'short' }, null)
		).rejects.toMatchObject({ code: 'weak-password' });
		await expect(
			createAccount(store, { ...base, username: 'somchai', password }, null)
		).rejects.toMatchObject({ code: 'username-taken' });
		const user = (await store.accounts.findForSignIn('somchai'))!.user;
		await expect(
			changeRoles(store, user.id, [{ role: 'group_leader', groupId: null }], null)
		).rejects.toBeInstanceOf(AccountError);
		const changed = await changeRoles(
			store,
			user.id,
			[
				{ role: 'executive', groupId: null },
				{ role: 'group_leader', groupId: personnel.id }
			],
			null
		);
		expect(changed.roles.map((r) => r.role)).toEqual(['executive', 'group_leader']);
		const log = await store.accounts.audit.list(demoOffice.id, 50);
		expect(log.find((e) => e.action === 'roles-changed')?.detail).toMatchObject({
			before: [{ role: 'group_leader' }]
		});
	});
});
