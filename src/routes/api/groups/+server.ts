import { GroupsResponse } from '$lib/api/contract';
import { officeScopedGet } from '$lib/server/http/respond';

export const GET = officeScopedGet(GroupsResponse, async (store, office) => ({
	groups: await store.groups.list(office)
}));
