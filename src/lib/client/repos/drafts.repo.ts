import { Dexie, type UpdateSpec } from 'dexie';
import { DomainValidationError, Key, newId, type AnswerValue } from '$lib/domain';
import { withStorageErrors } from '../storage';
import type { Draft, RespondentFields } from '../db/tables';
import { CollectionError } from './collection-error';
import { nowIso, type RepoContext } from './context';
import { latestFormIn } from './master-data.repo';

export class DraftsRepo {
	constructor(private readonly context: RepoContext) {}

	/**
	 * Starts a respondent's form on the latest cached version of `formId`. One respondent at a time:
	 * a session's unfinished draft must be submitted or discarded first.
	 */
	create(sessionId: string, formId: string): Promise<Draft> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.sessions, db.forms, db.drafts, async () => {
				const session = await db.sessions.get(sessionId);
				if (!session) throw new CollectionError('session-not-found', sessionId);
				if (session.endedAt !== null) throw new CollectionError('session-ended', sessionId);
				if (!session.formIds.includes(formId)) {
					throw new CollectionError('form-not-in-session', formId);
				}
				const existing = await latestDraftOf(this.context, sessionId);
				if (existing) throw new CollectionError('draft-in-progress', existing.id);

				const form = await latestFormIn(db, formId);
				if (!form) throw new CollectionError('form-not-cached', formId);
				if (!form.ok) throw new DomainValidationError(`cached form ${formId}`, form.issues);

				const groupId = form.value.groupId ?? soleGroup(session.groupIds);
				const now = nowIso(this.context);
				const draft: Draft = {
					id: newId(),
					sessionId,
					formId,
					formVersion: form.value.version,
					kind: form.value.kind === 'feedback' ? 'feedback' : 'response',
					respondent: groupId === undefined ? {} : { groupId },
					answers: {},
					sectionIndex: 0,
					startedAt: now,
					updatedAt: now
				};
				await db.drafts.add(draft);
				return draft;
			})
		);
	}

	/**
	 * Saves one answer as it is given; `undefined` clears it. One keyed update of one draft: cheap
	 * enough to run on every tap and keystroke.
	 */
	async saveAnswer(draftId: string, key: string, value: AnswerValue | undefined): Promise<void> {
		// A key with a dot would be written as a nested path; form keys never have one.
		if (!Key.safeParse(key).success) throw new RangeError(`not a question key: ${key}`);
		await this.update(draftId, { [`answers.${key}`]: value });
	}

	/** Sets respondent fields; a field given as `undefined` is cleared, one left out is kept. */
	setRespondent(draftId: string, fields: RespondentFields): Promise<void> {
		const changes: Record<string, unknown> = {};
		for (const [field, value] of Object.entries(fields)) changes[`respondent.${field}`] = value;
		return this.update(draftId, changes);
	}

	/** The section the respondent is on, so a resumed form opens where they were. */
	async setSection(draftId: string, sectionIndex: number): Promise<void> {
		if (!Number.isInteger(sectionIndex) || sectionIndex < 0) {
			throw new RangeError(`not a section index: ${sectionIndex}`);
		}
		await this.update(draftId, { sectionIndex });
	}

	/** Clears an abandoned form (the inactivity timeout, or the supervisor). */
	discard(draftId: string): Promise<void> {
		return withStorageErrors(() => this.context.db.drafts.delete(draftId));
	}

	get(draftId: string): Promise<Draft | undefined> {
		return withStorageErrors(() => this.context.db.drafts.get(draftId));
	}

	/** The draft a session's kiosk should resume after a reload or a crash. */
	current(sessionId: string): Promise<Draft | undefined> {
		return withStorageErrors(() => latestDraftOf(this.context, sessionId));
	}

	private async update(draftId: string, changes: Record<string, unknown>): Promise<void> {
		const spec = { ...changes, updatedAt: nowIso(this.context) } as UpdateSpec<Draft>;
		const updated = await withStorageErrors(() => this.context.db.drafts.update(draftId, spec));
		if (updated === 0) throw new CollectionError('draft-not-found', draftId);
	}
}

function latestDraftOf({ db }: RepoContext, sessionId: string): Promise<Draft | undefined> {
	return db.drafts
		.where('[sessionId+updatedAt]')
		.between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey])
		.last();
}

/** A session for a single group answers for that group without asking. */
function soleGroup(groupIds: string[]): string | undefined {
	return groupIds.length === 1 ? groupIds[0] : undefined;
}
