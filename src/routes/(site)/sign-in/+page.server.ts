import { fail, redirect } from '@sveltejs/kit';
import type { User } from '$lib/domain';
import { policy } from '$lib/server/auth/policy';
import { setSessionCookie } from '$lib/server/auth/sessions';
import { signIn } from '$lib/server/auth/sign-in';
import { signInRefusal, signOut } from '$lib/server/auth/sign-in-endpoint';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

/** Only a path of this site: `next` comes from the URL, so it must not send anyone elsewhere. */
function safeNext(next: FormDataEntryValue | string | null): string | null {
	if (typeof next !== 'string' || !next.startsWith('/')) return null;
	if (next.startsWith('//') || next.startsWith('/\\')) return null;
	return next;
}

/** Where a user lands after signing in without a `next`: the first thing their roles are for. */
function homeOf(user: User): string {
	if (policy.readSomeReport(user)) return '/reports';
	if (policy.administer(user, user.officeId)) return '/admin';
	if (policy.collect(user)) return '/collect';
	return '/';
}

export const load: PageServerLoad = ({ locals, url }) => ({
	signedIn:
		locals.user === null
			? null
			: { displayName: locals.user.displayName, roles: locals.user.roles },
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	signIn: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '');
		const password = String(form.get('password') ?? '');
		if (username.trim() === '' || password === '') {
			return fail(400, { username, problem: 'missing' as const, message: null });
		}
		const store = await getStore();
		const outcome = await signIn(store, { username, password, clientAddress: getClientAddress() });
		if (!outcome.ok) {
			const refusal = signInRefusal(outcome);
			return fail(refusal.status, { username, problem: refusal.code, message: refusal.text });
		}
		setSessionCookie(cookies, url, outcome.session);
		redirect(303, safeNext(form.get('next')) ?? homeOf(outcome.user));
	},

	signOut: async ({ request, cookies, url, locals }) => {
		const form = await request.formData();
		await signOut(
			{ store: await getStore(), cookies, url, user: locals.user },
			form.get('everywhere') === 'yes'
		);
		redirect(303, '/');
	}
};
