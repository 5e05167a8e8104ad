import { FormsResponse, OfficeQuery } from '$lib/api/contract';
import { parseQuery, respond } from '$lib/server/http/respond';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const query = parseQuery(OfficeQuery, url);
	if (!query.ok) return query.response;
	const store = await getStore();
	return respond(FormsResponse, { forms: await store.forms.listPublished(query.value.office) });
};
