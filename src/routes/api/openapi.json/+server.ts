import { json } from '@sveltejs/kit';
import { version } from '$app/environment';
import { buildOpenApiDocument } from '$lib/server/http/openapi';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => json(buildOpenApiDocument(version));
