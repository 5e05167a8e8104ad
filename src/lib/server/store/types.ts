import type { ReportNote, ReportNoteKind } from '$lib/api/report-contract';
import type { accountsRepo } from '../repos/accounts.repo';
import type { surveyLinksRepo } from '../repos/survey-links.repo';
import type { transparencyRepo } from '../repos/transparency.repo';
import type { activitiesRepo } from '../repos/activities.repo';
import type { representativesRepo } from '../repos/representatives.repo';
import type {
	GroupAggregate,
	OpenAnswerAggregate,
	RatingAggregates,
	RatingFilter,
	TrendAggregate
} from '../reports/rating-aggregates';
import type {
	FeedbackItem,
	FeedbackStatus,
	FeedbackStatusLookup,
	FeedbackTrack,
	InboxFilter,
	PublicFeedbackSubmission,
	TrackingCode,
	FormDefinition,
	Group,
	Office,
	RespondentType,
	Response,
	RoleGrant,
	User,
	School,
	ValidationIssue
} from '$lib/domain';

export type StoreKind = 'pglite' | 'postgres';

export type AccountsRepo = ReturnType<typeof accountsRepo>;
export type TransparencyRepo = ReturnType<typeof transparencyRepo>;
export type SurveyLinksRepo = ReturnType<typeof surveyLinksRepo>;
export type ActivitiesRepo = ReturnType<typeof activitiesRepo>;
export type RepresentativesRepo = ReturnType<typeof representativesRepo>;

/** A user about to be created: the password already hashed. */
export interface NewUser {
	id: string;
	officeId: string;
	username: string;
	displayName: string;
	passwordHash: string;
	roles: readonly RoleGrant[];
}

export interface UserWithSecret {
	user: User;
	passwordHash: string;
}

/** A sign-in session; `id` is the sha256 (hex) of the token in the cookie. */
export interface StoredSession {
	id: string;
	userId: string;
	createdAt: Date;
	expiresAt: Date;
}

/** One line of the audit log. */
export interface AuditEntry {
	id: string;
	officeId: string | null;
	at: Date;
	actorId: string | null;
	actorName: string | null;
	/** e.g. `sign-in`, `sign-in-failed`, `roles-changed`, `device-revoked`, `responses-exported`. */
	action: string;
	subject: string | null;
	detail?: Record<string, unknown>;
}

/** A note on a group's report for a fiscal year (quarter null) or one quarter of it. */
export interface StoredReportNote extends ReportNote {
	officeId: string;
	groupId: string;
	fy: number;
	quarter: number | null;
	kind: ReportNoteKind;
}

export interface StoreHealth {
	store: StoreKind;
	/** `latest` is the tag of the newest applied migration, e.g. `0000_initial`. */
	migrations: { applied: number; latest: string | null };
}

/**
 * What happened to one record of a batch, in input order (`index`):
 * stored — new; duplicate — the same id with the same content was already there (a re-send);
 * conflict — the same id with different content is there, and was kept as it was;
 * rejected — invalid or naming something the store does not hold; nothing of it was written.
 */
export type InsertOutcome =
	| { index: number; id: string; status: 'stored' | 'duplicate' | 'conflict' }
	| { index: number; id: string | null; status: 'rejected'; issues: ValidationIssue[] };
export type InsertStatus = InsertOutcome['status'];

export type CreatePublicFeedbackOutcome =
	{ ok: true; id: string; trackingCode: string } | { ok: false; issues: ValidationIssue[] };

export type SetFeedbackStatusOutcome = 'changed' | 'not-allowed' | 'not-found';

/** An item as the staff inbox holds it: the item, its code and where it stands (issue 7). */
export type FeedbackForTriage = FeedbackItem & {
	trackingCode: string;
	status: FeedbackStatus;
	statusChangedAt: string;
};

/** One line of the inbox: the item without its contact, and its body cut to a preview. */
export type FeedbackInboxRow = Omit<FeedbackForTriage, 'contact' | 'body' | 'deviceId'> & {
	bodyStart: string;
};

/** The part of an office's feedback an inbox lists: see `feedbackInboxScope` in policy.ts. */
export interface FeedbackInboxQuery {
	officeId: string;
	/** Every group and both tracks; otherwise the general track of `groupIds` only. */
	wholeOffice: boolean;
	groupIds: readonly string[];
	filter: Omit<InboxFilter, 'overdueOnly'>;
}

/** One written entry of an item's life, as the staff see it: internal notes included. */
export interface FeedbackThreadEntry {
	id: string;
	at: string;
	text: string;
	public: boolean;
	/** null: the submitter's follow-up. */
	authorId: string | null;
	authorName: string | null;
	status: FeedbackStatus | null;
}

export interface FeedbackReplyInput {
	feedbackId: string;
	/** null: the submitter's follow-up, sent with the tracking code. */
	authorId: string | null;
	text: string;
	at: Date;
	public: boolean;
	/** The status set together with this reply, if any. */
	status?: FeedbackStatus;
}

export interface InsertReport {
	outcomes: InsertOutcome[];
	stored: number;
	duplicate: number;
	conflict: number;
	rejected: number;
}

