import { describe, expect, it } from 'vitest';
import { storesUnderTest } from './stores';

describe('storesUnderTest', () => {
	it('tests PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set', () => {
		expect(storesUnderTest({}).map((s) => s.name)).toEqual(['pglite']);
		const url = 'postgres://postgres@127.0.0.1:55432/postgres';
		expect(storesUnderTest({ TEST_DATABASE_URL: url }).map((s) => s.name)).toEqual([
			'pglite',
			'postgres'
		]);
	});

	it('refuses to leave PostgreSQL out when RUAMJAI_REQUIRE_PG=1', () => {
		expect(() => storesUnderTest({ RUAMJAI_REQUIRE_PG: '1' })).toThrow(/TEST_DATABASE_URL/);
	});
});
