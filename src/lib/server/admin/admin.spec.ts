import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActionKey } from '$lib/components/admin/audit-actions';
import type { User } from '$lib/domain';
import { translate } from '$lib/i18n';
import { auditActions } from '../auth/audit';
import { demoGroups, demoOffice } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import { validateSession } from '../auth/sessions';
import { signIn } from '../auth/sign-in';
import { createAccount } from '../auth/users';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { officeDevices, revokeOfficeDevice } from './admin-devices';
import {
	changeUserRoles,
	findOfficeUser,
	resetUserPassword,
	rolesFromForm,
	setUserDisabled,
	signOutUserEverywhere,
	userCreationTimes
} from './admin-users';
import { auditPage, auditPageSize, readAuditQuery } from './audit-page';

const password = 'รหัสผ่านยาวพอ-2568';
const [, , personnel, finance] = demoGroups as [
	(typeof demoGroups)[0],
	(typeof demoGroups)[0],
	(typeof demoGroups)[0],
	(typeof demoGroups)[0]
];
const otherOffice = { ...demoOffice, id: 'spp-other', name: { th: 'สำนักงานอื่น' } };

function roleForm(entries: [string, string][]): FormData {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
}

describe('the role checkboxes of the admin forms', () => {
	it('give the office-wide roles and one group-leader role per group ticked', () => {
		const grants = rolesFromForm(
			roleForm([
				['role', 'executive'],
				['role', 'executive'],
				['leaderOf', personnel.id],
				['leaderOf', finance.id],
				['leaderOf', '']
			])
		);
		expect(grants).toEqual([
			{ role: 'executive', groupId: null },
			{ role: 'group_leader', groupId: personnel.id },
			{ role: 'group_leader', groupId: finance.id }
		]);
		expect(rolesFromForm(roleForm([]))).toEqual([]);
	});
});

describe('the names of audit actions', () => {
	it('names every action the log records, in Thai and in English', () => {
		for (const action of auditActions) {
			const key = auditActionKey(action);
			expect(key, action).not.toBeNull();
			const th = translate('th', key!);
			expect(th).toMatch(/[\u0E00-\u0E7F]/);
			expect(translate('en', key!)).not.toBe(th);
		}
		expect(translate('th', auditActionKey('supervisor-added-to-device')!)).toBe(
			'เพิ่มผู้เก็บข้อมูลในแท็บเล็ต'
		);
		expect(auditActionKey('something-new')).toBeNull();
	});
});

describe('the audit query of the address', () => {
	it('reads a page and a known action, and falls back to the first page of everything', () => {
		expect(readAuditQuery(new URLSearchParams('page=3&action=user-created'))).toEqual({
			page: 3,
			action: 'user-created'
		});
		expect(readAuditQuery(new URLSearchParams('page=-1&action=drop-table'))).toEqual({
			page: 1,
			action: null
		});
		expect(readAuditQuery(new URLSearchParams('page=abc'))).toEqual({ page: 1, action: null });
	});
});

