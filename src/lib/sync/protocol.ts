import { z } from 'zod';
import { BilingualMessage } from '$lib/api/contract';
import { AttendanceSignIn, FeedbackItem, IsoDateTime, OfficeId, Response } from '$lib/domain';

/*
 * The sync wire protocol, shared by the device and the server. The device pushes the records of
 * its outbox in batches to `POST /api/sync`; the server answers for each record, in order. A record
 * leaves the outbox only when the server said `stored` or `duplicate`: both mean "the server holds
 * exactly this record", so resending after a lost answer is always safe.
 */

// ---------------------------------------------------------------------------------------------
// Limits

/**
 * Records per request. The server answers 413 above it. 200 standard-form responses (about 1 KB
 * each) come to about 200 KB, so for ordinary records the count binds before the bytes do.
 */
export const maxBatchRecords = 200;

/**
 * The request body a device packs a batch into, at most (UTF-8 bytes of the whole JSON body, see
 * `syncRequestBytes`). Half of `maxRequestBytes`, so a client that counts a little wrong, or a
 * proxy that re-encodes, never meets the hard limit.
 */
export const maxBatchBytes = 256 * 1024;

/**
 * The largest request body the server reads; above it, 413. It equals adapter-node's default
 * `BODY_SIZE_LIMIT` (512K), which must not be set lower on a server that takes sync. A record too
 * big for `maxBatchBytes` is sent alone and still fits, unless it exceeds this: such a record
 * cannot be synced and leaves the device by the outbox export file (`npm run sync:import`).
 */
export const maxRequestBytes = 512 * 1024;

/** An enrollment request is a few short fields. */
export const maxEnrollmentRequestBytes = 4 * 1024;

// ---------------------------------------------------------------------------------------------
// Records

export const RecordKind = z.enum(['response', 'feedback', 'attendance']);
export type RecordKind = z.infer<typeof RecordKind>;

/** One record of a batch, as the device sends it: the record exactly as it was validated there. */
export const SyncRecord = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('response'), record: Response }),
	z.object({ kind: z.literal('feedback'), record: FeedbackItem }),
	z.object({ kind: z.literal('attendance'), record: AttendanceSignIn })
]);
export type SyncRecord = z.input<typeof SyncRecord>;

/** `Authorization: Bearer <token>` carries the device token; `deviceId` must be the token's device. */
export const SyncRequest = z.object({
	deviceId: z.uuid(),
	records: z.array(SyncRecord).max(maxBatchRecords)
});
export type SyncRequest = z.input<typeof SyncRequest>;

/**
 * How the server reads a request: the envelope first, then each record on its own, so that one
 * bad record is rejected alone instead of failing its whole batch.
 */
export const SyncRequestEnvelope = z.object({ deviceId: z.uuid(), records: z.array(z.unknown()) });
export const SyncRecordEnvelope = z.object({ kind: RecordKind, record: z.unknown() });

// ---------------------------------------------------------------------------------------------
// Answers

/** One problem with a rejected record, named by its path in the record (e.g. `answers.q3`). */
export const RecordIssue = z.object({
	path: z.string(),
	code: z.string(),
	message: BilingualMessage
});
export type RecordIssue = z.infer<typeof RecordIssue>;

/**
 * Why the server rejected a record. A rejected record stays on the device ("needs attention"):
 * retrying it unchanged gets the same answer.
 * invalid-record — it breaks the shared schemas or its form's rules (see `issues`);
 * unknown-form-version — it was filled on a form version the server does not hold as published;
 * unknown-reference — it names an office, group, school or activity the server does not have;
 * conflict — the server holds a different record under the same id; it was kept, and the one sent
 *   was logged for an administrator;
 * wrong-office — the record is of another office than the device is enrolled in;
 * wrong-device — the record names another device;
 * unstorable — the database refused it (e.g. a text with a NUL character).
 */
export const RecordRejectionCode = z.enum([
	'invalid-record',
	'unknown-form-version',
	'unknown-reference',
	'conflict',
	'wrong-office',
	'wrong-device',
	'unstorable'
]);
export type RecordRejectionCode = z.infer<typeof RecordRejectionCode>;

/** `code` is a plain string on the wire: a newer server may add codes an older device must carry. */
export const RecordError = z.object({
	code: z.string(),
	message: BilingualMessage,
	issues: z.array(RecordIssue).optional()
});
export type RecordError = z.infer<typeof RecordError>;

/** `id` is the record's id, or null when the server could not read one from it. */
export const SyncResult = z.discriminatedUnion('status', [
	z.object({ id: z.string().nullable(), status: z.enum(['stored', 'duplicate']) }),
	z.object({ id: z.string().nullable(), status: z.literal('rejected'), error: RecordError })
]);
export type SyncResult = z.infer<typeof SyncResult>;
export type SyncStatus = SyncResult['status'];

/** `results[i]` answers `records[i]` of the request. */
export const SyncResponse = z.object({ results: z.array(SyncResult) });
export type SyncResponse = z.infer<typeof SyncResponse>;

