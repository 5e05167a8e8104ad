import { expect, test, type Route } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { OutboxExport, SyncResponse, type SyncRequest, type SyncResult } from '$lib/sync/protocol';
import { openCollectionSession } from './support/collect';
import {
	collectResponses,
	deviceSetting,
	enrollTablet,
	setDeviceSetting,
	syncPanel
} from './support/sync';

// page.route and context.route do not see requests a service worker makes; these tests route the
// page's own requests, so the worker stays out of the way.
test.use({ serviceWorkers: 'block' });

test.describe('sync on a bad link: nothing lost, nothing counted twice', () => {
	test.beforeEach(async ({ page, context }) => {
		await page.setViewportSize({ width: 800, height: 1280 });
		// Collected offline, so the records wait until a test lets them go (back online). The kiosk
		// once while online first: without a service worker, its code must already be loaded.
		await openCollectionSession(page, { tabletName: 'แท็บเล็ต 7' });
		await collectResponses(page, 0);
		await context.setOffline(true);
		await collectResponses(page, 2);
		await expect(page.getByTestId('session-waiting')).toHaveText('2');
	});

	test('the server answers 503, then recovers: the engine retries by itself and the records go', async ({
		page,
		context
	}, testInfo) => {
		const statuses: number[] = [];
		await context.route('**/api/sync', async (route: Route) => {
			if (statuses.length === 0) {
				statuses.push(503);
				return route.fulfill({ status: 503, body: 'Service Unavailable' });
			}
			const response = await route.fetch();
			statuses.push(response.status());
			return route.fulfill({ response });
		});

		await context.setOffline(false);
		await expect(page.getByTestId('sync-error')).toContainText('เซิร์ฟเวอร์ขัดข้องชั่วคราว');
		await expect(page.getByTestId('sync-waiting')).toHaveText('รอส่ง 2 รายการ');
		await page.screenshot({ path: testInfo.outputPath('503-waiting.png'), fullPage: true });

		// The first backoff is at most 5 s.
		await expect(page.getByTestId('session-waiting')).toHaveText('0', { timeout: 10_000 });
		expect(statuses).toEqual([503, 200]);
		await expect(page.getByTestId('sync-error')).toBeHidden();
		await expect(page.getByTestId('last-sync')).toContainText('ส่งสำเร็จล่าสุด');
	});

	test('the connection drops after the server stored the batch: the resend is counted once', async ({
		page,
		context
	}) => {
		const answers: SyncResult[][] = [];
		await context.route('**/api/sync', async (route: Route) => {
			const response = await route.fetch();
			const { results } = SyncResponse.parse(await response.json());
			answers.push(results);
			// The first answer never reaches the tablet.
			if (answers.length === 1) return route.abort('connectionreset');
			return route.fulfill({ response });
		});

		await context.setOffline(false);
		await expect(page.getByTestId('sync-error')).toContainText('ติดต่อเซิร์ฟเวอร์ไม่ได้');
		await expect(page.getByTestId('session-waiting')).toHaveText('2');

		await page.getByRole('button', { name: 'ส่งข้อมูลเดี๋ยวนี้' }).click();
		await expect(page.getByTestId('session-waiting')).toHaveText('0');
		expect(answers.map((results) => results.map((r) => r.status))).toEqual([
			['stored', 'stored'],
			['duplicate', 'duplicate']
		]);
		expect(answers[1]!.map((r) => r.id)).toEqual(answers[0]!.map((r) => r.id));
	});

	test('an unknown or revoked token: "enroll again" is shown and the records keep waiting', async ({
		page,
		context
	}, testInfo) => {
		// Collecting, two enrolments and two syncs: about 20 s alone, more beside other tests.
		test.setTimeout(90_000);
		await context.setOffline(false);
		await expect(page.getByTestId('session-waiting')).toHaveText('0');
		// As if an administrator had revoked it: the server no longer knows the token.
		await setDeviceSetting(page, 'deviceToken', `rjd_revoked-${'x'.repeat(40)}`);
		await collectResponses(page, 2);

		const card = page.getByTestId('enrollment-card');
		await expect(card).toContainText('แท็บเล็ตเครื่องนี้ต้องลงทะเบียนใหม่');
		await expect(page.getByTestId('session-waiting')).toHaveText('2');
		await expect(page.getByTestId('sync-waiting')).toHaveText('รอส่ง 2 รายการ');
		await expect(card.getByLabel(/ชื่อเครื่อง/)).toHaveValue('แท็บเล็ต 7');
		expect(await deviceSetting(page, 'deviceToken')).toBeUndefined();
		await page.screenshot({ path: testInfo.outputPath('enroll-again.png'), fullPage: true });

		await enrollTablet(page, 'แท็บเล็ต 7');
		await expect(page.getByTestId('session-waiting')).toHaveText('0');
	});

	test('a record the server rejects waits under "needs attention" with its reason, and can be exported', async ({
		page,
		context
	}, testInfo) => {
		// The first record goes out as if filled on a form version the server never published.
		let rejectedId: string | undefined;
		await context.route('**/api/sync', async (route: Route) => {
			const body = route.request().postDataJSON() as SyncRequest;
			const first = body.records[0]!;
			if (rejectedId === undefined || first.record.id === rejectedId) {
				rejectedId = first.record.id;
				first.record = { ...first.record, formVersion: 99 } as typeof first.record;
			}
			return route.continue({ postData: JSON.stringify(body) });
		});

		await context.setOffline(false);
		await expect(page.getByTestId('session-waiting')).toHaveText('1');
		await expect(page.getByTestId('sync-waiting')).toHaveText('ส่งข้อมูลเข้าระบบครบแล้ว ไม่มีรายการรอส่ง');
		const attention = page.getByTestId('needs-attention');
		await attention.getByText('รายการที่ต้องตรวจสอบ (1)').click();
		await expect(attention).toContainText('แบบประเมินความพึงพอใจ');
		await expect(attention).toContainText('99');
		await page.screenshot({ path: testInfo.outputPath('needs-attention.png'), fullPage: true });
		// Nothing here deletes a record.
		await expect(syncPanel(page).getByRole('button', { name: /ลบ/ })).toHaveCount(0);

		const download = page.waitForEvent('download');
		await attention.getByRole('button', { name: 'ส่งออกรายการที่ต้องตรวจสอบเป็นไฟล์' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^ruamjai-outbox-[0-9a-f]{8}-\d{8}-\d{4}\.json$/);
		const exported = OutboxExport.parse(JSON.parse(await readFile((await file.path())!, 'utf8')));
		expect(exported.records).toHaveLength(1);
		expect(exported.records[0]).toMatchObject({
			state: 'needs_attention',
			record: { id: rejectedId },
			lastError: { code: 'unknown-form-version' }
		});
		// Exporting keeps the record on the tablet.
		await expect(page.getByTestId('session-waiting')).toHaveText('1');
	});
});
