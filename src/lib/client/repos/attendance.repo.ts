import { Dexie } from 'dexie';
import {
	AttendanceSignIn,
	issuesFromZod,
	newId,
	personKey,
	type RespondentType,
	type Validated
} from '$lib/domain';
import { withStorageErrors } from '../storage';
import { recordBytes, type AttendanceEntry, type OutboxEntry } from '../db/tables';
import { CollectionError } from './collection-error';
import { nowIso, type RepoContext } from './context';

/** What a participant gives at the sign-in screen. */
export interface SignInInput {
	name: string;
	respondentType: RespondentType | undefined;
	schoolId: string | null;
	organisation: string;
	/** The compact path of a drawn signature (encodeSignature), or null without one. */
	signature: string | null;
}

export type SignedIn = {
	entry: AttendanceEntry;
	/** The earlier sign-in of the same person on this tablet: this one is kept, counted once. */
	duplicateOf: AttendanceEntry | undefined;
};

/**
 * Sign-ins to a participation activity (issue 8). Each is a record of its own in the outbox, synced
 * exactly once like a response; the tablet also keeps its attendance sheet of them.
 */
export class AttendanceRepo {
	constructor(private readonly context: RepoContext) {}

	/**
	 * Signs a participant in to the activity of the open session. A second sign-in of the same
	 * person is kept too (never dropped), marked as a repeat; the reports count the person once.
	 */
	signIn(sessionId: string, input: SignInInput): Promise<Validated<SignedIn>> {
		const { db } = this.context;
		return withStorageErrors(() =>
			// One transaction: the record, its line on the sheet and the session's count go together.
			db.transaction('rw', [db.sessions, db.outbox, db.attendance], async () => {
				const session = await db.sessions.get(sessionId);
				if (!session) throw new CollectionError('session-not-found', sessionId);
				if (session.endedAt !== null) throw new CollectionError('session-ended', sessionId);
				if (session.activityId === undefined) {
					throw new CollectionError('session-without-activity', sessionId);
				}
				const parsed = AttendanceSignIn.safeParse(
					{
						id: newId(),
						officeId: session.officeId,
						activityId: session.activityId,
						name: input.name,
						respondentType: input.respondentType,
						schoolId: input.schoolId,
						organisation: input.organisation,
						signature: input.signature,
						signedAt: nowIso(this.context),
						deviceId: session.deviceId,
						sessionId: session.id
					},
					{ reportInput: true }
				);
				if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) } as const;
				const record = parsed.data;

				const key = personKey(record);
				const earlier = await sheetOf(db, record.activityId);
				const duplicateOf = earlier.find((e) => e.duplicateOf === null && personKey(e) === key);
				const entry: AttendanceEntry = {
					id: record.id,
					activityId: record.activityId,
					sessionId: session.id,
					name: record.name,
					respondentType: record.respondentType,
					schoolId: record.schoolId,
					organisation: record.organisation,
					signed: record.signature !== null,
					signedAt: record.signedAt,
					duplicateOf: duplicateOf?.id ?? null
				};
				const outboxEntry: OutboxEntry = {
					kind: 'attendance',
					record,
					id: record.id,
					sessionId: session.id,
					formId: null,
					formVersion: null,
					createdAt: record.signedAt,
					bytes: recordBytes(record),
					attempts: 0,
					lastAttemptAt: null,
					lastError: null,
					state: 'pending'
				};
				await db.outbox.add(outboxEntry);
				await db.attendance.add(entry);
				await db.sessions.update(session.id, { recordCount: session.recordCount + 1 });
				return { ok: true, value: { entry, duplicateOf } } as const;
			})
		);
	}

	/** The activity's sign-ins made on this tablet, in the order people signed. */
	sheet(activityId: string): Promise<AttendanceEntry[]> {
		return withStorageErrors(() => sheetOf(this.context.db, activityId));
	}
}

function sheetOf(db: RepoContext['db'], activityId: string): Promise<AttendanceEntry[]> {
	return db.attendance
		.where('[activityId+signedAt]')
		.between([activityId, Dexie.minKey], [activityId, Dexie.maxKey])
		.toArray();
}
