import type { AppDB } from '../db/app-db';
import { AttendanceRepo } from './attendance.repo';
import type { RepoContext } from './context';
import { DraftsRepo } from './drafts.repo';
import { MasterDataRepo } from './master-data.repo';
import { RecordsRepo } from './records.repo';
import { SessionsRepo } from './sessions.repo';
import { SettingsRepo } from './settings.repo';
import { SupervisorsRepo } from './supervisors.repo';

export { CollectionError, type CollectionErrorReason } from './collection-error';
export { feedbackKeys } from './feedback-answers';
export type {
	LatestForms,
	MasterDataPull,
	MasterDataReplaced,
	UnreadableForm
} from './master-data.repo';
export type { OutboxCounts, SubmitResult, ValidRecord } from './records.repo';
export type { SignedIn, SignInInput } from './attendance.repo';
export { SessionStart, type SessionRecordCounts } from './sessions.repo';
export type { EnrollmentStatus, PinCheck, SyncHistory } from './settings.repo';
export type {
	AttendanceEntry,
	CachedActivity,
	CollectionSession,
	Draft,
	Enrollment,
	OutboxEntry,
	OutboxError,
	OutboxState,
	OutboxKind,
	RecordKind,
	RespondentFields,
	SyncFailure,
	TabletSupervisor
} from '../db/tables';

/** Everything the UI and the sync engine may do with the device store. */
export interface DeviceStore {
	masterData: MasterDataRepo;
	sessions: SessionsRepo;
	drafts: DraftsRepo;
	records: RecordsRepo;
	settings: SettingsRepo;
	supervisors: SupervisorsRepo;
	attendance: AttendanceRepo;
}

export function createDeviceStore(db: AppDB, options: { now?: () => Date } = {}): DeviceStore {
	const context: RepoContext = { db, now: options.now ?? (() => new Date()) };
	const masterData = new MasterDataRepo(context);
	const settings = new SettingsRepo(context);
	return {
		masterData,
		settings,
		sessions: new SessionsRepo(context, masterData, settings),
		drafts: new DraftsRepo(context),
		records: new RecordsRepo(context),
		supervisors: new SupervisorsRepo(context),
		attendance: new AttendanceRepo(context)
	};
}
