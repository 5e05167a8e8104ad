import { handleSignInRequest } from '$lib/server/auth/sign-in-endpoint';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, cookies, url, getClientAddress, locals }) =>
	handleSignInRequest({
		store: await getStore(),
		request,
		cookies,
		url,
		clientAddress: getClientAddress(),
		user: locals.user
	});
