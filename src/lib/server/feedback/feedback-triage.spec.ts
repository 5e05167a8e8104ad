import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type FeedbackItem, type RoleGrant } from '$lib/domain';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { AccessDeniedError, type Principal } from '../auth/policy';
import { demoGroups, demoOffice } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import {
	assignFeedback,
	listInbox,
	openFeedbackItem,
	triageFeedback,
	TriageError
} from './feedback-triage';

/*
 * The staff inbox (issue 7) as each role meets it: what a group leader, an executive, an admin
 * and a supervisor see, the misconduct track kept from group leaders without a trace, overdue
 * items first, and a triage step written together with its audit line.
 */

const group = (code: string) => demoGroups.find((g) => g.code === code)!;
const legal = group('legal');
const personnel = group('personnel');
const all = { overdueOnly: false } as const;

describe.each(storesUnderTest())('the feedback inbox on $name', (target) => {
	let store: Store;
	const now = new Date('2026-03-20T10:00:00+07:00');
	const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

	let executive: Principal;
	let admin: Principal;
	let leader: Principal;
	let otherLeader: Principal;
	let supervisor: Principal;

	const account = async (username: string, roles: RoleGrant[]) =>
		store.accounts.create(
			{
				id: newId(),
				officeId: demoOffice.id,
				username,
				displayName: username,
				passwordHash: 'not used here',
				roles
			},
			now
		);

	const item = (overrides: Partial<FeedbackItem>) =>
		buildFeedbackItem({
			officeId: demoOffice.id,
			groupId: legal.id,
			deviceId: null,
			channel: 'web',
			submittedAt: daysAgo(1),
			...overrides
		});

	const fresh = item({ body: 'ขอบคุณที่ช่วยเหลือ', kind: 'compliment', submittedAt: daysAgo(2) });
	const late = item({ body: 'รอเอกสารนานมาก', kind: 'complaint', submittedAt: daysAgo(20) });
	const older = item({ body: 'เรื่องเก่าที่ยังไม่เกินกำหนด', submittedAt: daysAgo(10) });
	const otherGroup = item({ groupId: personnel.id, body: 'เรื่องของกลุ่มบุคคล' });
	const unassigned = item({ groupId: null, body: 'ยังไม่รู้ว่ากลุ่มใด' });
	const misconduct = item({
		kind: 'complaint',
		track: 'misconduct',
		// Even given to the legal group, it stays out of its leader's inbox.
		groupId: legal.id,
		body: 'เจ้าหน้าที่เรียกรับเงิน',
		anonymous: false,
		contact: { name: 'ผู้ร้องเรียน', phone: '081-000-0000' }
	});

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		executive = await account('executive', [{ role: 'executive', groupId: null }]);
		admin = await account('admin', [{ role: 'admin', groupId: null }]);
		leader = await account('leader.legal', [{ role: 'group_leader', groupId: legal.id }]);
		otherLeader = await account('leader.personnel', [
			{ role: 'group_leader', groupId: personnel.id }
		]);
		supervisor = await account('supervisor', [{ role: 'supervisor', groupId: null }]);
		const report = await store.insertFeedback([
			fresh,
			late,
			older,
			otherGroup,
			unassigned,
			misconduct
		]);
		expect(report.stored).toBe(6);
	});
	afterAll(() => target.dispose());

	const ids = async (user: Principal, filter: Parameters<typeof listInbox>[2] = all) =>
		(await listInbox(store, user, filter, now)).items.map((i) => i.id);

	it("lists a group leader's general items of their own group, overdue first, then the oldest", async () => {
		const inbox = await listInbox(store, leader, all, now);
		expect(inbox.items.map((i) => i.id)).toEqual([late.id, older.id, fresh.id]);
		expect(inbox.overdue).toBe(1);
		expect(inbox.items[0]).toMatchObject({ overdue: true, status: 'received' });
		expect(inbox.items.slice(1).every((i) => !i.overdue)).toBe(true);
		// The deadline is day 15 after the day of submission, in Bangkok.
		expect(inbox.items[0]!.deadline).toBe('2026-03-15T16:59:59.999Z');
		expect(JSON.stringify(inbox)).not.toContain('เจ้าหน้าที่เรียกรับเงิน');
		expect(await ids(otherLeader)).toEqual([otherGroup.id]);
	});

	it('gives a group leader no sign of a misconduct complaint: not listed, not counted, not found', async () => {
		expect(await ids(leader, { overdueOnly: false, track: 'misconduct' })).toEqual([]);
		expect(await ids(leader, { overdueOnly: false, groupId: 'none' })).toEqual([]);
		const unknown = newId();
		expect(await openFeedbackItem(store, leader, misconduct.id, now)).toBeNull();
		expect(await openFeedbackItem(store, leader, unknown, now)).toBeNull();
		// Triage and assignment answer exactly as for an item that does not exist.
		const asLeader = await triageFeedback(store, leader, misconduct.id, {
			status: 'acknowledged',
			text: 'x',
			visibility: 'internal'
		}).catch((e: unknown) => e);
		const asUnknown = await triageFeedback(store, leader, unknown, {
			status: 'acknowledged',
			text: 'x',
			visibility: 'internal'
		}).catch((e: unknown) => e);
		expect(asLeader).toBeInstanceOf(TriageError);
		expect(asLeader).toEqual(asUnknown);
		expect((asLeader as TriageError).code).toBe('not-found');
		expect((await store.feedback.getForTriage(misconduct.id))?.status).toBe('received');
		expect(await openFeedbackItem(store, otherLeader, fresh.id, now)).toBeNull();
	});

	it('shows executives and admins everything, the misconduct contact to the executive only', async () => {
		const everything = [late.id, older.id, fresh.id, otherGroup.id, unassigned.id, misconduct.id];
		expect((await ids(executive)).sort()).toEqual([...everything].sort());
		expect((await ids(admin)).sort()).toEqual([...everything].sort());
		expect(await ids(executive, { overdueOnly: false, track: 'misconduct' })).toEqual([
			misconduct.id
		]);
		expect(await ids(executive, { overdueOnly: false, groupId: 'none' })).toEqual([unassigned.id]);
		expect(await ids(executive, { overdueOnly: true })).toEqual([late.id]);

		const asExecutive = await openFeedbackItem(store, executive, misconduct.id, now);
		expect(asExecutive?.contact).toEqual(misconduct.contact);
		expect(asExecutive?.mayAssign).toBe(false);
		const asAdmin = await openFeedbackItem(store, admin, misconduct.id, now);
		expect(asAdmin).toMatchObject({ contact: null, contactHidden: true });
		expect(asAdmin?.item.body).toBe('เจ้าหน้าที่เรียกรับเงิน');
	});

	it('refuses the inbox to a supervisor', async () => {
		await expect(listInbox(store, supervisor, all, now)).rejects.toBeInstanceOf(AccessDeniedError);
		expect(await openFeedbackItem(store, supervisor, fresh.id, now)).toBeNull();
	});

	it('writes a status change with its reply, shows public replies to the submitter only, and logs it', async () => {
		const at = new Date(now.getTime() + 60_000);
		await triageFeedback(
			store,
			leader,
			late.id,
			{ status: 'acknowledged', text: 'รับเรื่องแล้ว <b>กำลังตรวจสอบ</b>', visibility: 'public' },
			at
		);
		await triageFeedback(
			store,
			leader,
			late.id,
			{ status: null, text: 'โทรถามงานสารบรรณแล้ว', visibility: 'internal' },
			new Date(at.getTime() + 1000)
		);
		const refused = await triageFeedback(store, leader, late.id, {
			status: 'received',
			text: 'ย้อนกลับ',
			visibility: 'public'
		}).catch((e: unknown) => e);
		expect((refused as TriageError).code).toBe('transition');
		const empty = await triageFeedback(store, leader, late.id, {
			status: 'in_progress',
			text: '   ',
			visibility: 'public'
		}).catch((e: unknown) => e);
		expect((empty as TriageError).code).toBe('invalid');

		const view = await openFeedbackItem(store, leader, late.id, at);
		expect(view?.item.status).toBe('acknowledged');
		expect(view?.nextStatuses).toEqual(['in_progress', 'resolved', 'not_actionable']);
		expect(view?.thread).toMatchObject([
			{ text: 'รับเรื่องแล้ว <b>กำลังตรวจสอบ</b>', public: true, status: 'acknowledged' },
			{ text: 'โทรถามงานสารบรรณแล้ว', public: false, status: null, authorName: 'leader.legal' }
		]);

		const code = (await store.feedback.trackingCodeOf(late.id))!;
		const lookup = await store.feedback.findByTrackingCode(code as never, at);
		expect(lookup?.status).toBe('acknowledged');
		expect(lookup?.replies.map((r) => r.text)).toEqual(['รับเรื่องแล้ว <b>กำลังตรวจสอบ</b>']);

		const log = await store.accounts.audit.list(demoOffice.id, 10, { subjects: [late.id] });
		expect(log.map((e) => [e.action, e.actorId])).toEqual([
			['feedback-replied', leader.id],
			['feedback-status-changed', leader.id]
		]);
		expect(log[1]!.detail).toEqual({
			trackingCode: code,
			from: 'received',
			to: 'acknowledged',
			public: true
		});
		// The text stays out of the log.
		expect(JSON.stringify(log)).not.toContain('สารบรรณ');
	});

	it('lets an executive give an item to a group, whose leader then sees it; not a leader, not misconduct', async () => {
		expect(await ids(leader)).not.toContain(unassigned.id);
		await expect(assignFeedback(store, leader, fresh.id, personnel.id, now)).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		const misplaced = await assignFeedback(store, executive, misconduct.id, legal.id, now).catch(
			(e: unknown) => e
		);
		expect((misplaced as TriageError).code).toBe('misconduct');
		const unknownGroup = await assignFeedback(store, executive, unassigned.id, newId(), now).catch(
			(e: unknown) => e
		);
		expect((unknownGroup as TriageError).code).toBe('unknown-group');

		await assignFeedback(store, executive, unassigned.id, legal.id, now);
		expect(await ids(leader)).toContain(unassigned.id);
		const [entry] = await store.accounts.audit.list(demoOffice.id, 1, {
			subjects: [unassigned.id]
		});
		expect(entry).toMatchObject({
			action: 'feedback-assigned',
			actorId: executive.id,
			detail: { from: null, to: legal.id }
		});
	});
});
