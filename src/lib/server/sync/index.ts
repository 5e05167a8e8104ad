export { ingestRecords, type IngestOptions, type Sender } from './ingest';
export {
	importOutboxExport,
	OutboxImportError,
	type OutboxImportErrorReason,
	type OutboxImportReport
} from './import-outbox';
export { handleSyncRequest } from './sync-endpoint';
