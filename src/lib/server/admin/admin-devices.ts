import { z } from 'zod';
import { policy, type Principal } from '../auth/policy';
import { revokeDevice } from '../devices';
import type { EnrolledDevice, Store } from '../store/types';

/** What the devices page shows of a tablet: never its token hash. */
export interface DeviceSummary {
	id: string;
	name: string;
	enrolledAt: string;
	/** The last time it authenticated (a sync), or null. */
	lastSeenAt: string | null;
	revokedAt: string | null;
}

function summary(device: EnrolledDevice): DeviceSummary {
	const { id, name, enrolledAt, lastSeenAt, revokedAt } = device;
	return { id, name, enrolledAt, lastSeenAt, revokedAt };
}

/** The office's tablets: those still enrolled first, each part by name. */
export async function officeDevices(store: Store, officeId: string): Promise<DeviceSummary[]> {
	const devices = await store.devices.list(officeId);
	return [
		...devices.filter((d) => d.revokedAt === null),
		...devices.filter((d) => d.revokedAt !== null)
	].map(summary);
}

/**
 * Revokes a tablet of the admin's office. Null when there is no such tablet there: another
 * office's tablet is as unknown to this admin as one that never existed.
 */
export async function revokeOfficeDevice(
	store: Store,
	admin: Principal,
	deviceId: string,
	now: Date = new Date()
): Promise<DeviceSummary | null> {
	if (!z.uuid().safeParse(deviceId).success) return null;
	const device = await store.devices.get(deviceId);
	if (device === null || !policy.administer(admin, device.officeId)) return null;
	const revoked = await revokeDevice(store, device.id, admin, now);
	return revoked === null ? null : summary(revoked);
}
