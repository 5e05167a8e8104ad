import type { z } from 'zod';
import {
	ActivityRecord,
	PublishedActivity,
	type ActivityEvaluation
} from '$lib/api/activities-contract';
import {
	ActivityDraft,
	ActivityOutcome,
	fiscalYearOf,
	issuesFromZod,
	newId,
	questionsOf,
	Representative,
	summarize,
	summarizeAttendance,
	toGregorianYear,
	type Activity,
	type BilingualMessage,
	type FormDefinition,
	type Group,
	type ValidationIssue
} from '$lib/domain';
import { recordAudit } from '../auth/audit';
import { AccessDeniedError, policy, type Principal } from '../auth/policy';
import { overallStatistics, statistics } from '../reports/group-report';
import type { Store } from '../store/types';

/*
 * Participation activities and representatives (issue 8), as the staff pages use them. Every
 * call asks the policy about the activity's group itself: route-access.ts only lets the right
 * roles reach the pages. An activity of a group the user may not read is "not found", as in the
 * inbox, so an id tells nothing about another group.
 */

export class ActivityError extends Error {
	constructor(
		readonly code: 'not-found' | 'invalid' | 'unknown-reference',
		readonly text: BilingualMessage,
		readonly issues: ValidationIssue[] = []
	) {
		super(text.en);
		this.name = 'ActivityError';
	}
}

const notFound = () =>
	new ActivityError('not-found', {
		th: 'ไม่พบกิจกรรมนี้ในกลุ่มของท่าน',
		en: 'There is no such activity in your groups.'
	});

function invalid(issues: ValidationIssue[]): ActivityError {
	const first = issues[0];
	return new ActivityError(
		'invalid',
		{
			th: `ข้อมูลไม่ถูกต้อง: ${first?.message.th ?? 'รูปแบบไม่ถูกต้อง'}`,
			en: `Please check the form: ${first?.message.en ?? 'it is malformed'}`
		},
		issues
	);
}

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input, { reportInput: true });
	if (!result.success) throw invalid(issuesFromZod(result.error));
	return result.data;
}

/** The first and last Bangkok day of a fiscal year (B.E.): FY 2568 = 2024-10-01 … 2025-09-30. */
export function fiscalYearDays(fy: number): { from: string; to: string } {
	const ends = toGregorianYear(fy);
	return { from: `${ends - 1}-10-01`, to: `${ends}-09-30` };
}

/** The fiscal year of a Bangkok calendar day. */
export function fiscalYearOfDay(day: string): number {
	// Noon in Bangkok: the day itself whatever the offset.
	return fiscalYearOf(`${day}T12:00:00+07:00`);
}

async function officeGroups(store: Store, officeId: string): Promise<Group[]> {
	return store.groups.list(officeId);
}

/** The groups whose activities the user reads, and those they may manage. */
export async function activityGroups(store: Store, user: Principal) {
	const groups = await officeGroups(store, user.officeId);
	return {
		readable: groups.filter((g) => policy.readActivities(user, g)),
		manageable: groups.filter((g) => policy.manageActivities(user, g))
	};
}

/** An activity the user may read, with its group; otherwise not found. */
async function readableActivity(store: Store, user: Principal, id: string) {
	const activity = await store.activities.get(id);
	if (activity === null) throw notFound();
	const group = { id: activity.groupId, officeId: activity.officeId };
	if (!policy.readActivities(user, group)) throw notFound();
	return { activity, mayManage: policy.manageActivities(user, group) };
}

async function manageableActivity(store: Store, user: Principal, id: string): Promise<Activity> {
	const { activity, mayManage } = await readableActivity(store, user, id);
	if (!mayManage) throw new AccessDeniedError('activity');
	return activity;
}

