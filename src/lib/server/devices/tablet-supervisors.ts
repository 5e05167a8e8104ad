import type { DeviceSupervisor } from '$lib/api/device-supervisor-contract';
import type { EnrolledDevice, Store } from '$lib/server/store';
import { policy } from '../auth/policy';

/**
 * Who may still collect on a tablet: the users of its office who are not disabled and hold the
 * supervisor role. The tablet keeps only these, so an account disabled (or no longer a
 * supervisor) on the server stops opening sessions there at the tablet's next online pull.
 */
export async function activeSupervisorsOf(
	store: Store,
	device: EnrolledDevice
): Promise<DeviceSupervisor[]> {
	const users = await store.accounts.withRole(device.officeId, 'supervisor');
	return users
		.filter((user) => user.disabledAt === null && policy.collect(user))
		.map(({ id, officeId, username, displayName }) => ({ id, officeId, username, displayName }))
		.sort((a, b) => a.username.localeCompare(b.username));
}