/** One stored version of a form: a draft until published, then frozen. */
export interface FormVersionRow {
	form: FormDefinition;
	published: boolean;
	/** When the row was last written (a draft is rewritten on each save). */
	savedAt: string;
}

/** stored — a new version; updated — a draft was changed; unchanged — the same content was there. */
export type SaveFormStatus = 'stored' | 'updated' | 'unchanged';

/** A tablet enrolled to sync. `tokenHash` is all the server knows of its token. */
export interface EnrolledDevice {
	id: string;
	officeId: string;
	name: string;
	tokenHash: string;
	enrolledAt: string;
	lastSeenAt: string | null;
	revokedAt: string | null;
}

export interface EnrollInput {
	device: { id: string; name: string; tokenHash: string };
	/** A one-time code, by its hash; or an office directly, for the demo code (never stored). */
	via: { codeHash: string } | { officeId: string };
	now: Date;
}

/** code-invalid covers a code never issued and one already used: neither can be used now. */
export type EnrollOutcome =
	{ ok: true; device: EnrolledDevice } | { ok: false; reason: 'code-invalid' | 'code-expired' };

export type SyncSource = 'sync' | 'import';

/** Records of every kind from one sender, stored together or not at all. */
export interface SyncBatch {
	responses: readonly unknown[];
	feedback: readonly unknown[];
	/** Attendance sign-ins at participation activities (issue 8). */
	attendance: readonly unknown[];
	/** The device that sent them, for the conflict log. */
	deviceId: string | null;
	source: SyncSource;
	now: Date;
}

export interface SyncBatchReport {
	responses: InsertReport;
	feedback: InsertReport;
	attendance: InsertReport;
}

/** A record sent under an id the store holds with other content; the stored one was kept. */
export interface SyncConflict {
	id: string;
	officeId: string;
	recordKind: 'response' | 'feedback' | 'attendance';
	recordId: string;
	deviceId: string | null;
	source: SyncSource;
	/** The record as it was sent. */
	received: unknown;
	firstReceivedAt: string;
	lastReceivedAt: string;
	times: number;
}

export interface StoreCounts {
	offices: number;
	groups: number;
	schools: number;
	forms: number;
	responses: number;
	ratingAnswers: number;
	feedback: number;
}

/**
 * The server's only door to SQL. Every write validates its input with the domain parsers first:
 * the database never sees an unvalidated record. `officeId` filters are optional: all offices when
 * absent.
 */