/**
 * The `error.code` of a whole request that failed (the body is an `ApiError`):
 * device-not-enrolled (401) — no token, an unknown or revoked one, or one of another device: the
 *   device must be enrolled again, and keeps its outbox;
 * malformed-json, invalid-request (400) — a client bug: the body is not JSON, or not a request;
 * batch-too-large (413) — split the batch (`SyncLimitsExceeded` says the limits);
 * enrollment-code-invalid, enrollment-code-expired (401) — ask the administrator for a new code.
 */
export const SyncApiErrorCode = z.enum([
	'device-not-enrolled',
	'malformed-json',
	'invalid-request',
	'batch-too-large',
	'enrollment-code-invalid',
	'enrollment-code-expired'
]);
export type SyncApiErrorCode = z.infer<typeof SyncApiErrorCode>;

/** The 413 body: an ApiError that also says what to split the batch into. */
export const SyncLimitsExceeded = z.object({
	error: z.object({
		code: z.literal('batch-too-large'),
		message: BilingualMessage,
		limits: z.object({ maxRecords: z.int().min(1), maxBytes: z.int().min(1) })
	})
});
export type SyncLimitsExceeded = z.infer<typeof SyncLimitsExceeded>;

// ---------------------------------------------------------------------------------------------
// Enrollment

/** `POST /api/devices/enroll`: the code an administrator gave, once, while online. */
export const EnrollmentRequest = z.object({
	code: z.string().trim().min(1).max(64),
	/** The device's own id (its `deviceId` setting), which its records carry. */
	deviceId: z.uuid(),
	/** What the administrator will see in the device list, e.g. "แท็บเล็ต 3 กลุ่มนิเทศฯ". */
	name: z.string().trim().min(1).max(100)
});
export type EnrollmentRequest = z.input<typeof EnrollmentRequest>;

/** The token is shown once: the server keeps only its hash. The device keeps it for every sync. */
export const EnrollmentResponse = z.object({
	deviceId: z.uuid(),
	officeId: OfficeId,
	token: z.string().min(32),
	enrolledAt: IsoDateTime
});
export type EnrollmentResponse = z.infer<typeof EnrollmentResponse>;

// ---------------------------------------------------------------------------------------------
// The outbox export file: the way out when sync is impossible

export const outboxExportFormat = 'ruamjai-outbox';
export const outboxExportVersion = 1;

const exportedState = {
	/** Where the record stood on the device; the server imports both alike. */
	state: z.enum(['pending', 'needs_attention']).optional(),
	lastError: RecordError.nullable().optional()
};

export const OutboxExportRecord = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('response'), record: Response, ...exportedState }),
	z.object({ kind: z.literal('feedback'), record: FeedbackItem, ...exportedState }),
	z.object({ kind: z.literal('attendance'), record: AttendanceSignIn, ...exportedState })
]);
export type OutboxExportRecord = z.input<typeof OutboxExportRecord>;

/** What the supervisor saves from the device; `npm run sync:import -- file.json` takes it. */
export const OutboxExport = z.object({
	format: z.literal(outboxExportFormat),
	version: z.literal(outboxExportVersion),
	deviceId: z.uuid(),
	exportedAt: IsoDateTime,
	records: z.array(OutboxExportRecord)
});
export type OutboxExport = z.input<typeof OutboxExport>;

/** How the server reads a file: its records one by one, like a sync request's. */
export const OutboxExportEnvelope = OutboxExport.extend({ records: z.array(z.unknown()) });

// ---------------------------------------------------------------------------------------------
// Packing batches

const encoder = new TextEncoder();

function utf8Bytes(text: string): number {
	return encoder.encode(text).length;
}

/** What `{"kind":…,"record":…}` adds around a record of `bytes` bytes. */
function itemBytes(kind: RecordKind, bytes: number): number {
	return utf8Bytes(JSON.stringify({ kind, record: null })) - 'null'.length + bytes;
}

/**
 * The exact size of `JSON.stringify({ deviceId, records })` for records of these kinds and sizes
 * (each `bytes` being the UTF-8 size of the record's JSON, as the outbox keeps it).
 */
export function syncRequestBytes(
	deviceId: string,
	records: readonly { kind: RecordKind; bytes: number }[]
): number {
	const envelope = utf8Bytes(JSON.stringify({ deviceId, records: [] }));
	const commas = Math.max(0, records.length - 1);
	return records.reduce((total, r) => total + itemBytes(r.kind, r.bytes), envelope + commas);
}

/**
 * The next batch: the longest prefix of `entries` (oldest first) within `maxBatchRecords` and
 * `maxBatchBytes`. The first entry is always taken, so a record bigger than a batch goes alone;
 * whether it fits in a request at all is `syncRequestBytes(deviceId, [entry]) <= maxRequestBytes`.
 */
export function takeBatch<T extends { kind: RecordKind; bytes: number }>(
	deviceId: string,
	entries: readonly T[]
): T[] {
	let total = utf8Bytes(JSON.stringify({ deviceId, records: [] }));
	const batch: T[] = [];
	for (const entry of entries) {
		if (batch.length === maxBatchRecords) break;
		const added = itemBytes(entry.kind, entry.bytes) + (batch.length > 0 ? 1 : 0);
		if (batch.length > 0 && total + added > maxBatchBytes) break;
		total += added;
		batch.push(entry);
	}
	return batch;
}
