import { createHash } from 'node:crypto';
import { json, type RequestHandler } from '@sveltejs/kit';
import type { z } from 'zod';
import { OfficeQuery, type ApiError } from '$lib/api/contract';
import { issuesFromZod } from '$lib/domain';
import { getStore, type Store } from '$lib/server/store';

/**
 * Every API body goes out through its schema, so what the OpenAPI document promises is what is sent;
 * a mismatch is a server bug and surfaces as a 500 instead of a client parsing garbage.
 */
export function respond<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit) {
	return json(schema.parse(body), init);
}

/**
 * A JSON body with a strong ETag (sha256 of the body), or 304 with no body when `If-None-Match`
 * already names it: a device on a poor link re-checks its master data for a few hundred bytes.
 * `no-cache` lets caches keep the body but makes them ask again each time.
 */
export function respondCacheable<S extends z.ZodType>(
	request: Request,
	schema: S,
	body: z.input<S>
): Response {
	const text = JSON.stringify(schema.parse(body));
	const etag = `"${createHash('sha256').update(text).digest('base64url')}"`;
	const headers = { etag, 'cache-control': 'no-cache' };
	if (noneMatchNames(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(text, { headers: { ...headers, 'content-type': 'application/json' } });
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a proxy that compressed the body sends W/"…". */
function noneMatchNames(header: string | null, etag: string): boolean {
	if (header === null) return false;
	if (header.trim() === '*') return true;
	return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function apiError(
	status: number,
	code: string,
	message: ApiError['error']['message']
): Response {
	const body: ApiError = { error: { code, message } };
	return json(body, { status });
}

/** Reads the query string through a schema; on failure, a 400 that names the bad parameter. */
export function parseQuery<S extends z.ZodType>(
	schema: S,
	url: URL
): { ok: true; value: z.output<S> } | { ok: false; response: Response } {
	const result = schema.safeParse(Object.fromEntries(url.searchParams));
	if (result.success) return { ok: true, value: result.data };
	const issue = issuesFromZod(result.error)[0];
	return {
		ok: false,
		response: apiError(400, 'invalid_query', {
			th: `พารามิเตอร์ "${issue?.path}" ไม่ถูกต้อง: ${issue?.message.th}`,
			en: `Invalid query parameter "${issue?.path}": ${issue?.message.en}`
		})
	};
}

/**
 * A GET endpoint that lists something of the offices, narrowed by `?office=`: the shape shared by
 * /api/forms, /api/groups and /api/schools. Answers conditional requests (ETag, 304).
 */
export function officeScopedGet<S extends z.ZodType>(
	schema: S,
	list: (store: Store, officeId: string | undefined) => Promise<z.input<S>>
): RequestHandler {
	return async ({ url, request }) => {
		const query = parseQuery(OfficeQuery, url);
		if (!query.ok) return query.response;
		return respondCacheable(request, schema, await list(await getStore(), query.value.office));
	};
}
