import { describe, expect, it } from 'vitest';
import { offlinePageLocation, requestedPage } from './offline-page';

describe('the offline page address', () => {
	it('names the page that was asked for, query included, and reads it back', () => {
		const location = offlinePageLocation(new URL('https://ruamjai.example/reports?year=2568'));
		expect(location).toBe('/offline?from=%2Freports%3Fyear%3D2568');
		expect(requestedPage(new URL(location, 'https://ruamjai.example').searchParams)).toBe(
			'/reports?year=2568'
		);
	});

	it('keeps the base path out of the requested page and in the offline page', () => {
		const location = offlinePageLocation(new URL('https://x.example/app/admin'), '/app');
		expect(location).toBe('/app/offline?from=%2Fadmin');
	});

	it.each(['https://evil.example/', '//evil.example/', '/\\evil.example', 'reports', ''])(
		'ignores %j, which is not a page on this site',
		(from) => {
			expect(requestedPage(new URLSearchParams({ from }))).toBeUndefined();
		}
	);

	it('ignores a query without one', () => {
		expect(requestedPage(new URLSearchParams())).toBeUndefined();
	});
});
