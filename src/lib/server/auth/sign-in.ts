import { Username, type User } from '$lib/domain';
import type { Store } from '../store/types';
import { recordAudit } from './audit';
import { verifyDecoy, verifyPassword } from './passwords';
import { createSession, type SignedInSession } from './sessions';
import { FAILURE_MEMORY_MS, secondsUntilAllowed } from './throttle';

export type SignInOutcome =
	| { ok: true; user: User; session: SignedInSession }
	/** Wrong name or password: which one is not said. */
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'disabled' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface SignInAttempt {
	username: string;
	password: string;
	/** The client's address, to slow down one machine trying many names. */
	clientAddress: string;
	now?: Date;
}

/**
 * Checks a name and password and opens a session. Failures count against the name and the
 * address (see throttle.ts); a throttled attempt is refused before the password is checked, so
 * waiting is the only way on. Every attempt is in the audit log.
 */
export async function signIn(store: Store, attempt: SignInAttempt): Promise<SignInOutcome> {
	const now = attempt.now ?? new Date();
	const parsed = Username.safeParse(attempt.username);
	const username = parsed.success ? parsed.data : attempt.username.trim().toLowerCase();
	const keys = [`user:${username}`, `ip:${attempt.clientAddress}`];

	const retryAfterSeconds = secondsUntilAllowed(await store.accounts.throttle.get(keys), now);
	const found = parsed.success ? await store.accounts.findForSignIn(username) : null;
	const officeId = found?.user.officeId ?? null;
	if (retryAfterSeconds > 0) {
		await recordAudit(
			store,
			{ officeId, actor: null, action: 'sign-in-throttled', subject: username },
			now
		);
		return { ok: false, reason: 'throttled', retryAfterSeconds };
	}

	const valid =
		found === null
			? await verifyDecoy(attempt.password)
			: await verifyPassword(found.passwordHash, attempt.password);
	if (!valid || found === null) {
		const resetAfter = new Date(now.getTime() - FAILURE_MEMORY_MS);
		await store.accounts.throttle.recordFailure(keys, now, resetAfter);
		await recordAudit(
			store,
			{ officeId, actor: null, action: 'sign-in-failed', subject: username },
			now
		);
		return { ok: false, reason: 'invalid' };
	}
	if (found.user.disabledAt !== null) {
		await recordAudit(
			store,
			{
				officeId,
				actor: null,
				action: 'sign-in-failed',
				subject: username,
				detail: { disabled: true }
			},
			now
		);
		return { ok: false, reason: 'disabled' };
	}
	// Only the name's count: clearing the address's would let one account reset it for guesses
	// at others.
	await store.accounts.throttle.clear([`user:${username}`]);
	const session = await createSession(store, found.user.id, now);
	await recordAudit(
		store,
		{ officeId, actor: found.user, action: 'sign-in', subject: found.user.id },
		now
	);
	return { ok: true, user: found.user, session };
}
