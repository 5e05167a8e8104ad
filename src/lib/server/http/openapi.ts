import { z } from 'zod';
import {
	ApiError,
	FormsResponse,
	GroupsResponse,
	HealthResponse,
	OfficesResponse,
	SchoolsResponse
} from '$lib/api/contract';
import { FormDefinition, Group, Office, OfficeId, School } from '$lib/domain';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the endpoints validate with.
 * A new endpoint adds its schemas to `components` and its operation to `operations`; a test
 * checks that every `+server.ts` under /api is listed here.
 */
const components = {
	ApiError,
	FormDefinition,
	Group,
	Office,
	School,
	FormsResponse,
	GroupsResponse,
	HealthResponse,
	OfficesResponse,
	SchoolsResponse
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof components;

interface Operation {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	summary: string;
	description?: string;
	parameters?: Array<{
		name: string;
		in: 'query' | 'path';
		schema: z.ZodType;
		description: string;
	}>;
	responses: Record<number, { description: string; schema?: ComponentName }>;
}

const officeParameter = {
	name: 'office',
	in: 'query' as const,
	schema: OfficeId,
	description: 'Only this office (its id); all offices when absent.'
};
const badQuery = { description: 'A query parameter is invalid.', schema: 'ApiError' as const };

export const operations: Operation[] = [
	{
		method: 'get',
		path: '/api/health',
		summary: 'Health of the server and its store',
		description:
			'Which store is in use (PGlite or PostgreSQL) and how many migrations are applied.',
		responses: { 200: { description: 'The server is up.', schema: 'HealthResponse' } }
	},
	{
		method: 'get',
		path: '/api/forms',
		summary: 'Published forms, latest version of each',
		parameters: [officeParameter],
		responses: {
			200: { description: 'The published forms.', schema: 'FormsResponse' },
			400: badQuery
		}
	},
	{
		method: 'get',
		path: '/api/groups',
		summary: 'Groups (กลุ่ม) of the offices',
		parameters: [officeParameter],
		responses: {
			200: { description: 'The groups, in display order.', schema: 'GroupsResponse' },
			400: badQuery
		}
	},
	{
		method: 'get',
		path: '/api/schools',
		summary: 'Schools and other units the offices serve',
		parameters: [officeParameter],
		responses: {
			200: { description: 'The schools, by code.', schema: 'SchoolsResponse' },
			400: badQuery
		}
	},
	{
		method: 'get',
		path: '/api/offices',
		summary: 'Offices served by this deployment',
		responses: { 200: { description: 'The offices.', schema: 'OfficesResponse' } }
	},
	{
		method: 'get',
		path: '/api/openapi.json',
		summary: 'This document',
		responses: { 200: { description: 'OpenAPI 3.1 document.' } }
	}
];

function componentSchemas(): Record<string, unknown> {
	const registry = z.registry<{ id: string }>();
	for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
	const { schemas } = z.toJSONSchema(registry, {
		uri: (id) => `#/components/schemas/${id}`,
		io: 'output',
		unrepresentable: 'any'
	});
	return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

/** OpenAPI 3.1 embeds plain 2020-12 schemas, located by the document rather than by `$id`. */
function embedded(schema: object): Record<string, unknown> {
	const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
	return rest;
}

export function buildOpenApiDocument(version: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) {
		paths[op.path] ??= {};
		paths[op.path]![op.method] = {
			summary: op.summary,
			...(op.description ? { description: op.description } : {}),
			...(op.parameters
				? {
						parameters: op.parameters.map((p) => ({
							name: p.name,
							in: p.in,
							required: p.in === 'path',
							description: p.description,
							schema: embedded(z.toJSONSchema(p.schema, { io: 'input', unrepresentable: 'any' }))
						}))
					}
				: {}),
			responses: Object.fromEntries(
				Object.entries(op.responses).map(([status, r]) => [
					status,
					{
						description: r.description,
						...(r.schema
							? {
									content: {
										'application/json': { schema: { $ref: `#/components/schemas/${r.schema}` } }
									}
								}
							: {})
					}
				])
			)
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Ruamjai API',
			version,
			description:
				'ร่วมใจ — stakeholder participation for Thai education offices. Thai first, English second.'
		},
		paths,
		components: { schemas: componentSchemas() }
	};
}
