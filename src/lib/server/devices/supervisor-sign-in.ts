import type { DeviceSupervisor } from '$lib/api/device-supervisor-contract';
import type { EnrolledDevice, Store } from '$lib/server/store';
import { recordAudit } from '../auth/audit';
import { policy } from '../auth/policy';
import { checkCredentials, type CredentialRefusal, type SignInAttempt } from '../auth/sign-in';

export type SupervisorSignInOutcome =
	| { ok: true; supervisor: DeviceSupervisor }
	| CredentialRefusal
	/** The password was right, but the account may not collect, or not on this office's tablet. */
	| { ok: false; reason: 'not-a-supervisor' }
	| { ok: false; reason: 'other-office' };

/**
 * A supervisor proves who they are on an enrolled tablet, so that the tablet can let them start
 * sessions offline later. The password is checked as a sign-in checks it (same throttle, same
 * audit of failures) but no session is opened: the tablet keeps only who they are, and a PIN of
 * their own that never leaves it.
 */
export async function addSupervisorToDevice(
	store: Store,
	device: EnrolledDevice,
	attempt: SignInAttempt
): Promise<SupervisorSignInOutcome> {
	const now = attempt.now ?? new Date();
	const checked = await checkCredentials(store, { ...attempt, now });
	if (!checked.ok) return checked;
	const { user } = checked;
	if (!policy.collect(user)) return { ok: false, reason: 'not-a-supervisor' };
	if (user.officeId !== device.officeId) return { ok: false, reason: 'other-office' };
	await recordAudit(
		store,
		{
			officeId: device.officeId,
			actor: user,
			action: 'supervisor-added-to-device',
			subject: user.id,
			detail: { deviceId: device.id }
		},
		now
	);
	const { id, officeId, username, displayName } = user;
	return { ok: true, supervisor: { id, officeId, username, displayName } };
}
