import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type AttendanceSignIn, type Office } from '$lib/domain';
import { leaderOf } from '$lib/server/auth/testing/principals';
import { createActivity } from '$lib/server/activities/activities';
import { enrollDevice, issueEnrollmentCode } from '$lib/server/devices';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoGroups, demoOffice } from '$lib/server/seed/demo-office';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import type { SyncResult } from '$lib/sync/protocol';
import { ingestRecords, type Sender } from './ingest';

const now = new Date('2025-06-15T12:00:00+07:00');
const legal = demoGroups.find((g) => g.code === 'legal')!;
const otherOffice: Office = {
	id: 'spp-other',
	kind: 'primary_area',
	name: { th: 'สำนักงานอื่น' },
	province: 'ลำปาง',
	levelScheme: '0.5'
};

const statuses = (results: SyncResult[]) =>
	results.map((r) => (r.status === 'rejected' ? `rejected:${r.error.code}` : r.status));

describe.each(storesUnderTest())('attendance sign-ins from a tablet on $name', (target) => {
	let store: Store;
	let tablet: Sender;
	let activityId: string;
	let otherOfficeActivity: string;

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		const { code } = await issueEnrollmentCode(store, demoOffice.id, { now });
		const enrolled = await enrollDevice(
			store,
			{ code, deviceId: newId(), name: 'แท็บเล็ต' },
			{ now }
		);
		tablet = { deviceId: enrolled.deviceId, officeId: enrolled.officeId, source: 'sync' };
		const draft = {
			kind: 'committee',
			topic: 'ประชุมคณะกรรมการ',
			heldOn: '2025-06-15',
			schoolId: null,
			placeNote: 'สำนักงานเขต',
			plannedParticipants: 12,
			evaluationFormId: null
		};
		activityId = (
			await createActivity(store, leaderOf(legal), { ...draft, groupId: legal.id }, now)
		).id;
		await store.offices.upsert([otherOffice]);
		const otherGroup = { ...legal, id: newId(), officeId: otherOffice.id };
		await store.groups.upsert([otherGroup]);
		otherOfficeActivity = (
			await createActivity(store, leaderOf(otherGroup), { ...draft, groupId: otherGroup.id }, now)
		).id;
	});
	afterAll(() => target.dispose());

	function signIn(overrides: Partial<AttendanceSignIn> = {}): AttendanceSignIn {
		return {
			id: newId(),
			officeId: demoOffice.id,
			activityId,
			name: 'นางสาวพรทิพย์ แสงทอง',
			respondentType: 'community',
			schoolId: null,
			organisation: 'อบต.ทดสอบ',
			signature: null,
			signedAt: now.toISOString(),
			deviceId: tablet.deviceId,
			sessionId: null,
			...overrides
		};
	}
	const send = (...records: AttendanceSignIn[]) =>
		ingestRecords(
			store,
			tablet,
			records.map((record) => ({ kind: 'attendance', record })),
			{ now }
		);

	it('stores a sign-in once: sent again it is a duplicate, with other content a logged conflict', async () => {
		const first = signIn();
		expect(statuses(await send(first))).toEqual(['stored']);
		expect(statuses(await send(first))).toEqual(['duplicate']);
		expect(statuses(await send({ ...first, name: 'ชื่ออื่น' }))).toEqual(['rejected:conflict']);
		const logged = (await store.sync.conflicts(demoOffice.id)).filter(
			(c) => c.recordId === first.id
		);
		expect(logged).toEqual([expect.objectContaining({ recordKind: 'attendance', times: 1 })]);
		const [stored] = await store.activities.signIns([activityId]);
		expect(stored).toMatchObject({ id: first.id, name: 'นางสาวพรทิพย์ แสงทอง' });
	});

	it('rejects a sign-in for an activity the server does not know, saying why in Thai and English', async () => {
		const unknown = newId();
		const [result] = await send(signIn({ activityId: unknown }));
		expect(result).toMatchObject({
			status: 'rejected',
			error: {
				code: 'unknown-reference',
				message: {
					th: expect.stringContaining('ไม่พบกิจกรรม'),
					en: expect.stringContaining(`No activity ${unknown}`)
				}
			}
		});
	});

	it("rejects a sign-in naming another office's activity as an unknown reference", async () => {
		expect(statuses(await send(signIn({ activityId: otherOfficeActivity })))).toEqual([
			'rejected:unknown-reference'
		]);
	});

	it('stores the good records of a mixed batch and keeps sign-ins with responses in one answer', async () => {
		const form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		const [evaluation, stray] = buildDemoResponses(form, { count: 2, seed: 3, now }).map((r) => ({
			...r,
			id: newId(),
			deviceId: tablet.deviceId
		}));
		const results = await ingestRecords(
			store,
			tablet,
			[
				{ kind: 'attendance', record: signIn() },
				{ kind: 'response', record: { ...evaluation!, activityId } },
				{ kind: 'response', record: { ...stray!, activityId: newId() } },
				{ kind: 'attendance', record: { ...signIn(), signature: '<svg onload=alert(1)>' } }
			],
			{ now }
		);
		expect(statuses(results)).toEqual([
			'stored',
			'stored',
			'rejected:unknown-reference',
			'rejected:invalid-record'
		]);
		expect((await store.responses.get(evaluation!.id))?.activityId).toBe(activityId);
		expect(await store.responses.get(stray!.id)).toBeNull();
	});

	it('hashes a survey response without an activity as before, so an old re-send is a duplicate', async () => {
		const form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		const [survey] = buildDemoResponses(form, { count: 1, seed: 4, now }).map((r) => ({
			...r,
			id: newId(),
			deviceId: tablet.deviceId
		}));
		const asItem = { kind: 'response' as const, record: survey! };
		expect(statuses(await ingestRecords(store, tablet, [asItem], { now }))).toEqual(['stored']);
		expect(await store.responses.get(survey!.id)).not.toHaveProperty('activityId');
		expect(statuses(await ingestRecords(store, tablet, [asItem], { now }))).toEqual(['duplicate']);
	});
});
