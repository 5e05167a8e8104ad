import type { Cookies } from '@sveltejs/kit';
import { SignInRequest, SignInResponse, SignOutRequest } from '$lib/api/auth-contract';
import { issuesFromZod, type User } from '$lib/domain';
import { invalidRequest, malformedJson, readJsonBody } from '../http/read-body';
import { apiError, respond } from '../http/respond';
import type { Store } from '../store/types';
import { recordAudit } from './audit';
import { clearSessionCookie, endSession, SESSION_COOKIE, setSessionCookie } from './sessions';
import { signIn, type SignInOutcome } from './sign-in';

const maxBodyBytes = 4 * 1024;

interface AuthRequest {
	store: Store;
	request: Request;
	cookies: Cookies;
	url: URL;
	clientAddress: string;
	user: User | null;
}

/** What the sign-in form and the API say for each refusal, in Thai and English. */
export function signInRefusal(outcome: Exclude<SignInOutcome, { ok: true }>) {
	switch (outcome.reason) {
		case 'invalid':
			return {
				status: 401,
				code: 'sign-in-invalid',
				text: {
					th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
					en: 'The user name or the password is wrong.'
				}
			};
		case 'disabled':
			return {
				status: 403,
				code: 'account-disabled',
				text: {
					th: 'บัญชีนี้ถูกระงับ โปรดติดต่อผู้ดูแลระบบ',
					en: 'This account is disabled. Ask an administrator.'
				}
			};
		case 'throttled': {
			const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
			return {
				status: 429,
				code: 'sign-in-throttled',
				text: {
					th: `ลองผิดหลายครั้งเกินไป โปรดรอ ${minutes} นาทีแล้วลองใหม่`,
					en: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
				}
			};
		}
	}
}

/** `POST /api/auth/sign-in`: JSON in, the user out and the session cookie set. */
export async function handleSignInRequest(ctx: AuthRequest): Promise<Response> {
	const body = await readJsonBody(ctx.request, maxBodyBytes);
	if (!body.ok) {
		return body.reason === 'malformed-json'
			? malformedJson()
			: invalidRequest({ th: 'อ่านข้อมูลที่ส่งมาไม่ได้', en: 'the body could not be read' });
	}
	const parsed = SignInRequest.safeParse(body.value);
	if (!parsed.success) {
		const issue = issuesFromZod(parsed.error)[0];
		return invalidRequest(issue?.message ?? { th: 'ข้อมูลไม่ครบ', en: 'fields are missing' });
	}
	const outcome = await signIn(ctx.store, { ...parsed.data, clientAddress: ctx.clientAddress });
	if (!outcome.ok) {
		const refusal = signInRefusal(outcome);
		const response = apiError(refusal.status, refusal.code, refusal.text);
		if (outcome.reason === 'throttled') {
			response.headers.set('retry-after', String(outcome.retryAfterSeconds));
		}
		return response;
	}
	setSessionCookie(ctx.cookies, ctx.url, outcome.session);
	const { id, officeId, username, displayName, roles } = outcome.user;
	return respond(SignInResponse, { user: { id, officeId, username, displayName, roles } });
}

/** `POST /api/auth/sign-out`: ends this session, or with `everywhere` every session of the user. */
export async function handleSignOutRequest(ctx: AuthRequest): Promise<Response> {
	const body = await readJsonBody(ctx.request, maxBodyBytes);
	const parsed = SignOutRequest.safeParse(body.ok && body.value !== null ? body.value : {});
	const everywhere = parsed.success && parsed.data.everywhere;
	await signOut(ctx, everywhere);
	return new Response(null, { status: 204 });
}

/** Shared by the API and the sign-out form. */
export async function signOut(
	ctx: Pick<AuthRequest, 'store' | 'cookies' | 'url' | 'user'>,
	everywhere: boolean
): Promise<void> {
	const token = ctx.cookies.get(SESSION_COOKIE);
	if (ctx.user !== null && everywhere) {
		const ended = await ctx.store.accounts.sessions.deleteAllOf(ctx.user.id);
		await recordAudit(ctx.store, {
			officeId: ctx.user.officeId,
			actor: ctx.user,
			action: 'sign-out-everywhere',
			subject: ctx.user.id,
			detail: { sessions: ended }
		});
	} else if (token !== undefined) {
		await endSession(ctx.store, token);
		if (ctx.user !== null) {
			await recordAudit(ctx.store, {
				officeId: ctx.user.officeId,
				actor: ctx.user,
				action: 'sign-out',
				subject: ctx.user.id
			});
		}
	}
	clearSessionCookie(ctx.cookies, ctx.url);
}
