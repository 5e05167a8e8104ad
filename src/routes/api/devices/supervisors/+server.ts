import { handleSupervisorSignInRequest } from '$lib/server/devices';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, getClientAddress }) =>
	handleSupervisorSignInRequest(await getStore(), request, getClientAddress());
