import type { DeviceStore, OutboxEntry, OutboxError } from '$lib/client/repos';
import {
	maxBatchBytes,
	maxBatchRecords,
	SyncLimitsExceeded,
	syncRequestBytes,
	SyncResponse,
	takeBatch,
	type SyncRecord,
	type SyncRequest,
	type SyncResult
} from '$lib/sync/protocol';
import { exchange, parseReply, type FetchJsonOptions, type Reply } from '../fetch-json';
import { SyncError, syncErrorMessage } from '../sync-error';

export const syncUrl = '/api/sync';

/** A batch on a slow mobile uplink (256 KB at ~20 KB/s) needs well over fetchJson's 15 s. */
export const pushTimeoutMs = 45_000;

export interface SyncProgress {
	/** Records the server has answered for in this run. */
	sent: number;
	/** `sent` plus what is still pending: grows if records are submitted during the run. */
	total: number;
}

export interface PushReport {
	stored: number;
	duplicate: number;
	rejected: number;
	/** Requests that got an answer, 413s included. */
	requests: number;
}

export interface PushOptions extends FetchJsonOptions {
	onProgress?: (progress: SyncProgress) => void;
}

interface Limits {
	maxRecords: number;
	maxBytes: number;
}

/**
 * Sends the outbox to the server, oldest first, in batches within the protocol's limits, and
 * applies the server's answer record by record. The invariants:
 * - a record leaves the outbox only on `stored` or `duplicate` (removeSynced), never otherwise;
 * - a `rejected` record moves to "needs attention" with the server's reason, and is never deleted;
 * - anything else (no answer, 5xx, an answer that cannot be read) changes nothing but the
 *   attempt count, and ends the run with a SyncError: the same batch goes again next run, and the
 *   server, keyed by the records' ids, stores each once however often it arrives.
 *
 * Throws SyncError: 'not-enrolled' (no token), 'unauthorized' (401: the token is forgotten and
 * the device must be enrolled again; the outbox is kept), or a failure to retry later. Rejects
 * with the signal's reason when `signal` aborts (e.g. the tab is closing): nothing is lost.
 */
