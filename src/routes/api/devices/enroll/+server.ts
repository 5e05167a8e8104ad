import { demoEnrollmentCodeFromEnv, handleEnrollRequest } from '$lib/server/devices';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) =>
	handleEnrollRequest(await getStore(), request, { demoCode: demoEnrollmentCodeFromEnv() });
