import { Username, type User } from '$lib/domain';
import type { Store } from '../store/types';
import { recordAudit } from './audit';
import { verifyDecoy, verifyPassword } from './passwords';
import { createSession, type SignedInSession } from './sessions';
import { FAILURE_MEMORY_MS, secondsUntilAllowed } from './throttle';

/** Why a name and password were refused; the same for a web sign-in and a tablet's check. */
export type CredentialRefusal =
	/** Wrong name or password: which one is not said. */
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'disabled' }
	| { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export type CredentialCheck = { ok: true; user: User } | CredentialRefusal;

export type SignInOutcome = { ok: true; user: User; session: SignedInSession } | CredentialRefusal;

export interface SignInAttempt {
	username: string;
	password: string;
	/** The client's address, to slow down one machine trying many names. */
	clientAddress: string;
	now?: Date;
}

/**
 * Checks a name and password without opening anything. Failures count against the name and the
 * address (see throttle.ts); a throttled attempt is refused before the password is checked, so
 * waiting is the only way on. Refusals are in the audit log; the caller records a success, since
 * only it knows what the success was for.
 */
export async function checkCredentials(
	store: Store,
	attempt: SignInAttempt
): Promise<CredentialCheck> {
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

	// An unknown name still costs one hash, so timing does not tell which names exist.
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
	return { ok: true, user: found.user };
}

/** Checks a name and password (see checkCredentials) and opens a web session. */
export async function signIn(store: Store, attempt: SignInAttempt): Promise<SignInOutcome> {
	const now = attempt.now ?? new Date();
	const checked = await checkCredentials(store, { ...attempt, now });
	if (!checked.ok) return checked;
	const { user } = checked;
	const session = await createSession(store, user.id, now);
	await recordAudit(
		store,
		{ officeId: user.officeId, actor: user, action: 'sign-in', subject: user.id },
		now
	);
	return { ok: true, user, session };
}
