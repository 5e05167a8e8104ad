import { building } from '$app/environment';
import { error, redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { localeCookieName, localeFromCookie } from '$lib/i18n/server-locale';
import { demoAccountsFromEnv, ensureDemoAccounts } from '$lib/server/auth/demo-accounts';
import { decideAccess } from '$lib/server/auth/route-access';
import {
	clearSessionCookie,
	SESSION_COOKIE,
	setSessionCookie,
	validateSession
} from '$lib/server/auth/sessions';
import { apiError } from '$lib/server/http/respond';
import { demoOffice } from '$lib/server/seed/demo-office';
import { getStore, StoreUnavailableError, type Store } from '$lib/server/store';

/** Open (and migrate, and on first start seed) the store before the first request, not during it. */
export const init: ServerInit = async () => {
	// Prerendering the offline shells runs the server at build time; they need no store.
	if (building) return;
	try {
		const store = await getStore();
		console.log(`ruamjai: store ready (${store.kind})`);
		await prepareDemoAccounts(store);
	} catch (error) {
		if (error instanceof StoreUnavailableError) {
			// An operator needs the one line that says what to fix, not a stack trace.
			console.error(`ruamjai: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
};

/** With RUAMJAI_DEMO_ACCOUNTS=1 (demos and tests only): one account per role, and how to sign in. */
async function prepareDemoAccounts(store: Store): Promise<void> {
	const setting = demoAccountsFromEnv();
	if (setting === null) return;
	const office = (await store.offices.list()).find((o) => o.id === demoOffice.id);
	if (office === undefined) return;
	const names = await ensureDemoAccounts(store, office.id, setting.password);
	console.log(
		`ruamjai: demo accounts (demos and tests only): ${names.join(', ')}` +
			(setting.generated ? `\nruamjai: their password for this run: ${setting.password}` : '')
	);
}

const handleLocale: Handle = ({ event, resolve }) => {
	event.locals.locale = localeFromCookie(event.cookies.get(localeCookieName));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

/** Who is signed in: `locals.user`, or null. An ended session's cookie is removed. */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token !== undefined && !building) {
		const valid = await validateSession(await getStore(), token);
		if (valid === null) {
			clearSessionCookie(event.cookies, event.url);
		} else {
			event.locals.user = valid.user;
			if (valid.renewed) setSessionCookie(event.cookies, event.url, valid.session);
		}
	}
	return resolve(event);
};

/**
 * Every page, form action and endpoint passes here: the route's rule in route-access.ts decides.
 * Pages send a signed-out visitor to sign in and come back; endpoints answer 401 or 403.
 */
const handleAccess: Handle = async ({ event, resolve }) => {
	if (building) return resolve(event);
	const decision = await decideAccess(
		event.route.id,
		event.locals.user,
		event.params,
		await getStore()
	);
	if (decision === 'allow') return resolve(event);

	const isApi = event.route.id?.startsWith('/api/') ?? false;
	if (decision === 'sign-in') {
		if (isApi) {
			return apiError(401, 'sign-in-required', {
				th: 'โปรดเข้าสู่ระบบก่อน',
				en: 'Sign in first.'
			});
		}
		const next = event.url.pathname + event.url.search;
		redirect(303, `/sign-in?next=${encodeURIComponent(next)}`);
	}
	if (isApi) {
		return apiError(403, 'forbidden', {
			th: 'บัญชีนี้ไม่มีสิทธิ์เข้าถึง',
			en: 'This account may not access this.'
		});
	}
	// Thrown from `handle`, it is rendered with src/error.html, which offers to sign in as
	// someone else.
	error(403, 'บัญชีนี้ไม่มีสิทธิ์เปิดหน้านี้ · This account may not open this page');
};

/** Headers every response carries; the Content-Security-Policy is in svelte.config.js. */
const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	response.headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

export const handle: Handle = sequence(handleHeaders, handleLocale, handleSession, handleAccess);
