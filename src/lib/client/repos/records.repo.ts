import { Dexie } from 'dexie';
import {
	AttendanceSignIn,
	issuesFromZod,
	parseFeedbackItem,
	parseResponse,
	validateAnswers,
	type FeedbackItem,
	type FormDefinition,
	type Group,
	type Response,
	type Validated,
	type ValidationIssue
} from '$lib/domain';
import { withStorageErrors } from '../storage';
import {
	recordBytes,
	type CollectionSession,
	type Draft,
	type OutboxEntry,
	type OutboxError,
	type OutboxState
} from '../db/tables';
import { CollectionError } from './collection-error';
import { nowIso, type RepoContext } from './context';
import { asAnswerIssue, feedbackItemInput } from './feedback-answers';
import { readForm } from './master-data.repo';

export type SubmitResult =
	{ ok: true; entry: OutboxEntry } | { ok: false; issues: ValidationIssue[] };

/** A record already made and checked elsewhere than a draft, e.g. restored from an export file. */
export type ValidRecord = FormRecord | { kind: 'attendance'; record: AttendanceSignIn };

/** What a draft becomes when it is sent. */
type FormRecord =
	{ kind: 'response'; record: Response } | { kind: 'feedback'; record: FeedbackItem };

export interface OutboxCounts {
	pending: number;
	needsAttention: number;
	total: number;
}

export class RecordsRepo {
	constructor(private readonly context: RepoContext) {}

	/**
	 * Turns a draft into a record: builds it, checks it against the form version it was filled on,
	 * and moves it to the outbox. A record that does not pass stays a draft, with the issues to fix.
	 */
	submitDraft(draftId: string): Promise<SubmitResult> {
		const { db } = this.context;
		return withStorageErrors(() =>
			// One transaction: a record is always either a draft or in the outbox, never both or neither.
			db.transaction('rw', [db.drafts, db.outbox, db.sessions, db.forms, db.groups], async () => {
				const draft = await db.drafts.get(draftId);
				if (!draft) throw new CollectionError('draft-not-found', draftId);
				const session = await db.sessions.get(draft.sessionId);
				if (!session) throw new CollectionError('session-not-found', draft.sessionId);
				const stored = await db.forms.get([draft.formId, draft.formVersion]);
				if (!stored) throw new CollectionError('form-not-cached', draft.formId);
				const form = readForm(stored);
				if (!form.ok) return form;
				const groups = await db.groups.where('officeId').equals(form.value.officeId).toArray();

				const built = buildRecord(draft, form.value, session, groups, nowIso(this.context));
				if (!built.ok) return built;
				const entry = outboxEntry(built.value, {
					sessionId: session.id,
					formId: draft.formId,
					formVersion: draft.formVersion,
					createdAt: built.value.record.submittedAt
				});
				await db.drafts.delete(draft.id);
				await db.outbox.add(entry);
				await db.sessions.update(session.id, { recordCount: session.recordCount + 1 });
				return { ok: true, entry } as const;
			})
		);
	}

	/**
	 * Adds records made elsewhere, checked again here, in one transaction: all or none. A record
	 * already in the outbox is left as it is, so adding the same file twice is harmless.
	 */
	enqueueRecords(
		records: readonly ValidRecord[]
	): Promise<Validated<{ added: number; alreadyQueued: number }>> {
		const { db } = this.context;
		const entries: OutboxEntry[] = [];
		const issues: ValidationIssue[] = [];
		const createdAt = nowIso(this.context);
		records.forEach((item, index) => {
			const checked = checkRecord(item);
			if (!checked.ok) {
				issues.push(...checked.issues.map((i) => ({ ...i, path: `${index}.${i.path}` })));
				return;
			}
			const record = checked.value;
			entries.push(
				outboxEntry(record, {
					sessionId: record.kind === 'feedback' ? null : record.record.sessionId,
					formId: record.kind === 'response' ? record.record.formId : null,
					formVersion: record.kind === 'response' ? record.record.formVersion : null,
					createdAt
				})
			);
		});
		if (issues.length > 0) return Promise.resolve({ ok: false, issues });

		return withStorageErrors(() =>
			db.transaction('rw', db.outbox, db.sessions, async () => {
				const queued = new Set(
					await db.outbox
						.where('id')
						.anyOf(entries.map((e) => e.id))
						.primaryKeys()
				);
				const fresh = entries.filter((e) => !queued.has(e.id));
				await db.outbox.bulkAdd(fresh);
				const perSession = new Map<string, number>();
				for (const { sessionId } of fresh) {
					if (sessionId !== null) perSession.set(sessionId, (perSession.get(sessionId) ?? 0) + 1);
				}
				for (const [sessionId, added] of perSession) {
					await db.sessions
						.where('id')
						.equals(sessionId)
						.modify((s) => {
							s.recordCount += added;
						});
				}
				return { ok: true, value: { added: fresh.length, alreadyQueued: queued.size } } as const;
			})
		);
	}

