import { getStore } from '$lib/server/store';
import { handleSyncRequest } from '$lib/server/sync';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) =>
	handleSyncRequest(await getStore(), request);
