import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type AttendanceSignIn, type FormDefinition, type Response } from '$lib/domain';
import { adminOf, executiveOf, leaderOf } from '$lib/server/auth/testing/principals';
import { enrollDevice, issueEnrollmentCode } from '$lib/server/devices';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '$lib/server/seed/demo-office';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import {
	demoHeldActivityId,
	demoPlannedActivityId,
	seedDemoActivities
} from '$lib/server/seed/demo-activities';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import { ingestRecords, type Sender } from '../sync/ingest';
import {
	ActivityError,
	createActivity,
	inviteRepresentatives,
	listActivities,
	listRepresentatives,
	openActivity,
	publishActivity,
	publishedActivities,
	recordOutcome,
	removeRepresentative,
	saveRepresentative,
	withdrawActivity,
	yearsWithPublishedActivities
} from './activities';
import { activitiesForDevice } from './device-activities';

const now = new Date('2025-06-15T12:00:00+07:00');
const legal = demoGroups.find((g) => g.code === 'legal')!;
const audit = demoGroups.find((g) => g.code === 'internal_audit')!;
const school = demoSchools[0]!;

describe.each(storesUnderTest())('participation activities on $name', (target) => {
	let store: Store;
	let form: FormDefinition;
	let tablet: Sender;
	const leader = leaderOf(legal);
	const outsider = leaderOf(audit);
	const admin = adminOf(demoOffice.id);

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		const { code } = await issueEnrollmentCode(store, demoOffice.id, { now });
		const enrolled = await enrollDevice(
			store,
			{ code, deviceId: newId(), name: 'แท็บเล็ต' },
			{ now }
		);
		tablet = { deviceId: enrolled.deviceId, officeId: enrolled.officeId, source: 'sync' };
	});
	afterAll(() => target.dispose());

	const draft = (overrides: Record<string, unknown> = {}) => ({
		kind: 'training',
		topic: 'อบรมการจัดทำแผนพัฒนาคุณภาพการศึกษา',
		heldOn: '2025-06-10',
		schoolId: school.id,
		placeNote: 'ห้องประชุม ๑',
		groupId: legal.id,
		plannedParticipants: 30,
		evaluationFormId: demoSatisfactionFormId,
		...overrides
	});

	function signIn(activityId: string, name: string, extra: Partial<AttendanceSignIn> = {}) {
		return {
			kind: 'attendance' as const,
			record: {
				id: newId(),
				officeId: demoOffice.id,
				activityId,
				name,
				respondentType: 'teacher' as const,
				schoolId: school.id,
				organisation: '',
				signature: 'M10 50l3 -2 4 1',
				signedAt: now.toISOString(),
				deviceId: tablet.deviceId,
				sessionId: null,
				...extra
			}
		};
	}

	function evaluations(activityId: string, count: number): Response[] {
		return buildDemoResponses(form, { count, seed: 7, now }).map((r) => ({
			...r,
			id: newId(),
			groupId: legal.id,
			deviceId: tablet.deviceId,
			activityId
		}));
	}

	it('lets a leader register an activity of their group, and no other group', async () => {
		const activity = await createActivity(store, leader, draft(), now);
		expect(activity).toMatchObject({ status: 'planned', groupId: legal.id, results: '' });
		expect(await store.activities.get(activity.id)).toEqual(activity);

		await expect(createActivity(store, leader, draft({ groupId: audit.id }), now)).rejects.toThrow(
			ActivityError
		);
		await expect(createActivity(store, leader, draft({ topic: '' }), now)).rejects.toMatchObject({
			code: 'invalid'
		});
	});

	it('hides an activity from a leader of another group, as if it did not exist', async () => {
		const activity = await createActivity(store, leader, draft(), now);
		await expect(openActivity(store, outsider, activity.id)).rejects.toMatchObject({
			code: 'not-found'
		});
		const opened = await openActivity(store, executiveOf(demoOffice.id), activity.id);
		expect(opened).toMatchObject({ mayManage: false, mayPublish: false });
		expect((await listActivities(store, outsider, 2568)).map((r) => r.activity.id)).not.toContain(
			activity.id
		);
	});

	it('stores sign-ins, counts each person once and flags the repeat', async () => {
		const activity = await createActivity(store, leader, draft(), now);
		const items = [
			signIn(activity.id, 'นางสาวสมศรี ใจดี'),
			signIn(activity.id, 'สมศรี ใจดี', { signedAt: new Date(now.getTime() + 60_000).toISOString() }),
			signIn(activity.id, 'นายสมชาย รักเรียน', { respondentType: 'school_executive' })
		];
		const results = await ingestRecords(store, tablet, items, { now });
		expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);

		const { record } = await openActivity(store, leader, activity.id);
		expect(record.attendance).toMatchObject({ participants: 2, duplicates: 1 });
		expect(record.attendance.byRespondentType).toMatchObject({ teacher: 1, school_executive: 1 });
		expect(record.signIns.map((s) => [s.name, s.duplicate])).toEqual([
			['นางสาวสมศรี ใจดี', false],
			['นายสมชาย รักเรียน', false],
			['สมศรี ใจดี', true]
		]);
		const row = (await listActivities(store, leader, 2568)).find(
			(r) => r.activity.id === activity.id
		);
		expect(row).toMatchObject({ participants: 2, duplicates: 1 });
	});

	it('stores a sign-in for a cancelled activity, and the record says it was cancelled', async () => {
		const activity = await createActivity(store, leader, draft(), now);
		await recordOutcome(store, leader, activity.id, { status: 'cancelled' }, now);
		const results = await ingestRecords(store, tablet, [signIn(activity.id, 'นางมาลี ศรีสุข')], {
			now
		});
		expect(results[0]).toMatchObject({ status: 'stored' });
		const { record } = await openActivity(store, leader, activity.id);
		expect(record.activity.status).toBe('cancelled');
		expect(record.signIns).toHaveLength(1);
	});

	it('summarises the evaluations that name the activity with the report statistics', async () => {
		const activity = await createActivity(store, leader, draft(), now);
		const results = await ingestRecords(
			store,
			tablet,
			evaluations(activity.id, 3).map((record) => ({ kind: 'response' as const, record })),
			{ now }
		);
		expect(results.map((r) => r.status)).toEqual(['stored', 'stored', 'stored']);
		const { record } = await openActivity(store, leader, activity.id);
		const { overall } = record.evaluation;
		expect(overall.responses).toBe(3);
		expect(overall.n).toBeGreaterThan(3);
		expect(overall.meanRounded).toBeGreaterThanOrEqual(1);
		expect(overall.level).not.toBeNull();
		expect(record.evaluation.form?.title.th).toBe(form.title.th);
		expect(record.evaluation.items[0]?.label.th).toBeTruthy();
		// The stored response keeps its activity.
		expect((await store.responses.get(results[0]!.id!))?.activityId).toBe(activity.id);
	});

	it('keeps representatives per group, invites them, and removes their invitations with them', async () => {
		const rep = await saveRepresentative(store, leader, {
			groupId: legal.id,
			name: 'นายประสิทธิ์ มั่นคง',
			organisation: 'คณะกรรมการสถานศึกษา',
			respondentType: 'school_board',
			termStart: '2024-10-01',
			termEnd: '2026-09-30'
		});
		await expect(
			saveRepresentative(store, outsider, { ...rep, name: 'เปลี่ยนชื่อ' })
		).rejects.toThrow();
		await expect(
			saveRepresentative(store, leader, { ...rep, termEnd: '2020-01-01' })
		).rejects.toMatchObject({ code: 'invalid' });

		const activity = await createActivity(store, leader, draft({ heldOn: '2025-07-01' }), now);
		await inviteRepresentatives(store, leader, activity.id, [rep.id], now);
		expect((await openActivity(store, leader, activity.id)).invited.map((r) => r.id)).toEqual([
			rep.id
		]);
		const forTablet = await activitiesForDevice(store, { officeId: demoOffice.id }, now);
		expect(forTablet.activities.find((a) => a.id === activity.id)?.invited).toEqual([
			{
				representativeId: rep.id,
				name: 'นายประสิทธิ์ มั่นคง',
				organisation: 'คณะกรรมการสถานศึกษา',
				respondentType: 'school_board'
			}
		]);

		await removeRepresentative(store, leader, rep.id);
		expect((await listRepresentatives(store, leader)).representatives).toEqual([]);
		expect((await openActivity(store, leader, activity.id)).invited).toEqual([]);
	});

	it('lists for a tablet the activities from 30 days back to 60 ahead, cancelled ones flagged', async () => {
		const old = await createActivity(store, leader, draft({ heldOn: '2025-04-01' }), now);
		const soon = await createActivity(store, leader, draft({ heldOn: '2025-08-01' }), now);
		const cancelled = await createActivity(store, leader, draft({ heldOn: '2025-06-20' }), now);
		await recordOutcome(store, leader, cancelled.id, { status: 'cancelled' }, now);

		const body = await activitiesForDevice(store, { officeId: demoOffice.id }, now);
		const ids = body.activities.map((a) => a.id);
		expect(body).toMatchObject({ from: '2025-05-16', to: '2025-08-14' });
		expect(ids).toContain(soon.id);
		expect(ids).not.toContain(old.id);
		expect(body.activities.find((a) => a.id === cancelled.id)?.status).toBe('cancelled');
		expect(await activitiesForDevice(store, { officeId: 'spp-other' }, now)).toMatchObject({
			activities: []
		});
	});

	it('publishes only what an admin publishes, without names, and withdraws it', async () => {
		const published = await createActivity(
			store,
			leader,
			draft({ topic: 'เวทีรับฟังความคิดเห็น' }),
			now
		);
		const hidden = await createActivity(store, leader, draft({ topic: 'ยังไม่เผยแพร่' }), now);
		await recordOutcome(
			store,
			leader,
			published.id,
			{ status: 'held', results: 'ผู้เข้าร่วมเสนอ ๓ เรื่อง', actionsTaken: 'ปรับปฏิทินการนิเทศ' },
			now
		);
		await ingestRecords(store, tablet, [signIn(published.id, 'นายเอก ทดสอบ')], { now });
		await expect(publishActivity(store, leader, published.id, now)).rejects.toThrow();

		await publishActivity(store, admin, published.id, now);
		const page = await publishedActivities(store, demoOffice.id, 2568);
		expect(page.map((a) => a.topic)).toContain('เวทีรับฟังความคิดเห็น');
		expect(page.map((a) => a.id)).not.toContain(hidden.id);
		const shown = page.find((a) => a.id === published.id)!;
		expect(shown).toMatchObject({
			fy: 2568,
			results: 'ผู้เข้าร่วมเสนอ ๓ เรื่อง',
			actionsTaken: 'ปรับปฏิทินการนิเทศ',
			attendance: { participants: 1 }
		});
		expect(JSON.stringify(shown)).not.toContain('นายเอก');
		expect(await yearsWithPublishedActivities(store, demoOffice.id)).toEqual([2568]);
		expect(await publishedActivities(store, demoOffice.id, 2567)).toEqual([]);

		expect(await withdrawActivity(store, admin, published.id, now)).toBe(true);
		expect((await publishedActivities(store, demoOffice.id, 2568)).map((a) => a.id)).not.toContain(
			published.id
		);
		const actions = (await store.accounts.audit.list(demoOffice.id, 50)).map((e) => e.action);
		expect(actions).toEqual(expect.arrayContaining(['activity-published', 'activity-withdrawn']));
	});

	it('seeds the demo activities once: one held with its record, one planned with invitations', async () => {
		const first = await seedDemoActivities(store, { now });
		expect(first.inserted).toBeGreaterThan(0);
		expect(await seedDemoActivities(store, { now })).toEqual({ inserted: 0 });
		const held = await openActivity(store, admin, demoHeldActivityId);
		expect(held.record.activity.status).toBe('held');
		expect(held.record.attendance).toMatchObject({ participants: 4, duplicates: 1 });
		expect(held.record.evaluation.overall.responses).toBe(4);
		const planned = await openActivity(store, admin, demoPlannedActivityId);
		expect(planned.record.activity.status).toBe('planned');
		expect(planned.invited).toHaveLength(2);
	});
});