	outboxCounts(): Promise<OutboxCounts> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('r', db.outbox, async () => {
				const pending = await db.outbox.where('state').equals('pending').count();
				const needsAttention = await db.outbox.where('state').equals('needs_attention').count();
				return { pending, needsAttention, total: pending + needsAttention };
			})
		);
	}

	/** Outbox entries in one state, oldest first: the order the sync engine sends them in. */
	listOutbox(options: { state?: OutboxState; limit?: number } = {}): Promise<OutboxEntry[]> {
		const { state = 'pending', limit = 100 } = options;
		return withStorageErrors(() =>
			this.context.db.outbox
				.where('[state+createdAt]')
				.between([state, Dexie.minKey], [state, Dexie.maxKey])
				.limit(limit)
				.toArray()
		);
	}

	/** A failed attempt that may succeed later (offline, 5xx, timeout): the records stay pending. */
	recordFailedAttempt(ids: readonly string[], error: OutboxError): Promise<number> {
		return this.modifyEntries(ids, (entry, at) => {
			entry.attempts += 1;
			entry.lastAttemptAt = at;
			entry.lastError = error;
		});
	}

	/**
	 * The server rejected the record: it waits for the supervisor, who can read, fix or export it.
	 * It is never deleted for this.
	 */
	async markNeedsAttention(id: string, error: OutboxError): Promise<boolean> {
		const changed = await this.modifyEntries([id], (entry, at) => {
			entry.state = 'needs_attention';
			entry.attempts += 1;
			entry.lastAttemptAt = at;
			entry.lastError = error;
		});
		return changed > 0;
	}

	/** Sends records that needed attention again, e.g. after the server was fixed. */
	requeue(ids: readonly string[]): Promise<number> {
		return this.modifyEntries(ids, (entry) => {
			entry.state = 'pending';
		});
	}

	/**
	 * Removes records the server has stored (or had already stored). Call it only with that answer
	 * in hand: this is the one way a record leaves the device.
	 */
	removeSynced(ids: readonly string[]): Promise<number> {
		return withStorageErrors(() =>
			this.context.db.outbox
				.where('id')
				.anyOf([...ids])
				.delete()
		);
	}

	private modifyEntries(
		ids: readonly string[],
		change: (entry: OutboxEntry, at: string) => void
	): Promise<number> {
		const at = nowIso(this.context);
		return withStorageErrors(() =>
			this.context.db.outbox
				.where('id')
				.anyOf([...ids])
				.modify((entry) => change(entry, at))
		);
	}
}

function buildRecord(
	draft: Draft,
	form: FormDefinition,
	session: CollectionSession,
	groups: Group[],
	submittedAt: string
): Validated<FormRecord> {
	const answers = validateAnswers(form, draft.answers);
	if (draft.kind === 'feedback') {
		if (!answers.ok) return answers;
		const input = feedbackItemInput({
			draft,
			form,
			answers: answers.value,
			session,
			groups,
			submittedAt
		});
		const parsed = parseFeedbackItem(input);
		return parsed.ok
			? { ok: true, value: { kind: 'feedback', record: parsed.value } }
			: { ok: false, issues: parsed.issues.map(asAnswerIssue) };
	}

	const { respondentType, respondentTypeOther, groupId } = draft.respondent;
	const parsed = parseResponse(
		{
			id: draft.id,
			officeId: form.officeId,
			formId: form.id,
			formVersion: form.version,
			groupId: form.groupId ?? groupId,
			schoolId: session.schoolId,
			respondentType,
			// Text typed for "other" and left behind by another choice is dropped, like hidden answers.
			respondentTypeOther: respondentType === 'other' ? respondentTypeOther : undefined,
			answers: draft.answers,
			startedAt: draft.startedAt,
			submittedAt,
			deviceId: session.deviceId,
			collectorId: session.collectorId,
			sessionId: session.id,
			// A response in an activity's session is that activity's evaluation.
			activityId: session.activityId
		},
		form
	);
	if (parsed.ok) return { ok: true, value: { kind: 'response', record: parsed.value } };
	// parseResponse checks answers only once the rest is valid; the respondent should see all at once.
	return {
		ok: false,
		issues: uniqueIssues([...parsed.issues, ...(answers.ok ? [] : answers.issues)])
	};
}

function checkRecord(item: ValidRecord): Validated<ValidRecord> {
	if (item.kind === 'attendance') {
		const parsed = AttendanceSignIn.safeParse(item.record, { reportInput: true });
		return parsed.success
			? { ok: true, value: { kind: 'attendance', record: parsed.data } }
			: { ok: false, issues: issuesFromZod(parsed.error) };
	}
	if (item.kind === 'response') {
		const parsed = parseResponse(item.record);
		return parsed.ok ? { ok: true, value: { kind: 'response', record: parsed.value } } : parsed;
	}
	const parsed = parseFeedbackItem(item.record);
	return parsed.ok ? { ok: true, value: { kind: 'feedback', record: parsed.value } } : parsed;
}

function outboxEntry(
	item: ValidRecord,
	meta: Pick<OutboxEntry, 'sessionId' | 'formId' | 'formVersion' | 'createdAt'>
): OutboxEntry {
	return {
		...item,
		id: item.record.id,
		...meta,
		bytes: recordBytes(item.record),
		attempts: 0,
		lastAttemptAt: null,
		lastError: null,
		state: 'pending'
	};
}

function uniqueIssues(issues: ValidationIssue[]): ValidationIssue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.path}\u0000${issue.code}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
