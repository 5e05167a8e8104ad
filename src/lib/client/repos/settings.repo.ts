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

/**
 * OWASP's figure for PBKDF2-HMAC-SHA256. A PIN has few possible values, so no hash makes a copied
 * database safe; a slow one makes trying them all take hours instead of seconds.
 */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const PIN_FORMAT = /^[0-9]{4,12}$/;

export type PinCheck = 'match' | 'mismatch' | 'not-set';

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

	/** Sets or changes the PIN that lets a supervisor leave kiosk mode. */
	async setSupervisorPin(pin: string): Promise<Validated<true>> {
		if (!PIN_FORMAT.test(pin)) {
			return {
				ok: false,
				issues: [
					{
						path: 'pin',
						code: 'pin_format',
						message: {
							th: 'รหัส PIN ต้องเป็นตัวเลข 4 ถึง 12 หลัก',
							en: 'The PIN must be 4 to 12 digits.'
						}
					}
				]
			};
		}
		const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
		const hash = await derivePinBits(pin, salt, PIN_ITERATIONS);
		const value: PinHash = {
			algorithm: 'PBKDF2-SHA256',
			iterations: PIN_ITERATIONS,
			salt: toBase64(salt),
			hash: toBase64(hash),
			setAt: nowIso(this.context)
		};
		await this.write({ key: 'supervisorPin', value });
		return { ok: true, value: true };
	}

	lastPulledAt(): Promise<string | undefined> {
		return this.read('lastPulledAt');
	}

	setLastPulledAt(instant: string): Promise<void> {
		return this.write({ key: 'lastPulledAt', value: instant });
	}

	collectorName(): Promise<string | undefined> {
		return this.read('collectorName');
	}

	setCollectorName(name: string): Promise<void> {
		return this.write({ key: 'collectorName', value: name.trim() });
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

	async verifySupervisorPin(pin: string): Promise<PinCheck> {
		const stored = await this.storedPin();
		if (!stored) return 'not-set';
		if (!PIN_FORMAT.test(pin)) return 'mismatch';
		// Iterations come from the stored hash, so raising PIN_ITERATIONS later keeps old PINs working.
		const hash = await derivePinBits(pin, fromBase64(stored.salt), stored.iterations);
		return equalInConstantTime(hash, fromBase64(stored.hash)) ? 'match' : 'mismatch';
	}

	private storedPin(): Promise<PinHash | undefined> {
		return this.read('supervisorPin');
	}
}

async function derivePinBits(
	pin: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<Uint8Array<ArrayBuffer>> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		HASH_BITS
	);
	return new Uint8Array(bits);
}

/** Takes as long for a near miss as for a wild guess, so timing tells nothing about the PIN. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
	return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
	return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