export async function pushOutbox(
	device: DeviceStore,
	options: PushOptions = {}
): Promise<PushReport> {
	const { settings, records } = device;
	const stored = await settings.deviceToken();
	if (stored === undefined) throw new SyncError('not-enrolled');
	const token: string = stored;
	const deviceId = await settings.deviceId();
	const requestOptions = { ...options, timeoutMs: options.timeoutMs ?? pushTimeoutMs };
	const report: PushReport = { stored: 0, duplicate: 0, rejected: 0, requests: 0 };
	// The server may say (in a 413) that it takes less than the protocol's limits.
	const limits: Limits = { maxRecords: maxBatchRecords, maxBytes: maxBatchBytes };
	const sentIds = new Set<string>();

	let sent = 0;
	let pending = (await records.outboxCounts()).pending;
	if (pending === 0) return report;
	options.onProgress?.({ sent, total: pending });

	for (;;) {
		options.signal?.throwIfAborted();
		const entries = await records.listOutbox({ state: 'pending', limit: limits.maxRecords });
		if (entries.length === 0) break;
		// Every answered record leaves `pending`; seeing one again would mean an endless loop.
		if (entries.some((e) => sentIds.has(e.id))) {
			throw new Error('pushOutbox: an answered record is still pending');
		}
		const batch = withinLimits(deviceId, takeBatch(deviceId, entries), limits);
		await sendBatch(batch);
		for (const entry of batch) sentIds.add(entry.id);
		sent += batch.length;
		pending = (await records.outboxCounts()).pending;
		options.onProgress?.({ sent, total: sent + pending });
	}
	return report;

	async function sendBatch(batch: OutboxEntry[]): Promise<void> {
		const body: SyncRequest = {
			deviceId,
			records: batch.map(syncRecordOf)
		};
		let reply: Reply;
		try {
			reply = await exchange(
				syncUrl,
				{
					method: 'POST',
					headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
					body: JSON.stringify(body)
				},
				requestOptions
			);
		} catch (error) {
			if (error instanceof SyncError) await failAttempt(batch, error);
			throw error;
		}
		report.requests += 1;

		if (reply.status === 401) {
			// Only this token: another tab may have enrolled again meanwhile.
			await settings.forgetDeviceToken(token);
			throw new SyncError('unauthorized', reply.text.slice(0, 200));
		}
		if (reply.status === 413) return splitAndSend(batch, reply);
		if (reply.status >= 400 && reply.status < 500) {
			// The server refused the request itself (malformed-json, invalid-request): an app bug that
			// retrying will not fix, but an update might; the records wait.
			return failAttempt(batch, new SyncError('bad-request', `HTTP ${reply.status}`), true);
		}
		if (reply.status < 200 || reply.status > 299) {
			return failAttempt(batch, new SyncError('server', `HTTP ${reply.status}`), true);
		}

		let results: SyncResult[];
		try {
			results = answersFor(batch, parseReply(reply, SyncResponse).results);
		} catch (error) {
			if (error instanceof SyncError) await failAttempt(batch, error);
			throw error;
		}
		await applyAnswers(batch, results);
	}

	async function splitAndSend(batch: OutboxEntry[], reply: Reply): Promise<void> {
		const told = readLimits(reply);
		if (told) {
			limits.maxRecords = Math.min(limits.maxRecords, told.maxRecords);
			limits.maxBytes = Math.min(limits.maxBytes, told.maxBytes);
		}
		if (batch.length === 1) {
			// Alone and still too large: the export file is its only way out.
			const [entry] = batch;
			await records.markNeedsAttention(entry!.id, outboxError(new SyncError('too-large')));
			report.rejected += 1;
			return;
		}
		const half = Math.ceil(batch.length / 2);
		await sendBatch(batch.slice(0, half));
		await sendBatch(batch.slice(half));
	}

	async function applyAnswers(batch: OutboxEntry[], results: SyncResult[]): Promise<void> {
		const synced: string[] = [];
		for (const [i, result] of results.entries()) {
			const entry = batch[i]!;
			if (result.status === 'rejected') {
				await records.markNeedsAttention(entry.id, {
					code: result.error.code,
					message: result.error.message,
					...(result.error.issues ? { issues: result.error.issues } : {})
				});
				report.rejected += 1;
			} else {
				synced.push(entry.id);
				report[result.status] += 1;
			}
		}
		await records.removeSynced(synced);
	}

	async function failAttempt(batch: OutboxEntry[], error: SyncError, rethrow = false) {
		await records.recordFailedAttempt(
			batch.map((e) => e.id),
			outboxError(error)
		);
		if (rethrow) throw error;
	}
}

/** The answers, checked to be one per record, in order: anything else changes nothing. */
function answersFor(batch: OutboxEntry[], results: SyncResult[]): SyncResult[] {
	if (results.length !== batch.length) {
		throw new SyncError(
			'invalid-response',
			`${results.length} answers for ${batch.length} records`
		);
	}
	results.forEach((result, i) => {
		// null: the server could not read an id from the record; its place in the batch still says which.
		if (result.id !== null && result.id !== batch[i]!.id) {
			throw new SyncError('invalid-response', `answer ${i} is for ${result.id}`);
		}
	});
	return results;
}

/** The longest prefix of `batch` within `limits`, at least one record. */
function withinLimits(deviceId: string, batch: OutboxEntry[], limits: Limits): OutboxEntry[] {
	let count = Math.min(batch.length, limits.maxRecords);
	while (count > 1 && syncRequestBytes(deviceId, batch.slice(0, count)) > limits.maxBytes) count--;
	return batch.slice(0, count);
}

function readLimits(reply: Reply): Limits | undefined {
	try {
		return parseReply(reply, SyncLimitsExceeded).error.limits;
	} catch {
		// A 413 from a proxy in front of the server has no limits in it: halving still works.
		return undefined;
	}
}

function outboxError(error: SyncError): OutboxError {
	return { code: error.reason, message: syncErrorMessage(error.reason) };
}

/** The entry as the wire carries it; a switch, so a new kind of record cannot be forgotten here. */
function syncRecordOf(entry: OutboxEntry): SyncRecord {
	switch (entry.kind) {
		case 'response':
			return { kind: 'response', record: entry.record };
		case 'feedback':
			return { kind: 'feedback', record: entry.record };
		case 'attendance':
			return { kind: 'attendance', record: entry.record };
	}
}
