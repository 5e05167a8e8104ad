import { expect, test, type Request } from '@playwright/test';
import { SyncResponse, type SyncRequest } from '$lib/sync/protocol';
import { openCollectionSession } from './support/collect';
import { waitForServiceWorkerControl } from './support/service-worker';
import { collectResponses, deviceSetting, syncPanel } from './support/sync';

test.describe('a tablet sends what it collected to the server, once', () => {
	test('enrolled with the code, three responses collected offline reach the server when it is back online', async ({
		page,
		context,
		request
	}, testInfo) => {
		await page.setViewportSize({ width: 800, height: 1280 });
		await page.goto('/collect');
		await expect(syncPanel(page)).toContainText('แท็บเล็ตต้องลงทะเบียนกับเซิร์ฟเวอร์หนึ่งครั้ง');
		await page.screenshot({ path: testInfo.outputPath('1-not-enrolled.png'), fullPage: true });
		// Enrolled first: only an enrolled tablet can add the supervisor who starts the session.
		await openCollectionSession(page, { tabletName: 'แท็บเล็ต 1 กลุ่มนิเทศฯ' });
		await expect(page.getByTestId('sync-waiting')).toHaveText('ส่งข้อมูลเข้าระบบครบแล้ว ไม่มีรายการรอส่ง');
		await waitForServiceWorkerControl(page);

		const sent: SyncRequest[] = [];
		page.on('request', (r: Request) => {
			if (r.method() === 'POST' && r.url().endsWith('/api/sync')) {
				sent.push(r.postDataJSON() as SyncRequest);
			}
		});

		await context.setOffline(true);
		await collectResponses(page, 3);
		await expect(page.getByTestId('session-waiting')).toHaveText('3');
		await expect(page.getByTestId('sync-waiting')).toHaveText('รอส่ง 3 รายการ');
		await expect(syncPanel(page)).toContainText('ออฟไลน์อยู่ จะส่งให้อัตโนมัติ');
		await expect(syncPanel(page).getByRole('button', { name: 'ส่งข้อมูลเดี๋ยวนี้' })).toBeDisabled();
		await page.screenshot({ path: testInfo.outputPath('2-offline-waiting.png'), fullPage: true });
		expect(sent).toEqual([]);
		// Submitted offline: the page asked the browser for a Background Sync for when it is back.
		const tags = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const sync = (registration as { sync?: { getTags(): Promise<string[]> } } | undefined)?.sync;
			return sync ? await sync.getTags() : ['(no Background Sync)'];
		});
		expect(tags).toEqual(['ruamjai-outbox']);

		// Back online: the `online` event starts a run, with no one pressing anything.
		await context.setOffline(false);
		await expect(page.getByTestId('session-waiting')).toHaveText('0');
		await expect(page.getByTestId('sync-waiting')).toHaveText('ส่งข้อมูลเข้าระบบครบแล้ว ไม่มีรายการรอส่ง');
		await expect(page.getByTestId('last-sync')).toHaveText(
			/^ส่งสำเร็จล่าสุด \d+ \S+ 25\d\d เวลา \d\d:\d\d$/
		);
		await page.screenshot({ path: testInfo.outputPath('3-synced.png'), fullPage: true });

		// The server holds each of the three: sent again with the tablet's token, all are duplicates.
		const ids = sent.flatMap((body) => body.records.map((r) => r.record.id));
		expect(new Set(ids).size).toBe(3);
		const token = await deviceSetting<string>(page, 'deviceToken');
		for (const body of sent) {
			const again = await request.post('/api/sync', {
				headers: { authorization: `Bearer ${token}` },
				data: body
			});
			const { results } = SyncResponse.parse(await again.json());
			expect(results.map((r) => r.status)).toEqual(body.records.map(() => 'duplicate'));
		}
	});
});
