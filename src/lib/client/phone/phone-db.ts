import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Answers, BilingualMessage, RespondentType } from '$lib/domain';
import type { IndexedDbDependencies } from '../db/app-db';

/*
 * The respondent's phone's own small database (issue 8), apart from a tablet's device store: a
 * phone answering a survey by link is not an enrolled device, holds no session and no master data
 * beyond the surveys it opened. Only phone-survey.repo.ts uses it.
 */

/** A survey as the server sent it (PublicSurvey), kept to open offline; validated when read. */
export interface StoredSurvey {
	code: string;
	survey: unknown;
	fetchedAt: string;
}

/** The response being filled for a link: one at a time per link, kept across reloads. */
export interface PhoneDraft {
	code: string;
	/** The response's id (UUIDv7), made when it was started: the server's key for a resend. */
	responseId: string;
	formVersion: number;
	startedAt: string;
	answers: Answers;
	respondentType?: RespondentType;
	respondentTypeOther?: string;
	pageIndex: number;
}

/**
 * waiting — not yet accepted by the server (offline, or it answered "later");
 * sent — stored (or already stored) on the server;
 * refused — the server will never take it (answered already, link closed, invalid): kept, with
 * the server's reason, never deleted.
 */
export type PhoneOutboxStatus = 'waiting' | 'sent' | 'refused';

export interface PhoneOutboxEntry {
	id: string;
	code: string;
	/** The Response, validated against the form before it was queued. */
	response: unknown;
	status: PhoneOutboxStatus;
	/** The server's code for a refusal (`already-answered`, `closed`…). */
	reason: string | null;
	message: BilingualMessage | null;
	createdAt: string;
	attempts: number;
	lastAttemptAt: string | null;
}

export interface PhoneKey {
	name: 'ballot';
	value: string;
}

export class PhoneDB extends Dexie {
	declare readonly surveys: EntityTable<StoredSurvey, 'code'>;
	declare readonly drafts: EntityTable<PhoneDraft, 'code'>;
	declare readonly outbox: EntityTable<PhoneOutboxEntry, 'id'>;
	declare readonly keys: Table<PhoneKey, PhoneKey['name']>;

	constructor(name: string, dependencies?: IndexedDbDependencies) {
		super(name, dependencies);
		this.version(1).stores({
			surveys: 'code',
			drafts: 'code',
			outbox: 'id, code, status',
			keys: 'name'
		});
	}
}
