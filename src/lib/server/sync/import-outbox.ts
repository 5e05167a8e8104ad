import { issuesFromZod } from '$lib/domain';
import type { Store } from '$lib/server/store';
import {
	OutboxExportEnvelope,
	outboxExportFormat,
	outboxExportVersion,
	type SyncResult
} from '$lib/sync/protocol';
import { ingestRecords } from './ingest';

export type OutboxImportErrorReason = 'not-json' | 'not-an-outbox-export' | 'unsupported-version';

/** A file that cannot be imported at all; nothing of it was stored. */
export class OutboxImportError extends Error {
	constructor(
		readonly reason: OutboxImportErrorReason,
		message: string
	) {
		super(message);
		this.name = 'OutboxImportError';
	}
}

export interface OutboxImportReport {
	deviceId: string;
	exportedAt: string;
	stored: number;
	duplicate: number;
	rejected: number;
	/** One per record of the file, in its order. */
	results: SyncResult[];
}

/** Records per transaction: a file may hold a device's whole outbox. */
const importBatchSize = 500;

/**
 * Imports an outbox export file (`OutboxExport`) with the rules of `POST /api/sync`: a record
 * already stored is a duplicate, one stored with other content a logged conflict, a bad one
 * rejected alone. Importing a file twice, or a file whose records have synced meanwhile, stores
 * nothing twice. The records may be of any office (an administrator imports them), but must name
 * the file's device or none.
 */
export async function importOutboxExport(
	store: Store,
	text: string,
	options: { now?: Date } = {}
): Promise<OutboxImportReport> {
	let content: unknown;
	try {
		content = JSON.parse(text);
	} catch (error) {
		throw new OutboxImportError(
			'not-json',
			`The file is not JSON (${error instanceof Error ? error.message : String(error)}).`
		);
	}
	const { format, version } = (content ?? {}) as { format?: unknown; version?: unknown };
	if (format === outboxExportFormat && version !== outboxExportVersion) {
		throw new OutboxImportError(
			'unsupported-version',
			`The file is an outbox export of version ${String(version)}; this server reads version ${outboxExportVersion}. Update the server.`
		);
	}
	const file = OutboxExportEnvelope.safeParse(content, { reportInput: true });
	if (!file.success) {
		const issue = issuesFromZod(file.error)[0];
		throw new OutboxImportError(
			'not-an-outbox-export',
			`The file is not a Ruamjai outbox export (${issue ? `${issue.path || '(file)'}: ${issue.message.en}` : 'unknown shape'}).`
		);
	}

	const { deviceId, exportedAt, records } = file.data;
	const sender = { deviceId, officeId: null, source: 'import' as const };
	const results: SyncResult[] = [];
	for (let start = 0; start < records.length; start += importBatchSize) {
		const batch = records.slice(start, start + importBatchSize);
		results.push(...(await ingestRecords(store, sender, batch, options)));
	}
	const count = (status: SyncResult['status']) => results.filter((r) => r.status === status).length;
	return {
		deviceId,
		exportedAt,
		stored: count('stored'),
		duplicate: count('duplicate'),
		rejected: count('rejected'),
		results
	};
}