/** The school and evaluation form a draft names must be the office's own. */
async function checkReferences(store: Store, officeId: string, draft: ActivityDraft) {
	const issues: ValidationIssue[] = [];
	if (draft.schoolId !== null) {
		const schools = await store.schools.list(officeId);
		if (!schools.some((s) => s.id === draft.schoolId)) {
			issues.push({
				path: 'schoolId',
				code: 'unknown_school',
				message: { th: 'ไม่พบสถานศึกษานี้ในสำนักงาน', en: 'The office has no such school.' }
			});
		}
	}
	if (draft.evaluationFormId !== null) {
		const forms = await store.forms.listPublished(officeId);
		if (!forms.some((f) => f.id === draft.evaluationFormId)) {
			issues.push({
				path: 'evaluationFormId',
				code: 'unknown_form',
				message: {
					th: 'ไม่พบแบบฟอร์มที่เผยแพร่แล้วนี้',
					en: 'The office has no such published form.'
				}
			});
		}
	}
	if (issues.length > 0) throw invalid(issues);
}

export interface ActivityListRow {
	activity: Activity;
	participants: number;
	duplicates: number;
}

/** The activities of a fiscal year in the groups the user reads, with their participant counts. */
export async function listActivities(
	store: Store,
	user: Principal,
	fy: number
): Promise<ActivityListRow[]> {
	if (!policy.useActivities(user)) throw new AccessDeniedError('activities');
	const { readable } = await activityGroups(store, user);
	const list = await store.activities.list({
		officeId: user.officeId,
		groupIds: readable.map((g) => g.id),
		...fiscalYearDays(fy)
	});
	const signIns = await store.activities.signInKeys(list.map((a) => a.id));
	return list.map((activity) => {
		const summary = summarizeAttendance(signIns.filter((s) => s.activityId === activity.id));
		return { activity, participants: summary.participants, duplicates: summary.duplicates };
	});
}

/** Registers an activity for a group the user manages; status "planned". */
export async function createActivity(
	store: Store,
	user: Principal,
	input: unknown,
	now: Date = new Date()
): Promise<Activity> {
	const draft = parsed(ActivityDraft, input);
	const group = (await officeGroups(store, user.officeId)).find((g) => g.id === draft.groupId);
	if (group === undefined || !policy.manageActivities(user, group)) {
		throw invalid([
			{
				path: 'groupId',
				code: 'unknown_group',
				message: {
					th: 'เลือกกลุ่มที่ท่านรับผิดชอบ',
					en: 'Choose a group you are responsible for.'
				}
			}
		]);
	}
	await checkReferences(store, user.officeId, draft);
	const at = now.toISOString();
	return store.activities.save({
		...draft,
		id: newId(),
		officeId: user.officeId,
		status: 'planned',
		results: '',
		actionsTaken: '',
		createdAt: at,
		updatedAt: at,
		publishedAt: null
	});
}

/** Changes what was registered; the group stays (an activity does not move between groups). */
export async function updateActivityDetails(
	store: Store,
	user: Principal,
	id: string,
	input: unknown,
	now: Date = new Date()
): Promise<Activity> {
	const activity = await manageableActivity(store, user, id);
	const draft = parsed(ActivityDraft, { ...(input as object), groupId: activity.groupId });
	await checkReferences(store, activity.officeId, draft);
	return store.activities.save({ ...activity, ...draft, updatedAt: now.toISOString() });
}

/** Records the status, the results and the actions taken (ITA parts 3 and 4). */
export async function recordOutcome(
	store: Store,
	user: Principal,
	id: string,
	input: unknown,
	now: Date = new Date()
): Promise<Activity> {
	const activity = await manageableActivity(store, user, id);
	const outcome = parsed(ActivityOutcome, input);
	return store.activities.save({ ...activity, ...outcome, updatedAt: now.toISOString() });
}

/** Invites representatives of the activity's group; others are refused. */
export async function inviteRepresentatives(
	store: Store,
	user: Principal,
	id: string,
	representativeIds: readonly string[],
	now: Date = new Date()
): Promise<void> {
	const activity = await manageableActivity(store, user, id);
	const ofGroup = new Set(
		(await store.representatives.list(activity.officeId, [activity.groupId])).map((r) => r.id)
	);
	if (representativeIds.length === 0 || representativeIds.some((r) => !ofGroup.has(r))) {
		throw invalid([
			{
				path: 'representativeId',
				code: 'unknown_representative',
				message: {
					th: 'เลือกผู้แทนจากรายชื่อของกลุ่ม',
					en: "Choose representatives from the group's list."
				}
			}
		]);
	}
	await store.activities.invite(activity.id, representativeIds, now);
}

