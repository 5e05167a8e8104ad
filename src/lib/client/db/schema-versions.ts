import type { Dexie, Transaction } from 'dexie';

/**
 * Every schema the device database has had, oldest first. A version once shipped is never edited:
 * tablets in the field hold databases written by it, and Dexie upgrades them one version at a time.
 * A version lists only the tables it changes.
 */
export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

const version1: SchemaVersion = {
	version: 1,
	stores: {
		forms: '[id+version], officeId',
		groups: 'id, officeId',
		schools: 'id, officeId',
		offices: 'id',
		sessions: 'id, startedAt',
		drafts: 'id, [sessionId+updatedAt], [formId+formVersion]',
		outbox: 'id, state, createdAt, sessionId, [formId+formVersion]',
		settings: 'key'
	}
};

/**
 * Version 2 is what the sync engine needs from the outbox:
 * - `[state+createdAt]` reads pending records oldest first without walking the needs-attention
 *   ones (it also answers queries on `state` alone, so that index goes);
 * - `bytes` on each entry lets a batch stay under the server's body limit without serializing
 *   records to measure them;
 * - `recordCount` on each session, because the count a supervisor sees came from the outbox, and
 *   sync will empty it. Version 1 never removed anything from the outbox, so counting it once here
 *   gives every session its full count.
 */
const version2: SchemaVersion = {
	version: 2,
	stores: {
		outbox: 'id, [state+createdAt], createdAt, sessionId, [formId+formVersion]'
	},
	upgrade: async (tx) => {
		// Rows are treated as plain objects: the upgrade must keep working after the types move on.
		const perSession = new Map<string, number>();
		await tx
			.table<Record<string, unknown>>('outbox')
			.toCollection()
			.modify((entry) => {
				entry.bytes = new TextEncoder().encode(JSON.stringify(entry.record)).length;
				if (typeof entry.sessionId === 'string') {
					perSession.set(entry.sessionId, (perSession.get(entry.sessionId) ?? 0) + 1);
				}
			});
		await tx
			.table<Record<string, unknown>>('sessions')
			.toCollection()
			.modify((session) => {
				session.recordCount = perSession.get(String(session.id)) ?? 0;
			});
	}
};

/**
 * Version 3 keeps the supervisors who signed in on this tablet once (issue 6), each with a PIN of
 * their own, so they can start sessions offline. Nothing existing changes: a session started
 * before it has `collectorId` null and is still left with the device-wide `supervisorPin`.
 */
const version3: SchemaVersion = {
	version: 3,
	stores: {
		supervisors: 'id, username'
	}
};

/**
 * Version 4 (issue 8) caches the participation activities a tablet may open, and keeps its own
 * attendance sheet of the sign-ins made on it. Outbox entries of kind `attendance` need no index of
 * their own; sessions gain an optional `activityId`, so nothing existing is rewritten.
 */
const version4: SchemaVersion = {
	version: 4,
	stores: {
		activities: 'id, officeId',
		attendance: 'id, [activityId+signedAt]'
	}
};

export const schemaVersions: readonly SchemaVersion[] = [version1, version2, version3, version4];

export const latestSchemaVersion = version4.version;

/** Declares the versions up to `upTo` on `db`; tests pass an older one to write an old database. */
export function declareSchema(db: Dexie, upTo: number = latestSchemaVersion): void {
	for (const { version, stores, upgrade } of schemaVersions) {
		if (version > upTo) break;
		const declared = db.version(version).stores(stores);
		if (upgrade) declared.upgrade(upgrade);
	}
}
