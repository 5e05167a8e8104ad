export { closeStore, getStore } from './get-store';
export { openStore } from './open-store';
export { defaultDataDir, describeStoreConfig, storeConfigFromEnv } from './store-config';
export type { StoreConfig } from './store-config';
export { StoreError, StoreUnavailableError } from './errors';
export type { StoreErrorReason } from './errors';
export type {
	EnrolledDevice,
	EnrollInput,
	EnrollOutcome,
	InsertOutcome,
	InsertReport,
	InsertStatus,
	SaveFormStatus,
	Store,
	StoreCounts,
	StoreHealth,
	StoreKind,
	SyncBatch,
	SyncBatchReport,
	SyncConflict,
	SyncSource
} from './types';
export {
	seedDemoActivities,
	seedDemoContent,
	seedDemoFeedback,
	seedDemoResponses
} from '../seed/seed';
