import type { DeviceActivity } from '$lib/api/activities-contract';
import type {
	Answers,
	AttendanceSignIn,
	BilingualMessage,
	FeedbackItem,
	FormDefinition,
	Group,
	Office,
	RespondentType,
	Response,
	School
} from '$lib/domain';

/** Master data is stored as the server sent it (already checked by the API contract). */
export type CachedForm = FormDefinition & {
	/**
	 * A version the last pull no longer had, kept only because a draft or a waiting record was filled
	 * on it: not offered for new drafts. A later pull that has it again overwrites the row, clearing it.
	 */
	retainedOnly?: true;
};
export type CachedGroup = Group;
export type CachedSchool = School;
export type CachedOffice = Office;
/** A participation activity the tablet may open for sign-ins (schema v4). */
export type CachedActivity = DeviceActivity;

/** A supervisor's visit: who collected, where, with which forms, from when to when. */
export interface CollectionSession {
	id: string;
	officeId: string;
	schoolId: string | null;
	groupIds: string[];
	formIds: string[];
	collectorName: string;
	collectorId: string | null;
	deviceId: string;
	startedAt: string;
	/** null while the session is open. */
	endedAt: string | null;
	/** Records submitted in the session. Kept here (schema v2) because sync empties the outbox. */
	recordCount: number;
	/**
	 * The participation activity whose sign-ins and evaluations this session collects (schema v4);
	 * absent for a survey visit.
	 */
	activityId?: string;
}

/** What a form filled on the tablet becomes. */
export type RecordKind = 'response' | 'feedback';
/** What the outbox carries: a form's record, or a sign-in to a participation activity. */
export type OutboxKind = RecordKind | 'attendance';

/** What a survey asks about the respondent outside the form's own questions. */
export interface RespondentFields {
	respondentType?: RespondentType;
	respondentTypeOther?: string;
	/** The group whose service is rated; fixed by a group's own form, chosen on an office-wide one. */
	groupId?: string;
}

/** One respondent's form in progress. Its id becomes the id of the record it turns into. */
export interface Draft {
	id: string;
	sessionId: string;
	formId: string;
	formVersion: number;
	kind: RecordKind;
	respondent: RespondentFields;
	answers: Answers;
	sectionIndex: number;
	startedAt: string;
	updatedAt: string;
}

export type OutboxState = 'pending' | 'needs_attention';

/** Why the last sync attempt of a record failed, in words the supervisor can read. */
export interface OutboxError {
	code: string;
	message: BilingualMessage;
	/** What in the record the server objected to, e.g. `answers.q3` (a rejection's details). */
	issues?: { path: string; code: string; message: BilingualMessage }[];
}

interface OutboxEntryBase {
	/** The record's id: the sync key. */
	id: string;
	sessionId: string | null;
	/** The form the record was filled on; null for a record that came in without one. */
	formId: string | null;
	formVersion: number | null;
	createdAt: string;
	/** UTF-8 size of the record as JSON, so the sync engine can bound a batch by bytes (schema v2). */
	bytes: number;
	attempts: number;
	lastAttemptAt: string | null;
	lastError: OutboxError | null;
	state: OutboxState;
}

/** A submitted record waiting for the server; it holds the record exactly as validated. */
export type OutboxEntry = OutboxEntryBase &
	(
		| { kind: 'response'; record: Response }
		| { kind: 'feedback'; record: FeedbackItem }
		| { kind: 'attendance'; record: AttendanceSignIn }
	);

/**
 * A sign-in as the supervisor's attendance sheet on the tablet shows it (schema v4). The record
 * itself travels in the outbox and leaves it when synced; this copy stays so the sheet, and the
 * check for a person signing twice, still work after a sync.
 */
export interface AttendanceEntry {
	id: string;
	activityId: string;
	sessionId: string;
	name: string;
	respondentType: RespondentType;
	schoolId: string | null;
	organisation: string;
	signed: boolean;
	signedAt: string;
	/** The sign-in this one repeats (the same person), counted once. */
	duplicateOf: string | null;
}

/** A supervisor PIN as stored: never the PIN, only a salted, slow hash of it. */
export interface PinHash {
	algorithm: 'PBKDF2-SHA256';
	iterations: number;
	/** base64 */
	salt: string;
	/** base64 */
	hash: string;
	setAt: string;
}

/**
 * A supervisor who proved their password on this tablet once, online (schema v3): from then on
 * they start sessions here offline, with a PIN of their own. The password never reaches the
 * device; `pin` is only a salted, slow hash.
 */
export interface TabletSupervisor {
	/** Their user id on the server: what sessions and records carry as `collectorId`. */
	id: string;
	username: string;
	displayName: string;
	officeId: string;
	/** null only between the password check and the first PIN; the app writes both together. */
	pin: PinHash | null;
	addedAt: string;
	/** When the server last confirmed their password for this tablet. */
	lastVerifiedAt: string;
}

export interface SettingValues {
	deviceId: string;
	/**
	 * The one device-wide PIN of tablets from before schema v3. Only a session started then (its
	 * `collectorId` is null) is left with it; new sessions use their supervisor's own PIN.
	 */
	supervisorPin: PinHash;
	/** When forms, groups and schools last came down from the server (ISO instant). */
	lastPulledAt: string;
	/** The typed collector's name of tablets from before schema v3; no longer read or written. */
	collectorName: string;
	/** The server's device token (secret): every sync request carries it. Absent: not enrolled. */
	deviceToken: string;
	/** What the server said when this device was enrolled; kept after a 401 to offer the name again. */
	enrollment: Enrollment;
	/** When the server last refused the token (401): the device must be enrolled again. */
	enrollmentLostAt: string;
	/** The last sync run that reached the server and left nothing pending (ISO instant). */
	lastSyncAt: string;
	/** Why the last sync run failed; cleared by the next run that succeeds. */
	lastSyncError: SyncFailure;
	/** The ETag of each master-data endpoint as last stored on the device, by path. */
	masterDataEtags: Record<string, string>;
	/** Which tab may sync, where the browser has no Web Locks (see sync-lock.ts). */
	syncLease: SyncLease;
}

export interface Enrollment {
	deviceId: string;
	officeId: string;
	deviceName: string;
	enrolledAt: string;
}

export interface SyncFailure {
	/** A SyncError reason, e.g. `offline`, `server`, `unauthorized`. */
	reason: string;
	message: BilingualMessage;
	at: string;
}

export interface SyncLease {
	holder: string;
	/** Epoch milliseconds: after it, another tab may take the lease (its holder was closed). */
	expiresAt: number;
}
export type Setting = {
	[K in keyof SettingValues]: { key: K; value: SettingValues[K] };
}[keyof SettingValues];
export type SettingKey = Setting['key'];

/** The size a record adds to a sync request body. */
export function recordBytes(record: unknown): number {
	return new TextEncoder().encode(JSON.stringify(record)).length;
}
