import { z } from 'zod';
import {
	canChangeStatus,
	FeedbackStatus,
	inboxOrder,
	isOverdue,
	responseDeadline,
	TriageStep,
	type BilingualMessage,
	type FeedbackContact,
	type InboxFilter
} from '$lib/domain';
import { recordAudit } from '../auth/audit';
import { AccessDeniedError, feedbackInboxScope, policy, type Principal } from '../auth/policy';
import type {
	FeedbackForTriage,
	FeedbackInboxRow,
	FeedbackThreadEntry,
	Store
} from '../store/types';

/*
 * The staff inbox of the feedback channel (issue 7): listing, reading, replying, changing status
 * and assigning. route-access.ts lets only inbox users in; every call here asks the policy again
 * about the item itself. An item the user may not see is "not found", never "forbidden", so a
 * group leader cannot tell that a misconduct complaint exists.
 */

export class TriageError extends Error {
	constructor(
		readonly code: 'not-found' | 'invalid' | 'transition' | 'unknown-group' | 'misconduct',
		readonly text: BilingualMessage
	) {
		super(text.en);
		this.name = 'TriageError';
	}
}

const notFound = () =>
	new TriageError('not-found', {
		th: 'ไม่พบเรื่องนี้ในกล่องเรื่องของท่าน',
		en: 'There is no such item in your inbox.'
	});

export type InboxItem = FeedbackInboxRow & { deadline: string; overdue: boolean };

export interface Inbox {
	items: InboxItem[];
	/** Overdue among the items listed. */
	overdue: number;
}

const withDeadline = <T extends { submittedAt: string; status: FeedbackStatus }>(
	item: T,
	now: Date
) => ({
	...item,
	deadline: responseDeadline(new Date(item.submittedAt)).toISOString(),
	overdue: isOverdue(item, now)
});

export async function listInbox(
	store: Store,
	user: Principal,
	filter: InboxFilter,
	now: Date
): Promise<Inbox> {
	if (!policy.useFeedbackInbox(user)) throw new AccessDeniedError('the feedback inbox');
	const { overdueOnly, ...columns } = filter;
	const rows = await store.feedback.listForInbox({ ...feedbackInboxScope(user), filter: columns });
	// The store filtered by the same rule; checking each row again costs nothing.
	const visible = rows
		.filter((r) => policy.triageFeedback(user, r))
		.map((r) => withDeadline(r, now));
	const listed = overdueOnly ? visible.filter((r) => r.overdue) : visible;
	return { items: inboxOrder(listed, now), overdue: listed.filter((r) => r.overdue).length };
}

export interface TriageView {
	item: Omit<FeedbackForTriage, 'contact'> & { deadline: string; overdue: boolean };
	/** null: none given, or not for this user (`contactHidden`). */
	contact: FeedbackContact | null;
	contactHidden: boolean;
	thread: FeedbackThreadEntry[];
	/** The statuses the item may move to from where it is. */
	nextStatuses: FeedbackStatus[];
	mayAssign: boolean;
}

async function visibleItem(
	store: Store,
	user: Principal,
	id: string
): Promise<FeedbackForTriage | null> {
	// Not a uuid: no such item, rather than a database error about the id's type.
	if (!z.uuid().safeParse(id).success) return null;
	const item = await store.feedback.getForTriage(id);
	return item !== null && policy.triageFeedback(user, item) ? item : null;
}

/** One item as its triager sees it; null when there is none the user may see. */
export async function openFeedbackItem(
	store: Store,
	user: Principal,
	id: string,
	now: Date
): Promise<TriageView | null> {
	const found = await visibleItem(store, user, id);
	if (found === null) return null;
	const { contact, ...item } = found;
	const mayReadContact = policy.readFeedbackContact(user, found);
	return {
		item: withDeadline(item, now),
		contact: mayReadContact ? contact : null,
		contactHidden: !mayReadContact && contact !== null,
		thread: await store.feedback.thread(id),
		nextStatuses: FeedbackStatus.options.filter((s) => canChangeStatus(item.status, s)),
		mayAssign: item.track === 'general' && policy.assignFeedback(user, item.officeId)
	};
}

/** A reply or internal note, with or without a status change, recorded in the audit log. */
export async function triageFeedback(
	store: Store,
	user: Principal,
	id: string,
	input: unknown,
	now: Date = new Date()
): Promise<void> {
	const item = await visibleItem(store, user, id);
	if (item === null) throw notFound();
	const parsed = TriageStep.safeParse(input);
	if (!parsed.success) {
		throw new TriageError('invalid', {
			th: 'กรุณาเขียนข้อความตอบกลับหรือบันทึก (ไม่เกิน 2,000 ตัวอักษร)',
			en: 'Please write a reply or a note (at most 2,000 characters).'
		});
	}
	const step = parsed.data;
	const outcome = await store.feedback.triage(
		{
			feedbackId: id,
			authorId: user.id,
			text: step.text,
			at: now,
			public: step.visibility === 'public',
			...(step.status === null ? {} : { status: step.status })
		},
		now
	);
	if (outcome === 'not-found') throw notFound();
	if (outcome === 'not-allowed') {
		throw new TriageError('transition', {
			th: 'เปลี่ยนเป็นสถานะนี้จากสถานะปัจจุบันไม่ได้ (อาจมีผู้อื่นเปลี่ยนสถานะไปแล้ว) กรุณาโหลดหน้าใหม่',
			en: 'The item cannot move to that status from where it is (someone may have just changed it). Please reload.'
		});
	}
	// The text stays out of the log: a misconduct complaint's exchange is not for every admin.
	await recordAudit(
		store,
		{
			officeId: item.officeId,
			actor: user,
			action: step.status === null ? 'feedback-replied' : 'feedback-status-changed',
			subject: id,
			detail: {
				trackingCode: item.trackingCode,
				...(step.status === null ? {} : { from: item.status, to: step.status }),
				public: step.visibility === 'public'
			}
		},
		now
	);
}

/** Screening: gives a general-track item to a group of the office. */
export async function assignFeedback(
	store: Store,
	user: Principal,
	id: string,
	groupId: unknown,
	now: Date = new Date()
): Promise<void> {
	const item = await visibleItem(store, user, id);
	if (item === null) throw notFound();
	if (!policy.assignFeedback(user, item.officeId)) throw new AccessDeniedError('assign feedback');
	if (item.track === 'misconduct') {
		// A group leader would then read it: the misconduct track stays with the executives.
		throw new TriageError('misconduct', {
			th: 'เรื่องร้องเรียนการทุจริต/ประพฤติมิชอบมอบให้กลุ่มไม่ได้ ผู้บริหารเป็นผู้ดำเนินการ',
			en: 'A misconduct complaint is not given to a group: the executives handle it.'
		});
	}
	const group = (await store.groups.list(item.officeId)).find((g) => g.id === groupId);
	if (group === undefined) {
		throw new TriageError('unknown-group', {
			th: 'กรุณาเลือกกลุ่มของสำนักงาน',
			en: 'Please choose a group of the office.'
		});
	}
	if (!(await store.feedback.assign(id, group.id))) throw notFound();
	await recordAudit(
		store,
		{
			officeId: item.officeId,
			actor: user,
			action: 'feedback-assigned',
			subject: id,
			detail: { trackingCode: item.trackingCode, from: item.groupId, to: group.id }
		},
		now
	);
}
