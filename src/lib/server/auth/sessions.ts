import type { Cookies } from '@sveltejs/kit';
import type { User } from '$lib/domain';
import type { Store } from '../store/types';
import { generateSessionToken, sessionIdOf } from './session-token';

export const SESSION_COOKIE = 'ruamjai_session';
const DAY_MS = 86_400_000;
/** A session lasts 30 days from its last use, renewed at most daily (when half is left). */
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
const RENEW_WHEN_LEFT_MS = 15 * DAY_MS;

export interface SignedInSession {
	token: string;
	expiresAt: Date;
}

export async function createSession(
	store: Store,
	userId: string,
	now: Date = new Date()
): Promise<SignedInSession> {
	const token = generateSessionToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
	await store.accounts.sessions.insert({
		id: sessionIdOf(token),
		userId,
		createdAt: now,
		expiresAt
	});
	return { token, expiresAt };
}

/**
 * The user a session token belongs to, or null: unknown, expired, or the user disabled (whose
 * sessions end here too). A session used in its second half is extended, so a user who works
 * every week is not signed out, and one who stops is after 30 days.
 */
export async function validateSession(
	store: Store,
	token: string,
	now: Date = new Date()
): Promise<{ user: User; session: SignedInSession; renewed: boolean } | null> {
	const id = sessionIdOf(token);
	const session = await store.accounts.sessions.get(id);
	if (session === null) return null;
	if (session.expiresAt.getTime() <= now.getTime()) {
		await store.accounts.sessions.delete(id);
		return null;
	}
	const user = await store.accounts.get(session.userId);
	if (user === null || user.disabledAt !== null) {
		await store.accounts.sessions.delete(id);
		return null;
	}
	if (session.expiresAt.getTime() - now.getTime() >= RENEW_WHEN_LEFT_MS) {
		return { user, session: { token, expiresAt: session.expiresAt }, renewed: false };
	}
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
	await store.accounts.sessions.extend(id, expiresAt);
	return { user, session: { token, expiresAt }, renewed: true };
}

export async function endSession(store: Store, token: string): Promise<void> {
	await store.accounts.sessions.delete(sessionIdOf(token));
}

/**
 * httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site posts), Secure when
 * the site is served over https. Set explicitly: SvelteKit's default would mark it Secure on
 * http://127.0.0.1 as well, where the browser would then never send it back.
 */
export function setSessionCookie(cookies: Cookies, url: URL, session: SignedInSession): void {
	cookies.set(SESSION_COOKIE, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: session.expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