export async function uninviteRepresentative(
	store: Store,
	user: Principal,
	id: string,
	representativeId: string
): Promise<void> {
	const activity = await manageableActivity(store, user, id);
	await store.activities.uninvite(activity.id, representativeId);
}

/** The activity as its page shows it: the record, what the user may do, and the invitations. */
export async function openActivity(store: Store, user: Principal, id: string) {
	const { activity, mayManage } = await readableActivity(store, user, id);
	const [record, invited, groupRepresentatives] = await Promise.all([
		buildActivityRecord(store, activity),
		store.activities.invited([activity.id]),
		store.representatives.list(activity.officeId, [activity.groupId])
	]);
	return {
		record,
		mayManage,
		mayPublish: policy.publishActivity(user, activity.officeId),
		invited: invited.get(activity.id) ?? [],
		representatives: groupRepresentatives
	};
}

/** The evidence of one activity: the four ITA parts, with the attendance list for the staff. */
export async function buildActivityRecord(
	store: Store,
	activity: Activity
): Promise<ActivityRecord> {
	const [offices, groups, schools, signIns, counts, forms] = await Promise.all([
		store.offices.list(),
		store.groups.list(activity.officeId),
		store.schools.list(activity.officeId),
		store.activities.signIns([activity.id]),
		store.activities.evaluationCounts(activity.id),
		store.forms.listPublished(activity.officeId)
	]);
	const office = offices.find((o) => o.id === activity.officeId)!;
	const group = groups.find((g) => g.id === activity.groupId)!;
	const school = schools.find((s) => s.id === activity.schoolId) ?? null;
	const schoolName = new Map(schools.map((s) => [s.id, s.name.th]));
	const summary = summarizeAttendance(signIns);
	const formId = activity.evaluationFormId ?? counts.formIds[0] ?? null;
	const form = forms.find((f) => f.id === formId) ?? null;
	return ActivityRecord.parse({
		activity,
		office: { id: office.id, name: office.name },
		group: { id: group.id, code: group.code, name: group.name, shortName: group.shortName },
		school: school === null ? null : { id: school.id, name: school.name },
		levelScheme: office.levelScheme,
		attendance: {
			participants: summary.participants,
			duplicates: summary.duplicates,
			byRespondentType: summary.byRespondentType
		},
		signIns: signIns.map((s) => ({
			id: s.id,
			name: s.name,
			respondentType: s.respondentType,
			affiliation: (s.schoolId === null ? null : schoolName.get(s.schoolId)) ?? s.organisation,
			signature: s.signature,
			signedAt: s.signedAt,
			duplicate: summary.duplicateIds.has(s.id)
		})),
		evaluation: evaluationOf(counts, form, office.levelScheme)
	});
}

function evaluationOf(
	counts: Awaited<ReturnType<Store['activities']['evaluationCounts']>>,
	form: FormDefinition | null,
	scheme: ActivityRecord['levelScheme']
): ActivityEvaluation {
	const labels = new Map(
		(form === null ? [] : questionsOf(form))
			.filter((q) => q.kind === 'rating')
			.map((q) => [q.key, q.label])
	);
	const order = [...labels.keys()];
	const position = (key: string) => {
		const i = order.indexOf(key);
		return i === -1 ? order.length : i;
	};
	const items = [...counts.items]
		.sort((a, b) => position(a.questionKey) - position(b.questionKey))
		.map((item) => ({
			key: item.questionKey,
			label: labels.get(item.questionKey) ?? { th: item.questionKey },
			...statistics(summarize(item.counts), scheme)
		}));
	return {
		form: form === null ? null : { id: form.id, title: form.title },
		overall: overallStatistics(
			{ ...summarize(counts.overall), responses: counts.responses },
			scheme
		),
		items
	};
}

