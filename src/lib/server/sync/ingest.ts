import { issuesFromZod } from '$lib/domain';
import type { InsertReport, Store, SyncSource } from '$lib/server/store';
import { SyncRecordEnvelope, type RecordKind, type SyncResult } from '$lib/sync/protocol';
import {
	conflictError,
	refusedByStore,
	rejected,
	unstorableError,
	wrongDeviceError,
	wrongOfficeError
} from './rejections';

/** Who sends a batch, and so what its records may claim. */
export interface Sender {
	/** Records must name this device, or no device. */
	deviceId: string;
	/** Records must be of this office; null for an administrator's import, which may hold any. */
	officeId: string | null;
	source: SyncSource;
}

export interface IngestOptions {
	now?: Date;
	/** Passed to `store.sync.storeBatch`: a fault-injection point for tests. */
	beforeCommit?: () => Promise<void>;
}

/** A record headed for the store, with its place in the request. */
interface Slot {
	index: number;
	kind: RecordKind;
	record: unknown;
}

/**
 * Validates and stores one batch of `{ kind, record }` items and answers for each, in order:
 * stored; duplicate (the same id and content was there: a resend); or rejected with a reason. A
 * record sent again under a stored id with other content is rejected as a conflict and logged,
 * never stored over the original. Records of every kind go in one transaction.
 *
 * Each record is judged on its own: a bad one is rejected and the others are stored. That holds
 * even for a record that passes every check but the database still refuses (a data exception):
 * the batch is then rolled back and stored again record by record, and that record alone is
 * rejected as unstorable. Any other failure (the database unreachable) throws, with nothing of
 * the batch stored, and the device sends it again later.
 */
export async function ingestRecords(
	store: Store,
	sender: Sender,
	items: readonly unknown[],
	options: IngestOptions = {}
): Promise<SyncResult[]> {
	const now = options.now ?? new Date();
	const results = new Array<SyncResult | undefined>(items.length);
	const slots: Slot[] = [];

	items.forEach((item, index) => {
		const envelope = SyncRecordEnvelope.safeParse(item, { reportInput: true });
		if (!envelope.success) {
			const record = (item as { record?: unknown } | null)?.record;
			results[index] = rejected(
				idOf(record),
				refusedByStore(record, issuesFromZod(envelope.error))
			);
			return;
		}
		const { kind, record } = envelope.data;
		const refusal = refusedBySender(sender, record);
		if (refusal !== null) results[index] = refusal;
		else slots.push({ index, kind, record });
	});

	try {
		await storeSlots(store, sender, slots, results, { ...options, now });
	} catch (error) {
		if (!isDataException(error)) throw error;
		// Some record's content is at fault: find which, storing them one by one.
		for (const slot of slots) {
			try {
				await storeSlots(store, sender, [slot], results, { now });
			} catch (single) {
				if (!isDataException(single)) throw single;
				results[slot.index] = unstorable(slot, single);
			}
		}
	}

	return results.map((result, index) => {
		if (result === undefined) throw new Error(`record ${index} of the batch was left unanswered`);
		return result;
	});
}

async function storeSlots(
	store: Store,
	sender: Sender,
	slots: readonly Slot[],
	results: (SyncResult | undefined)[],
	options: IngestOptions & { now: Date }
): Promise<void> {
	if (slots.length === 0) return;
	// In id order: two overlapping batches (two tabs) then lock their rows in the same order, and
	// one waits for the other instead of deadlocking.
	const ordered = [...slots].sort((a, b) => compare(idOf(a.record), idOf(b.record)));
	const responses = ordered.filter((s) => s.kind === 'response');
	const feedback = ordered.filter((s) => s.kind === 'feedback');
	const attendance = ordered.filter((s) => s.kind === 'attendance');
	const report = await store.sync.storeBatch(
		{
			responses: responses.map((s) => s.record),
			feedback: feedback.map((s) => s.record),
			attendance: attendance.map((s) => s.record),
			deviceId: sender.deviceId,
			source: sender.source,
			now: options.now
		},
		{ beforeCommit: options.beforeCommit }
	);
	// Answers are written only after the commit: a rolled-back batch leaves none behind.
	answer(responses, report.responses, results);
	answer(feedback, report.feedback, results);
	answer(attendance, report.attendance, results);
}

function answer(
	slots: readonly Slot[],
	report: InsertReport,
	results: (SyncResult | undefined)[]
): void {
	for (const outcome of report.outcomes) {
		const slot = slots[outcome.index]!;
		switch (outcome.status) {
			case 'stored':
			case 'duplicate':
				results[slot.index] = { id: outcome.id, status: outcome.status };
				break;
			case 'conflict':
				results[slot.index] = rejected(outcome.id, conflictError);
				break;
			case 'rejected':
				results[slot.index] = rejected(outcome.id, refusedByStore(slot.record, outcome.issues));
				break;
		}
	}
}

/** A device may send only its own records of its own office. */
function refusedBySender(sender: Sender, record: unknown): SyncResult | null {
	if (typeof record !== 'object' || record === null) return null;
	const { officeId, deviceId } = record as { officeId?: unknown; deviceId?: unknown };
	if (sender.officeId !== null && typeof officeId === 'string' && officeId !== sender.officeId) {
		return rejected(idOf(record), wrongOfficeError(officeId, sender.officeId));
	}
	if (typeof deviceId === 'string' && deviceId !== sender.deviceId) {
		return rejected(idOf(record), wrongDeviceError(deviceId));
	}
	return null;
}

function unstorable(slot: Slot, error: unknown): SyncResult {
	const id = idOf(slot.record);
	// The operator's side of the story; the record's content stays out of the log (PDPA).
	console.warn(`ruamjai: sync: ${slot.kind} ${id} refused by the database: ${sqlMessage(error)}`);
	return rejected(id, unstorableError);
}

function compare(a: string | null, b: string | null): number {
	return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

function idOf(record: unknown): string | null {
	const id = (record as { id?: unknown } | null | undefined)?.id;
	return typeof id === 'string' ? id : null;
}

/** The driver's error under Drizzle's wrapping, if any. */
function sqlError(error: unknown): { code: string; message: string } | null {
	for (let e = error; e !== null && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
			return { code, message: (e as { message?: string }).message ?? code };
		}
	}
	return null;
}

/**
 * SQLSTATE class 22 (data exception, e.g. a NUL character in text) or 23 (integrity constraint):
 * the content is at fault, so storing it again will fail again, unlike a lost connection.
 */
function isDataException(error: unknown): boolean {
	const code = sqlError(error)?.code;
	return code !== undefined && (code.startsWith('22') || code.startsWith('23'));
}

function sqlMessage(error: unknown): string {
	const found = sqlError(error);
	return found ? `${found.code} ${found.message}` : String(error);
}
