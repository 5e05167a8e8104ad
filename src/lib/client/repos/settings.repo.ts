import { newId, type Validated } from '$lib/domain';
import { withStorageErrors } from '../storage';
import type {
	Enrollment,
	PinHash,
	Setting,
	SettingKey,
	SettingValues,
	SyncFailure
} from '../db/tables';
import { nowIso, type RepoContext } from './context';
import { checkPin, hashPin, type PinCheck } from './pin-hash';

export { PIN_ITERATIONS, type PinCheck } from './pin-hash';

/** Whether the device may sync: enrolled, never enrolled, or refused by the server (401). */
export type EnrollmentStatus =
	| { state: 'enrolled'; enrollment: Enrollment }
	| { state: 'not-enrolled' }
	| { state: 'enroll-again'; lostAt: string; enrollment: Enrollment | undefined };

export interface SyncHistory {
	lastSyncAt: string | undefined;
	lastSyncError: SyncFailure | undefined;
}

export class SettingsRepo {
	constructor(private readonly context: RepoContext) {}

	/** This tablet's id: made once, on first use, and kept for the life of the database. */
	deviceId(): Promise<string> {
		const { db } = this.context;
		return withStorageErrors(() =>
			// Read and create in one transaction, so two tabs starting together agree on one id.
			db.transaction('rw', db.settings, async () => {
				const stored = await db.settings.get('deviceId');
				if (stored?.key === 'deviceId') return stored.value;
				const id = newId();
				await db.settings.add({ key: 'deviceId', value: id });
				return id;
			})
		);
	}

	/**
	 * Sets or changes the device-wide PIN of tablets from before per-supervisor PINs (schema v3).
	 * Kept only so that a session started under it can still be left; new sessions use a
	 * supervisor's own PIN (supervisors.repo.ts).
	 */
	async setSupervisorPin(pin: string): Promise<Validated<true>> {
		const hashed = await hashPin(pin, nowIso(this.context));
		if (!hashed.ok) return hashed;
		await this.write({ key: 'supervisorPin', value: hashed.value });
		return { ok: true, value: true };
	}

	lastPulledAt(): Promise<string | undefined> {
		return this.read('lastPulledAt');
	}

	setLastPulledAt(instant: string): Promise<void> {
		return this.write({ key: 'lastPulledAt', value: instant });
	}

	/** The device token, for the sync engine only: it is a secret, never shown. */
	deviceToken(): Promise<string | undefined> {
		return this.read('deviceToken');
	}

	enrollmentStatus(): Promise<EnrollmentStatus> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('r', db.settings, async () => {
				const token = await this.readInTransaction('deviceToken');
				const enrollment = await this.readInTransaction('enrollment');
				if (token !== undefined && enrollment !== undefined) {
					return { state: 'enrolled', enrollment } as const;
				}
				const lostAt = await this.readInTransaction('enrollmentLostAt');
				if (lostAt !== undefined) return { state: 'enroll-again', lostAt, enrollment } as const;
				return { state: 'not-enrolled' } as const;
			})
		);
	}

	/** Keeps the token the server issued; the device syncs with it from now on. */
	saveEnrollment(token: string, enrollment: Enrollment): Promise<void> {
		const { db } = this.context;
		return withStorageErrors(() =>
			// One transaction: a token without its enrollment would read as "not enrolled".
			db.transaction('rw', db.settings, async () => {
				await db.settings.put({ key: 'deviceToken', value: token });
				await db.settings.put({ key: 'enrollment', value: enrollment });
				await db.settings.delete('enrollmentLostAt');
			})
		);
	}

	/**
	 * The server refused `token` (401): forget it, so the device asks to be enrolled again; the
	 * outbox is not touched. Only that token: another tab may have enrolled the device again with a
	 * new one while this tab's request was on its way. Resolves whether the token was forgotten.
	 */
	forgetDeviceToken(token: string): Promise<boolean> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.settings, async () => {
				if ((await this.readInTransaction('deviceToken')) !== token) return false;
				await db.settings.delete('deviceToken');
				await db.settings.put({ key: 'enrollmentLostAt', value: nowIso(this.context) });
				return true;
			})
		);
	}

	syncHistory(): Promise<SyncHistory> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('r', db.settings, async () => ({
				lastSyncAt: await this.readInTransaction('lastSyncAt'),
				lastSyncError: await this.readInTransaction('lastSyncError')
			}))
		);
	}

	/** A run reached the server and left nothing pending: the last failure no longer holds. */
	recordSyncSuccess(at: string): Promise<void> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.settings, async () => {
				await db.settings.put({ key: 'lastSyncAt', value: at });
				await db.settings.delete('lastSyncError');
			})
		);
	}

	recordSyncFailure(failure: SyncFailure): Promise<void> {
		return this.write({ key: 'lastSyncError', value: failure });
	}

	async masterDataEtags(): Promise<Record<string, string>> {
		return (await this.readInTransaction('masterDataEtags')) ?? {};
	}

	setMasterDataEtags(etags: Record<string, string>): Promise<void> {
		return this.write({ key: 'masterDataEtags', value: etags });
	}

	/**
	 * Takes the sync lease for `ttlMs` when it is free, expired or already `holder`'s (a renewal).
	 * Read and write in one transaction, so two tabs asking together cannot both get it.
	 */
	acquireSyncLease(holder: string, ttlMs: number): Promise<boolean> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.settings, async () => {
				const now = this.context.now().getTime();
				const lease = await this.readInTransaction('syncLease');
				if (lease && lease.holder !== holder && lease.expiresAt > now) return false;
				await db.settings.put({ key: 'syncLease', value: { holder, expiresAt: now + ttlMs } });
				return true;
			})
		);
	}

	releaseSyncLease(holder: string): Promise<void> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.settings, async () => {
				if ((await this.readInTransaction('syncLease'))?.holder === holder)
					await db.settings.delete('syncLease');
			})
		);
	}

	private async read<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
		const stored = await withStorageErrors(() => this.context.db.settings.get(key));
		return (stored as { key: K; value: SettingValues[K] } | undefined)?.value;
	}

	/**
	 * A read inside the caller's transaction: a Dexie promise only. Awaiting any other promise there
	 * (e.g. withStorageErrors') lets IndexedDB commit the transaction before its next request.
	 */
	private readInTransaction<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
		return this.context.db.settings
			.get(key)
			.then((stored) => (stored as { key: K; value: SettingValues[K] } | undefined)?.value);
	}

	private async write(setting: Setting): Promise<void> {
		await withStorageErrors(() => this.context.db.settings.put(setting));
	}

	async hasSupervisorPin(): Promise<boolean> {
		return (await this.storedPin()) !== undefined;
	}

	/** Checks the device-wide PIN of tablets from before per-supervisor PINs (see setSupervisorPin). */
	async verifySupervisorPin(pin: string): Promise<PinCheck> {
		return checkPin(await this.storedPin(), pin);
	}

	private storedPin(): Promise<PinHash | undefined> {
		return this.read('supervisorPin');
	}
}
