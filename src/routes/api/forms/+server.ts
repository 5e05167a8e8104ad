import { FormsResponse } from '$lib/api/contract';
import { officeScopedGet } from '$lib/server/http/respond';

export const GET = officeScopedGet(FormsResponse, async (store, office) => ({
	forms: await store.forms.listPublished(office)
}));
