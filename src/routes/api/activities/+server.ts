import { handleActivitiesRequest } from '$lib/server/activities/device-activities';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request }) =>
	handleActivitiesRequest(await getStore(), request);
