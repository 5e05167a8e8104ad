import type { BilingualMessage } from '$lib/domain';

export type DeviceStorageReason = 'quota-exceeded' | 'unavailable' | 'blocked';

const messages: Record<DeviceStorageReason, BilingualMessage> = {
	'quota-exceeded': {
		th: 'พื้นที่จัดเก็บข้อมูลของเครื่องเต็ม รายการล่าสุดจึงยังไม่ได้บันทึก ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ โปรดเชื่อมต่ออินเทอร์เน็ตเพื่อส่งข้อมูลที่รอส่ง หรือเพิ่มพื้นที่ว่างในเครื่อง แล้วลองอีกครั้ง',
		en: 'The device storage is full, so the last change was not saved. Everything saved before it is still there. Connect to the internet to send the waiting records, or free up space on the device, then try again.'
	},
	unavailable: {
		th: 'เบราว์เซอร์นี้บันทึกข้อมูลไว้ในเครื่องไม่ได้ (เช่น เปิดในโหมดส่วนตัว) โปรดเปิดร่วมใจในหน้าต่างปกติของเบราว์เซอร์',
		en: 'This browser cannot keep data on the device (for example in a private window). Open Ruamjai in a normal browser window.'
	},
	blocked: {
		th: 'ร่วมใจเวอร์ชันใหม่กำลังปรับปรุงฐานข้อมูลในเครื่อง โปรดปิดแท็บอื่นของร่วมใจ แล้วโหลดหน้านี้ใหม่',
		en: 'A newer version of Ruamjai is updating the database on this device. Close any other Ruamjai tabs, then reload this page.'
	}
};

/**
 * The device could not store or read data. `reason` is for code; `userMessage` is for people
 * (`message` stays a plain string, as every Error's is).
 */
export class DeviceStorageError extends Error {
	readonly userMessage: BilingualMessage;

	constructor(
		readonly reason: DeviceStorageReason,
		options?: { cause?: unknown }
	) {
		const userMessage = messages[reason];
		super(userMessage.en, options);
		this.name = 'DeviceStorageError';
		this.userMessage = userMessage;
	}
}

/** IndexedDB error names, as thrown by IndexedDB itself or by Dexie (which keeps the original as `inner`). */
const reasonByErrorName: Record<string, DeviceStorageReason> = {
	QuotaExceededError: 'quota-exceeded',
	MissingAPIError: 'unavailable',
	InvalidStateError: 'unavailable',
	UnknownError: 'unavailable',
	// The database is newer than this code (an old tab after an update), or another tab's upgrade
	// closed our connection.
	VersionError: 'blocked',
	VersionChangeError: 'blocked'
};

/** Most telling first: a full disk can surface inside a vaguer "unknown" or "abort" error. */
const reasonsByPriority: DeviceStorageReason[] = ['quota-exceeded', 'blocked', 'unavailable'];

/** The storage failure behind `error`, if it is one. */
export function storageFailureOf(error: unknown): DeviceStorageError | undefined {
	if (error instanceof DeviceStorageError) return error;
	const reasons = new Set(errorNames(error).map((name) => reasonByErrorName[name]));
	const reason = reasonsByPriority.find((r) => reasons.has(r));
	return reason && new DeviceStorageError(reason, { cause: error });
}

/**
 * The error's own name, then those of the errors it wraps: Dexie's `inner`, a `cause`, and the
 * `failures` of a BulkError or ModifyError (a bulk write fails as a whole for one item's reason).
 */
function errorNames(error: unknown): string[] {
	const names: string[] = [];
	const queue: unknown[] = [error];
	// Bounded: wrapped errors are a short chain, but a cycle must not hang the app.
	for (let seen = 0; queue.length > 0 && seen < 16; seen++) {
		const current = queue.shift();
		if (typeof current !== 'object' || current === null) continue;
		const { name, inner, cause, failures } = current as {
			name?: unknown;
			inner?: unknown;
			cause?: unknown;
			failures?: unknown;
		};
		if (typeof name === 'string') names.push(name);
		queue.push(inner, cause, ...(Array.isArray(failures) ? failures : []));
	}
	return names;
}

/**
 * Runs a store operation and turns a storage failure into a `DeviceStorageError`; any other error
 * passes through unchanged. A failed write's transaction has rolled back by the time this throws.
 */
export async function withStorageErrors<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		throw storageFailureOf(error) ?? error;
	}
}

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to evict the device store under storage pressure; records may wait days
 * for a connection. Chrome grants it to installed apps without a prompt.
 */
export async function requestPersistence(): Promise<PersistenceResult> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
	if (await navigator.storage.persisted()) return 'granted';
	return (await navigator.storage.persist()) ? 'granted' : 'denied';
}

export interface StorageEstimate {
	usedBytes: number;
	quotaBytes: number;
	persisted: boolean;
}

/** Storage used and available to this origin, or undefined where the browser does not say. */
export async function storageEstimate(): Promise<StorageEstimate | undefined> {
	if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return undefined;
	const [estimate, persisted] = await Promise.all([
		navigator.storage.estimate(),
		navigator.storage.persisted ? navigator.storage.persisted() : Promise.resolve(false)
	]);
	if (estimate.usage === undefined || estimate.quota === undefined) return undefined;
	return { usedBytes: estimate.usage, quotaBytes: estimate.quota, persisted };
}
