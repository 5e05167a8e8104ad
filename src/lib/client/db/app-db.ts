import { Dexie, type EntityTable, type Table } from 'dexie';
import { declareSchema } from './schema-versions';
import type {
	AttendanceEntry,
	CachedActivity,
	CachedForm,
	CachedGroup,
	CachedOffice,
	CachedSchool,
	CollectionSession,
	Draft,
	OutboxEntry,
	Setting,
	SettingKey,
	TabletSupervisor
} from './tables';

/** An IndexedDB implementation to use instead of the browser's: tests pass fake-indexeddb's. */
export interface IndexedDbDependencies {
	indexedDB: IDBFactory;
	IDBKeyRange: typeof IDBKeyRange;
}

/** The device store. Only the repositories in `$lib/client/repos` use it. */
export class AppDB extends Dexie {
	declare readonly forms: Table<CachedForm, [string, number]>;
	declare readonly groups: EntityTable<CachedGroup, 'id'>;
	declare readonly schools: EntityTable<CachedSchool, 'id'>;
	declare readonly offices: EntityTable<CachedOffice, 'id'>;
	declare readonly sessions: EntityTable<CollectionSession, 'id'>;
	declare readonly drafts: EntityTable<Draft, 'id'>;
	declare readonly outbox: EntityTable<OutboxEntry, 'id'>;
	declare readonly settings: Table<Setting, SettingKey>;
	declare readonly supervisors: EntityTable<TabletSupervisor, 'id'>;
	declare readonly activities: EntityTable<CachedActivity, 'id'>;
	declare readonly attendance: EntityTable<AttendanceEntry, 'id'>;

	constructor(name: string, dependencies?: IndexedDbDependencies) {
		super(name, dependencies);
		declareSchema(this);
	}
}