describe.each(storesUnderTest())('the admin pages on $name', (kind) => {
	let store: Store;
	let admin: User;
	let somchai: User;
	let stranger: User;
	const t0 = new Date('2026-05-01T03:00:00Z');
	const later = (ms: number) => new Date(t0.getTime() + ms);

	beforeAll(async () => {
		store = await kind.open();
		await seedDemoContent(store);
		await store.offices.upsert([otherOffice]);
		const account = (officeId: string, username: string, roles: User['roles'], at: Date) =>
			createAccount(
				store,
				{ officeId, username, displayName: `คุณ ${username}`, password, roles },
				null,
				at
			);
		admin = await account(demoOffice.id, 'office.admin', [{ role: 'admin', groupId: null }], t0);
		somchai = await account(demoOffice.id, 'somchai', [], later(1000));
		stranger = await account(otherOffice.id, 'stranger', [], later(2000));
	}, 120_000);

	afterAll(() => kind.dispose());

	it("finds users of the admin's office only: another office's user is not found", async () => {
		expect((await findOfficeUser(store, admin, somchai.id))?.username).toBe('somchai');
		expect(await findOfficeUser(store, admin, stranger.id)).toBeNull();
		expect(await findOfficeUser(store, admin, 'not-a-uuid')).toBeNull();
		await expect(
			changeUserRoles(store, admin, stranger.id, [{ role: 'admin', groupId: null }])
		).rejects.toMatchObject({ code: 'not-found' });
		await expect(setUserDisabled(store, admin, stranger.id, true)).rejects.toMatchObject({
			code: 'not-found'
		});
		expect((await store.accounts.get(stranger.id))?.disabledAt).toBeNull();
	});

	it('gives roles, and never lets an admin remove their own admin role or disable themselves', async () => {
		const changed = await changeUserRoles(
			store,
			admin,
			somchai.id,
			[
				{ role: 'executive', groupId: null },
				{ role: 'group_leader', groupId: personnel.id }
			],
			later(3000)
		);
		expect(changed.roles.map((r) => r.role)).toEqual(['executive', 'group_leader']);

		const ownRole = changeUserRoles(store, admin, admin.id, [{ role: 'executive', groupId: null }]);
		await expect(ownRole).rejects.toMatchObject({
			code: 'own-admin-role',
			text: { th: expect.stringContaining('ผู้ดูแลระบบ') }
		});
		await expect(setUserDisabled(store, admin, admin.id, true)).rejects.toMatchObject({
			code: 'disable-self'
		});
		const self = await store.accounts.get(admin.id);
		expect(self?.roles).toEqual([{ role: 'admin', groupId: null }]);
		expect(self?.disabledAt).toBeNull();
		// Adding a role to themselves while keeping admin is fine.
		const more = await changeUserRoles(
			store,
			admin,
			admin.id,
			[
				{ role: 'admin', groupId: null },
				{ role: 'executive', groupId: null }
			],
			later(3500)
		);
		expect(more.roles.map((r) => r.role)).toEqual(['admin', 'executive']);
	});

	it('signs a user out everywhere, resets their password, and records both', async () => {
		const session = await signIn(store, {
			username: 'somchai',
			password,
			clientAddress: '10.9.0.1',
			now: later(4000)
		});
		if (!session.ok) throw new Error('sign-in failed');
		expect(await signOutUserEverywhere(store, admin, somchai.id, later(5000))).toBe(1);
		expect(await validateSession(store, session.session.token, later(6000))).toBeNull();

		await expect(
			resetUserPassword(store, admin, somchai.id, 'short', later(7000))
		).rejects.toMatchObject({ code: 'weak-password' });
		await resetUserPassword(store, admin, somchai.id, 'ใหม่ยาวพอแล้ว-2569', later(8000));
		const old = await signIn(store, {
			username: 'somchai',
			password,
			clientAddress: '10.9.0.2',
			now: later(9000)
		});
		expect(old.ok).toBe(false);

		const log = await store.accounts.audit.list(demoOffice.id, 10, { subjects: [somchai.id] });
		expect(log.map((e) => e.action)).toEqual(
			expect.arrayContaining(['sign-out-everywhere', 'password-changed'])
		);
		expect(log.find((e) => e.action === 'sign-out-everywhere')).toMatchObject({
			actorId: admin.id,
			detail: { sessions: 1 }
		});
	});

	it("dates each user from the audit log's user-created line", async () => {
		const times = await userCreationTimes(store, demoOffice.id, [admin, somchai]);
		expect(times.get(admin.id)).toEqual(t0);
		expect(times.get(somchai.id)).toEqual(later(1000));
		expect(await userCreationTimes(store, demoOffice.id, [])).toEqual(new Map());
	});

	it("revokes a tablet of the admin's office, and not another office's", async () => {
		const enroll = async (id: string, officeId: string, name: string) => {
			const outcome = await store.devices.enroll({
				device: { id, name, tokenHash: `hash-${id}` },
				via: { officeId },
				now: later(10_000)
			});
			if (!outcome.ok) throw new Error('enrollment failed');
		};
		const ours = crypto.randomUUID();
		const theirs = crypto.randomUUID();
		await enroll(ours, demoOffice.id, 'แท็บเล็ต 1');
		await enroll(theirs, otherOffice.id, 'แท็บเล็ตของที่อื่น');

		expect(await revokeOfficeDevice(store, admin, theirs, later(11_000))).toBeNull();
		expect((await store.devices.get(theirs))?.revokedAt).toBeNull();
		expect(await revokeOfficeDevice(store, admin, 'nope', later(11_000))).toBeNull();

		const revoked = await revokeOfficeDevice(store, admin, ours, later(12_000));
		expect(revoked?.revokedAt).toBe(later(12_000).toISOString());
		const listed = await officeDevices(store, demoOffice.id);
		expect(listed.map((d) => d.name)).toEqual(['แท็บเล็ต 1']);
		expect(listed[0]).not.toHaveProperty('tokenHash');
		const [line] = await store.accounts.audit.list(demoOffice.id, 1, {
			action: 'device-revoked'
		});
		expect(line).toMatchObject({ subject: ours, actorName: admin.displayName });
	});

	it('pages the audit log newest first, filters it by action, and names subjects', async () => {
		// Enough lines for three pages, on top of what the other tests wrote.
		for (let i = 0; i < auditPageSize * 2; i++) {
			await store.accounts.audit.append({
				id: crypto.randomUUID(),
				officeId: demoOffice.id,
				at: later(100_000 + i * 1000),
				actorId: admin.id,
				actorName: admin.displayName,
				action: 'responses-exported',
				subject: null
			});
		}
		const total = await store.accounts.audit.count(demoOffice.id);
		expect(total).toBeGreaterThan(auditPageSize * 2);

		const first = await auditPage(store, demoOffice.id, { page: 1, action: null });
		expect(first).toMatchObject({ page: 1, pages: 3, total });
		expect(first.lines).toHaveLength(auditPageSize);
		const times = first.lines.map((l) => l.at);
		expect(times).toEqual([...times].sort().reverse());
		expect(first.lines[0]?.at).toBe(later(100_000 + (auditPageSize * 2 - 1) * 1000).toISOString());

		const last = await auditPage(store, demoOffice.id, { page: 99, action: null });
		expect(last.page).toBe(3);
		expect(last.lines).toHaveLength(total - 2 * auditPageSize);
		const all = [
			...first.lines,
			...(await auditPage(store, demoOffice.id, { page: 2, action: null })).lines,
			...last.lines
		];
		expect(new Set(all.map((l) => l.id)).size).toBe(total);

		const created = await auditPage(store, demoOffice.id, { page: 1, action: 'user-created' });
		// Another office's users are not in this office's log.
		expect(created.lines.map((l) => l.subject)).toEqual([
			'คุณ somchai (somchai)',
			'คุณ office.admin (office.admin)'
		]);
		expect(created).toMatchObject({ total: 2, pages: 1 });
		const none = await auditPage(store, demoOffice.id, { page: 1, action: 'form-published' });
		expect(none).toMatchObject({ lines: [], total: 0, pages: 1, page: 1 });
	});
});
