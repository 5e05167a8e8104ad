import { describe, expect, it } from 'vitest';
import { AppUpdate } from './app-update.svelte';

describe('holding an update', () => {
	it('is held while any page holds it, and each release counts once', () => {
		const update = new AppUpdate();
		const releaseForm = update.holdWhile('kiosk: a respondent is filling a form');
		const releaseSync = update.holdWhile('sync: sending records');
		expect(update.held).toBe(true);
		expect(update.holdReasons).toEqual([
			'kiosk: a respondent is filling a form',
			'sync: sending records'
		]);

		releaseForm();
		releaseForm();
		expect(update.held).toBe(true);
		expect(update.holdReasons).toEqual(['sync: sending records']);

		releaseSync();
		expect(update.held).toBe(false);
	});

	it('offers nothing to apply when no new version waits', () => {
		const update = new AppUpdate();
		expect(update.state).toBe('current');
		expect(update.visible).toBe(false);
		expect(update.canApplyNow).toBe(false);
		expect(update.applyUpdate()).toBe(false);
	});

	it('does not register anything outside a browser', () => {
		const update = new AppUpdate();
		const stop = update.start();
		expect(stop).toBeTypeOf('function');
		stop();
		expect(update.state).toBe('current');
	});
});
