import { OfficesResponse } from '$lib/api/contract';
import { respondCacheable } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request }) => {
	const store = await getStore();
	return respondCacheable(request, OfficesResponse, { offices: await store.offices.list() });
};