/** The public part of a record: no names, no signatures (PDPA), the four ITA parts. */
function publicRecord(record: ActivityRecord, now: Date): PublishedActivity {
	const { activity } = record;
	return PublishedActivity.parse({
		id: activity.id,
		fy: fiscalYearOfDay(activity.heldOn),
		kind: activity.kind,
		topic: activity.topic,
		heldOn: activity.heldOn,
		group: record.group,
		place: { school: record.school?.name ?? null, note: activity.placeNote },
		attendance: record.attendance,
		evaluation: {
			form: record.evaluation.form === null ? null : { title: record.evaluation.form.title },
			overall: record.evaluation.overall
		},
		results: activity.results,
		actionsTaken: activity.actionsTaken,
		publishedAt: now.toISOString()
	});
}

/** Puts the activity's record on the public transparency page (again), as it is now. */
export async function publishActivity(
	store: Store,
	admin: Principal,
	id: string,
	now: Date = new Date()
): Promise<PublishedActivity> {
	const { activity } = await readableActivity(store, admin, id);
	if (!policy.publishActivity(admin, activity.officeId)) throw new AccessDeniedError('publish');
	const published = publicRecord(await buildActivityRecord(store, activity), now);
	await store.activities.publish(published);
	await recordAudit(
		store,
		{
			officeId: activity.officeId,
			actor: admin,
			action: 'activity-published',
			subject: `activity:${activity.id}`,
			detail: { topic: activity.topic, fy: published.fy }
		},
		now
	);
	return published;
}

/** Takes it off the public page; false when it was not there. */
export async function withdrawActivity(
	store: Store,
	admin: Principal,
	id: string,
	now: Date = new Date()
): Promise<boolean> {
	const { activity } = await readableActivity(store, admin, id);
	if (!policy.publishActivity(admin, activity.officeId)) throw new AccessDeniedError('withdraw');
	const withdrawn = await store.activities.withdraw(activity.id);
	if (withdrawn) {
		await recordAudit(
			store,
			{
				officeId: activity.officeId,
				actor: admin,
				action: 'activity-withdrawn',
				subject: `activity:${activity.id}`,
				detail: { topic: activity.topic }
			},
			now
		);
	}
	return withdrawn;
}

/** The public page's activities of a fiscal year: published ones only. */
export function publishedActivities(store: Store, officeId: string, fy: number) {
	const { from, to } = fiscalYearDays(fy);
	return store.activities.listPublished(officeId, from, to);
}

/** The fiscal years with a published activity, latest first. */
export async function yearsWithPublishedActivities(
	store: Store,
	officeId: string
): Promise<number[]> {
	const days = await store.activities.publishedDays(officeId);
	return [...new Set(days.map(fiscalYearOfDay))].sort((a, b) => b - a);
}

// ---------------------------------------------------------------------------------------------
// Representatives

export async function listRepresentatives(store: Store, user: Principal) {
	if (!policy.useActivities(user)) throw new AccessDeniedError('representatives');
	const { readable, manageable } = await activityGroups(store, user);
	const representatives = await store.representatives.list(
		user.officeId,
		readable.map((g) => g.id)
	);
	return { representatives, groups: readable, manageable };
}

/** Adds a representative (no `id`) or changes one, of a group the user manages. */
export async function saveRepresentative(
	store: Store,
	user: Principal,
	input: Record<string, unknown>
): Promise<Representative> {
	const id = typeof input.id === 'string' && input.id !== '' ? input.id : null;
	const existing = id === null ? null : await store.representatives.get(id);
	if (id !== null && (existing === null || existing.officeId !== user.officeId)) throw notFound();
	const candidate = parsed(Representative, {
		...input,
		id: existing?.id ?? newId(),
		officeId: user.officeId,
		// A representative stays in their group; a new one goes where the form says.
		groupId: existing?.groupId ?? input.groupId
	});
	const groups = await officeGroups(store, user.officeId);
	const group = groups.find((g) => g.id === candidate.groupId);
	if (group === undefined || !policy.manageActivities(user, group)) {
		throw new AccessDeniedError('representative');
	}
	return store.representatives.save(candidate);
}

export async function removeRepresentative(
	store: Store,
	user: Principal,
	id: string
): Promise<void> {
	const existing = await store.representatives.get(id);
	if (existing === null || existing.officeId !== user.officeId) throw notFound();
	if (!policy.manageActivities(user, { id: existing.groupId, officeId: existing.officeId })) {
		throw new AccessDeniedError('representative');
	}
	await store.representatives.remove(id);
}
