import { version } from '$app/environment';
import { HealthResponse } from '$lib/api/contract';
import { respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const store = await getStore();
	const health = await store.health();
	return respond(HealthResponse, { status: 'ok', version, ...health });
};
