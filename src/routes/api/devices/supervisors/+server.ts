import { handleSupervisorListRequest, handleSupervisorSignInRequest } from '$lib/server/devices';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request }) =>
	handleSupervisorListRequest(await getStore(), request);

export const POST: RequestHandler = async ({ request, getClientAddress }) =>
	handleSupervisorSignInRequest(await getStore(), request, getClientAddress());
