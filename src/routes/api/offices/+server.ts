import { OfficesResponse } from '$lib/api/contract';
import { respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
	const store = await getStore();
	return respond(OfficesResponse, { offices: await store.offices.list() });
};
