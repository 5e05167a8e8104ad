import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeAccess } from './route-access';

const routesRoot = join(process.cwd(), 'src/routes');

/** SvelteKit's route id of every page and endpoint, e.g. `/(site)/reports/groups/[groupId]`. */
function routeIds(): string[] {
	const ids = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (/^\+(page|server)\.(svelte|ts)$/.test(entry.name)) {
				const id = '/' + relative(routesRoot, dir).split(sep).join('/');
				ids.add(id === '/' ? '/' : id.replace(/\/$/, ''));
			}
		}
	};
	walk(routesRoot);
	return [...ids].sort();
}

describe('the route access table', () => {
	it('has a rule for every page and endpoint, so none is open by omission', () => {
		const missing = routeIds().filter((id) => !(id in routeAccess));
		expect(missing).toEqual([]);
	});

	it('says why each public route is public', () => {
		for (const [id, rule] of Object.entries(routeAccess)) {
			if (rule.access === 'public') expect(rule.why.length, id).toBeGreaterThan(3);
		}
	});

	it('keeps every report and admin route behind sign-in', () => {
		const open = Object.entries(routeAccess)
			.filter(([id, rule]) => /reports|admin/.test(id) && rule.access === 'public')
			.map(([id]) => id);
		expect(open).toEqual([]);
	});
});
