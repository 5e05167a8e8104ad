import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi';

const apiRoot = join(process.cwd(), 'src/routes/api');

/** Every `+server.ts` under src/routes/api with the HTTP methods it exports, as `get /api/x`. */
function implementedEndpoints(): string[] {
	const endpoints: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === '+server.ts') {
				const route = '/api/' + relative(apiRoot, dir).split(sep).join('/');
				const source = readFileSync(path, 'utf8');
				for (const [, method] of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
					endpoints.push(`${method!.toLowerCase()} ${route.replace(/\[(\w+)\]/g, '{$1}')}`);
				}
			}
		}
	};
	walk(apiRoot);
	return endpoints.sort();
}

describe('the OpenAPI document', () => {
	const doc = buildOpenApiDocument('test');

	it('is OpenAPI 3.1 and documents every API endpoint the server implements', () => {
		expect(doc.openapi).toBe('3.1.0');
		const documented = Object.entries(doc.paths)
			.flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`))
			.sort();
		expect(implementedEndpoints()).toEqual(documented);
	});

	it('resolves every $ref to a component schema', () => {
		const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map(
			(m) => m[1]!
		);
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
	});

	it('describes a form with its Thai title, versions and question kinds', () => {
		const form = doc.components.schemas.FormDefinition as {
			required: string[];
			properties: Record<string, unknown>;
		};
		expect(form.required).toEqual(expect.arrayContaining(['id', 'version', 'title', 'sections']));
		const text = JSON.stringify(form);
		for (const kind of ['rating', 'single_choice', 'multiple_choice', 'long_text', 'date']) {
			expect(text).toContain(`"const":"${kind}"`);
		}
	});

	it('asks for the device token on /api/sync and says how a batch too large is answered', () => {
		const sync = doc.paths['/api/sync']!.post as {
			security: unknown;
			responses: Record<string, unknown>;
		};
		expect(sync.security).toEqual([{ deviceToken: [] }]);
		expect(doc.components.securitySchemes.deviceToken).toMatchObject({
			type: 'http',
			scheme: 'bearer'
		});
		expect(Object.keys(sync.responses)).toEqual(['200', '400', '401', '413']);
		expect(JSON.stringify(sync.responses['413'])).toContain('SyncLimitsExceeded');
	});

	it('documents the report period: fy or a from/to range, none of them required alone', () => {
		const operation = doc.paths['/api/reports/groups/{groupId}']?.get as {
			parameters: { name: string; in: string; required: boolean }[];
		};
		const byName = Object.fromEntries(operation.parameters.map((p) => [p.name, p]));
		expect(byName.groupId).toMatchObject({ in: 'path', required: true });
		for (const name of ['fy', 'quarter', 'from', 'to']) {
			expect(byName[name]).toMatchObject({ in: 'query', required: false });
		}
		expect(byName.from).toMatchObject({ schema: { format: 'date' } });
	});
});
