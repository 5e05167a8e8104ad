import type {
	FeedbackItem,
	FormDefinition,
	Group,
	Office,
	Response,
	School,
	ValidationIssue
} from '$lib/domain';

export type StoreKind = 'pglite' | 'postgres';

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

export interface InsertReport {
	outcomes: InsertOutcome[];
	stored: number;
	duplicate: number;
	conflict: number;
	rejected: number;
}

/** stored — a new version; updated — a draft was changed; unchanged — the same content was there. */
export type SaveFormStatus = 'stored' | 'updated' | 'unchanged';

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
	};
	/**
	 * Idempotent by the device-made id, in one transaction: invalid records are rejected and
	 * reported, the valid ones stored; a known id is never overwritten.
	 */
	insertResponses(records: readonly unknown[]): Promise<InsertReport>;
	insertFeedback(items: readonly unknown[]): Promise<InsertReport>;
	counts(officeId?: string): Promise<StoreCounts>;
	health(): Promise<StoreHealth>;
	close(): Promise<void>;
}