export interface Store {
	kind: StoreKind;
	offices: {
		list(): Promise<Office[]>;
		/** Insert or update by id, all or nothing; throws DomainValidationError on invalid input. */
		upsert(offices: readonly unknown[]): Promise<number>;
	};
	groups: {
		/** Sorted by sortOrder, then by Thai name in Thai collation. */
		list(officeId?: string): Promise<Group[]>;
		upsert(groups: readonly unknown[]): Promise<number>;
	};
	schools: {
		/** Sorted by Thai name in Thai collation. */
		list(officeId?: string): Promise<School[]>;
		upsert(schools: readonly unknown[]): Promise<number>;
	};
	forms: {
		/** The latest published version of each form id, sorted by Thai title. */
		listPublished(officeId?: string): Promise<FormDefinition[]>;
		get(id: string, version: number): Promise<FormDefinition | null>;
		/** Every version of the office's forms, drafts included, by form id then version. */
		listVersions(officeId: string): Promise<FormVersionRow[]>;
		/** Every version of one form, oldest first. */
		versionsOfForm(id: string): Promise<FormVersionRow[]>;
		/** Deletes an unpublished version; false when there was none (a published one stays). */
		discardDraft(id: string, version: number): Promise<boolean>;
		/** Responses stored per version of a form. */
		responseCounts(id: string): Promise<Map<number, number>>;
		/**
		 * Saves one form version; publishing is saving it with `publishedAt` set. A published version
		 * is frozen: saving different content under it throws StoreError('form-version-frozen').
		 */
		save(form: unknown): Promise<{ status: SaveFormStatus; form: FormDefinition }>;
	};
	responses: {
		get(id: string): Promise<Response | null>;
		countByDevice(deviceId: string): Promise<number>;
	};
	feedback: {
		get(id: string): Promise<FeedbackItem | null>;
		countByDevice(deviceId: string): Promise<number>;
		/** From the public page: the store gives the id (UUIDv7) and a unique tracking code. */
		createPublic(
			officeId: string,
			submission: PublicFeedbackSubmission,
			now: Date,
			track?: FeedbackTrack
		): Promise<CreatePublicFeedbackOutcome>;
		trackingCodeOf(id: string): Promise<string | null>;
		idOfTrackingCode(code: TrackingCode): Promise<string | null>;
		/** The public view of an item: never its contact details, only public replies. */
		findByTrackingCode(code: TrackingCode, now: Date): Promise<FeedbackStatusLookup | null>;
		setStatus(id: string, to: FeedbackStatus, now: Date): Promise<SetFeedbackStatusOutcome>;
		/** The new reply's id; null when the item does not exist. */
		addReply(reply: FeedbackReplyInput): Promise<string | null>;
		/** The item with its code and status, for the staff (null: no such item). */
		getForTriage(id: string): Promise<FeedbackForTriage | null>;
		listForInbox(query: FeedbackInboxQuery): Promise<FeedbackInboxRow[]>;
		/** Every reply, note and follow-up, oldest first, with the author's name. */
		thread(id: string): Promise<FeedbackThreadEntry[]>;
		/**
		 * A staff reply, and the status it sets if any, written together; a transition the
		 * lifecycle does not allow writes nothing.
		 */
		triage(
			reply: FeedbackReplyInput & { authorId: string },
			now: Date
		): Promise<SetFeedbackStatusOutcome>;
		/** Gives the item to a group; false when there is no such item. */
		assign(id: string, groupId: string): Promise<boolean>;
		/** Counts one request on `key`; false once more than `limit` fall in the current window. */
		takeRateToken(key: string, limit: number, windowMs: number, now: Date): Promise<boolean>;
	};
	/**
	 * Idempotent by the device-made id, in one transaction: invalid records are rejected and
	 * reported, the valid ones stored; a known id is never overwritten.
	 */
	insertResponses(records: readonly unknown[]): Promise<InsertReport>;
	insertFeedback(items: readonly unknown[]): Promise<InsertReport>;
	devices: {
		/** Keeps a new enrollment code's hash; false when that hash exists already (draw another). */
		issueCode(code: {
			codeHash: string;
			officeId: string;
			createdAt: Date;
			expiresAt: Date;
		}): Promise<boolean>;
		/**
		 * Uses the code (once) and enrolls the device in its office, in one transaction. Enrolling a
		 * known device id again gives it the new token and lifts a revocation.
		 */
		enroll(input: EnrollInput): Promise<EnrollOutcome>;
		/** The unrevoked device holding this token hash, its `lastSeenAt` set to `now`. */
		authenticate(tokenHash: string, now: Date): Promise<EnrolledDevice | null>;
		get(id: string): Promise<EnrolledDevice | null>;
		/** By office, then name. */
		list(officeId?: string): Promise<EnrolledDevice[]>;
		/** null for an unknown device; revoking twice keeps the first time. */
		revoke(id: string, now: Date): Promise<EnrolledDevice | null>;
	};
	sync: {
		/**
		 * Stores responses, feedback items and attendance sign-ins like `insertResponses` and
		 * `insertFeedback`, but all in one transaction, and logs each conflict in `sync_conflicts`. `beforeCommit` is a
		 * fault-injection point for tests: whatever it throws rolls the whole batch back.
		 */
		storeBatch(
			batch: SyncBatch,
			options?: { beforeCommit?: () => Promise<void> }
		): Promise<SyncBatchReport>;
		/** Newest first. */
		conflicts(officeId?: string): Promise<SyncConflict[]>;
	};
	reports: {
		/** Rating counts per item, per dimension and overall, aggregated in the database. */
		ratingAggregates(filter: RatingFilter): Promise<RatingAggregates>;
		/** Per group: the overall rating counts of the group (the executive overview). */
		groupAggregates(filter: RatingFilter): Promise<GroupAggregate[]>;
		/** Per fiscal quarter (Bangkok calendar) of the filter's period: the overall rating counts. */
		ratingTrend(filter: RatingFilter): Promise<TrendAggregate[]>;
		/** Responses (with or without rating answers) per respondent type. */
		respondentCounts(filter: RatingFilter): Promise<Partial<Record<RespondentType, number>>>;
		/** Non-blank answers to these text questions, identical ones merged, most frequent first. */
		openAnswers(
			filter: RatingFilter,
			questionKeys: readonly string[],
			limitPerQuestion: number
		): Promise<OpenAnswerAggregate[]>;
		/** The responses themselves, oldest first, for the raw export. */
		responses(filter: RatingFilter): Promise<Response[]>;
		notes: {
			/** The notes on reports of these groups for one fiscal period (`quarter` null: the year). */
			list(
				officeId: string,
				period: { fy: number; quarter: number | null },
				groupIds?: readonly string[]
			): Promise<StoredReportNote[]>;
			/** Records or replaces the note of this kind; returns it as stored. */
			save(
				note: Omit<StoredReportNote, 'updatedAt'> & { updatedAt: Date }
			): Promise<StoredReportNote>;
		};
	};
	/** Users, roles, sessions, the sign-in throttle and the audit log (issue 6). */
	accounts: AccountsRepo;
	/** The published "you said, we did" pages (issue 7). */
	transparency: TransparencyRepo;
	/** Surveys by link or QR code, and the ballots of their respondents' phones (issue 8). */
	surveyLinks: SurveyLinksRepo;
	/** Participation activities, their invitations, sign-ins and evaluation counts (issue 8). */
	activities: ActivitiesRepo;
	/** The stakeholder representatives of the groups (issue 8). */
	representatives: RepresentativesRepo;
	counts(officeId?: string): Promise<StoreCounts>;
	health(): Promise<StoreHealth>;
	close(): Promise<void>;
}
