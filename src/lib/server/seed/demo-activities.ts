import { v7 } from 'uuid';
import type { Activity, AttendanceSignIn, Representative, RespondentType } from '$lib/domain';
import type { Store } from '../store/types';
import { demoSatisfactionFormId } from './demo-forms';
import { demoId } from './demo-ids';
import { demoGroups, demoOffice, demoSchools } from './demo-office';
import { buildDemoResponses, demoDeviceIds } from './demo-responses';
import { randomBytes, seededRandom } from './prng';

/*
 * Two participation activities of the demo office (issue 8): an opinion forum held three weeks
 * ago, with sign-ins, evaluations, results and the actions taken; and a committee meeting planned
 * for next month, with two representatives invited. Dates follow `now`, so the planned one is
 * always ahead and both are on an enrolled tablet's list.
 */

const promotion = demoGroups.find((g) => g.code === 'promotion')!;
const dayMs = 86_400_000;
const bangkokDay = (now: Date, days: number) =>
	new Date(now.getTime() + 7 * 3_600_000 + days * dayMs).toISOString().slice(0, 10);

export const demoHeldActivityId = demoId('activity', 'forum');
export const demoPlannedActivityId = demoId('activity', 'committee');

export function buildDemoRepresentatives(): Representative[] {
	const people: [string, string, string, RespondentType][] = [
		['board-chair', 'นายสมศักดิ์ ใจดี', 'คณะกรรมการสถานศึกษาโรงเรียนบ้านหนองบัว', 'school_board'],
		['parents', 'นางวิไล ศรีงาม', 'เครือข่ายผู้ปกครองอำเภอเมืองตัวอย่าง', 'parent'],
		['community', 'นายบุญมี ทองดี', 'องค์การบริหารส่วนตำบลหนองบัว', 'agency']
	];
	return people.map(([key, name, organisation, respondentType]) => ({
		id: demoId('representative', key),
		officeId: demoOffice.id,
		groupId: promotion.id,
		name,
		organisation,
		respondentType,
		termStart: '2024-10-01',
		termEnd: '2026-09-30'
	}));
}

export function buildDemoActivities(now: Date): Activity[] {
	const at = new Date(now.getTime() - 30 * dayMs).toISOString();
	const base = {
		officeId: demoOffice.id,
		groupId: promotion.id,
		createdAt: at,
		updatedAt: at,
		publishedAt: null
	};
	return [
		{
			...base,
			id: demoHeldActivityId,
			kind: 'opinion',
			topic: 'เวทีรับฟังความคิดเห็นผู้ปกครองต่อการจัดการเรียนการสอนภาษาอังกฤษ',
			heldOn: bangkokDay(now, -21),
			schoolId: demoSchools[1]!.id,
			placeNote: 'หอประชุมโรงเรียน',
			plannedParticipants: 40,
			evaluationFormId: demoSatisfactionFormId,
			status: 'held',
			results: 'ผู้ปกครองเสนอให้เพิ่มชั่วโมงฝึกสนทนา และจัดค่ายภาษาอังกฤษช่วงปิดภาคเรียน ครูต้องการสื่อการสอนเพิ่ม',
			actionsTaken:
				'กลุ่มส่งเสริมการจัดการศึกษาบรรจุค่ายภาษาอังกฤษในแผนปฏิบัติการปีถัดไป และจัดสรรงบประมาณสื่อการสอนให้โรงเรียนในเครือข่าย'
		},
		{
			...base,
			id: demoPlannedActivityId,
			kind: 'committee',
			topic: 'ประชุมคณะกรรมการผู้แทนผู้มีส่วนได้ส่วนเสีย ครั้งที่ ๒',
			heldOn: bangkokDay(now, 30),
			schoolId: null,
			placeNote: 'ห้องประชุมสำนักงานเขตพื้นที่',
			plannedParticipants: 12,
			evaluationFormId: null,
			status: 'planned',
			results: '',
			actionsTaken: ''
		}
	];
}

/**
 * Adds the demo activities, representatives, sign-ins and evaluations once: a store that holds
 * the held activity already is left alone (its dates were made on an earlier day).
 */
export async function seedDemoActivities(
	store: Store,
	options: { now?: Date } = {}
): Promise<{ inserted: number }> {
	const now = options.now ?? new Date();
	if ((await store.activities.get(demoHeldActivityId)) !== null) return { inserted: 0 };
	const representatives = buildDemoRepresentatives();
	for (const r of representatives) await store.representatives.save(r);
	const [held, planned] = buildDemoActivities(now);
	await store.activities.save(held);
	await store.activities.save(planned);
	await store.activities.invite(
		planned!.id,
		representatives.slice(0, 2).map((r) => r.id),
		now
	);

	const deviceId = demoDeviceIds(1)[1]!;
	const signedAt = new Date(`${held!.heldOn}T09:00:00+07:00`);
	const names: [string, RespondentType][] = [
		['นางสาวสุดา รักเรียน', 'parent'],
		['นายประเสริฐ มีสุข', 'parent'],
		['นางมาลัย ศรีสวัสดิ์', 'teacher'],
		['นายวิทยา แก้วใส', 'school_executive'],
		['นางสาวสุดา รักเรียน', 'parent']
	];
	const random = seededRandom(8);
	// The last name signs in twice: the demo shows a repeat flagged and counted once.
	const signIns: AttendanceSignIn[] = names.map(([name, respondentType], i) => ({
		id: v7({ msecs: signedAt.getTime() + i * 60_000, random: randomBytes(random, 16) }),
		officeId: demoOffice.id,
		activityId: held!.id,
		name,
		respondentType,
		schoolId: respondentType === 'parent' ? null : demoSchools[1]!.id,
		organisation: respondentType === 'parent' ? 'ผู้ปกครองนักเรียน' : '',
		signature: null,
		signedAt: new Date(signedAt.getTime() + i * 60_000).toISOString(),
		deviceId,
		sessionId: null
	}));
	const form = await store.forms.get(demoSatisfactionFormId, 1);
	const evaluations =
		form === null
			? []
			: buildDemoResponses(form, { count: 4, seed: 8, now: signedAt }).map((r) => ({
					...r,
					groupId: promotion.id,
					deviceId,
					activityId: held!.id,
					startedAt: new Date(signedAt.getTime() + 3_600_000).toISOString(),
					submittedAt: new Date(signedAt.getTime() + 3_900_000).toISOString()
				}));
	const report = await store.sync.storeBatch({
		responses: evaluations,
		feedback: [],
		attendance: signIns,
		deviceId,
		source: 'import',
		now
	});
	const rejected = [...report.responses.outcomes, ...report.attendance.outcomes].find(
		(o) => o.status === 'rejected'
	);
	if (rejected !== undefined && rejected.status === 'rejected') {
		throw new Error(
			`Demo activity record ${rejected.index} was rejected: ${rejected.issues[0]?.message.en}`
		);
	}
	return { inserted: report.responses.stored + report.attendance.stored + 2 };
}
