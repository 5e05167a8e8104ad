import { SchoolsResponse } from '$lib/api/contract';
import { officeScopedGet } from '$lib/server/http/respond';

export const GET = officeScopedGet(SchoolsResponse, async (store, office) => ({
	schools: await store.schools.list(office)
}));
