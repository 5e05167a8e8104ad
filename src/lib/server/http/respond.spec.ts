import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { respondCacheable } from './respond';

const Body = z.object({ names: z.array(z.string()) });
const get = (headers: Record<string, string> = {}) =>
	new Request('http://ruamjai.test/api/groups', { headers });

describe('conditional GETs', () => {
	it('sends a strong ETag from the body, and the same one for the same body', async () => {
		const first = respondCacheable(get(), Body, { names: ['กลุ่มอำนวยการ'] });
		const again = respondCacheable(get(), Body, { names: ['กลุ่มอำนวยการ'] });
		const other = respondCacheable(get(), Body, { names: ['กลุ่มนิเทศฯ'] });
		expect(first.status).toBe(200);
		expect(first.headers.get('content-type')).toBe('application/json');
		expect(first.headers.get('cache-control')).toBe('no-cache');
		expect(first.headers.get('etag')).toMatch(/^"[\w-]{43}"$/);
		expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
		expect(other.headers.get('etag')).not.toBe(first.headers.get('etag'));
		expect(await first.json()).toEqual({ names: ['กลุ่มอำนวยการ'] });
	});

	it('answers 304 with no body when If-None-Match names the current ETag', async () => {
		const body = { names: ['a'] };
		const etag = respondCacheable(get(), Body, body).headers.get('etag')!;
		for (const header of [etag, `W/${etag}`, `"stale", ${etag}`, '*']) {
			const response = respondCacheable(get({ 'if-none-match': header }), Body, body);
			expect(response.status).toBe(304);
			expect(response.headers.get('etag')).toBe(etag);
			expect(await response.text()).toBe('');
		}
		const stale = respondCacheable(get({ 'if-none-match': '"stale"' }), Body, body);
		expect(stale.status).toBe(200);
	});
});
