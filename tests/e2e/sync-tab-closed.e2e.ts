import { expect, test, type Route } from '@playwright/test';
import {
	maxBatchRecords,
	SyncResponse,
	type SyncRequest,
	type SyncResult
} from '$lib/sync/protocol';
import { openCollectionSession } from './support/collect';
import { copyWaitingRecord } from './support/outbox';
import { collectResponses, deviceSetting } from './support/sync';

// page.route and context.route do not see requests a service worker makes; this test routes the
// page's own requests, so the worker stays out of the way.
test.use({ serviceWorkers: 'block' });

test('the tab closes in the middle of a sync: the next start finishes it, and the server counts each record once', async ({
	page,
	context,
	request
}) => {
	const collected = maxBatchRecords + 50;
	await page.setViewportSize({ width: 800, height: 1280 });
	await openCollectionSession(page);
	await expect(page.getByTestId('sync-waiting')).toHaveText('ส่งข้อมูลเข้าระบบครบแล้ว ไม่มีรายการรอส่ง');
	// The kiosk once while online: without a service worker, its code must already be loaded.
	await collectResponses(page, 0);

	// A day at a school with no signal: more records than one request carries.
	await context.setOffline(true);
	await collectResponses(page, 1);
	await copyWaitingRecord(page, collected - 2);
	await collectResponses(page, 1);
	await expect(page.getByTestId('session-waiting')).toHaveText(String(collected));
	await expect(page.getByTestId('sync-waiting')).toHaveText(`รอส่ง ${collected} รายการ`);

	// The server stores the first batch, but its answer never reaches the tab: the tab is closed
	// while the answer is on its way.
	const sent: SyncRequest[] = [];
	const answers: SyncResult[][] = [];
	let firstStored: () => void;
	const firstBatchStored = new Promise<void>((resolve) => (firstStored = resolve));
	await context.route('**/api/sync', async (route: Route) => {
		sent.push(route.request().postDataJSON() as SyncRequest);
		const response = await route.fetch();
		answers.push(SyncResponse.parse(await response.json()).results);
		if (answers.length === 1) return firstStored();
		return route.fulfill({ response });
	});

	await context.setOffline(false);
	await firstBatchStored;
	const token = await deviceSetting<string>(page, 'deviceToken');
	await page.close();

	// The supervisor opens the app again: the engine starts and sends what is still waiting.
	const tablet = await context.newPage();
	await tablet.setViewportSize({ width: 800, height: 1280 });
	await tablet.goto('/collect/session');
	await expect(tablet.getByTestId('session-waiting')).toHaveText('0');
	await expect(tablet.getByTestId('sync-waiting')).toHaveText('ส่งข้อมูลเข้าระบบครบแล้ว ไม่มีรายการรอส่ง');
	await expect(tablet.getByTestId('session-submitted')).toHaveText(String(collected));
	await expect(tablet.getByTestId('last-sync')).toContainText('ส่งสำเร็จล่าสุด');

	// The first batch went twice and was stored once; the rest went once.
	const statuses = answers.map((results) => results.map((r) => r.status));
	expect(statuses).toEqual([
		Array(maxBatchRecords).fill('stored'),
		Array(maxBatchRecords).fill('duplicate'),
		Array(collected - maxBatchRecords).fill('stored')
	]);
	expect(answers[1]!.map((r) => r.id)).toEqual(answers[0]!.map((r) => r.id));
	const ids = sent.slice(1).flatMap((body) => body.records.map((r) => r.record.id));
	expect(new Set(ids).size).toBe(collected);

	// The server holds each record exactly once: sent again with the tablet's token, all are
	// duplicates, none stored anew.
	for (const body of sent.slice(1)) {
		const again = await request.post('/api/sync', {
			headers: { authorization: `Bearer ${token}` },
			data: body
		});
		const { results } = SyncResponse.parse(await again.json());
		expect(results.map((r) => r.status)).toEqual(body.records.map(() => 'duplicate'));
	}
});
