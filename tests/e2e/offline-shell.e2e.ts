import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium';
import { expectAppPage, waitForServiceWorkerControl } from './support/service-worker';

const collectionPages = ['/collect', '/collect/session', '/collect/kiosk'];

test.describe('the app shell at a school with no signal', () => {
	test('after one online visit, every collection page loads on a hard reload with the network off', async ({
		page,
		context
	}) => {
		await page.goto('/collect');
		await waitForServiceWorkerControl(page);

		await context.setOffline(true);
		for (const path of collectionPages) {
			const response = await page.goto(path);
			await expectAppPage(page, response);
			expect(response!.fromServiceWorker()).toBe(true);
			await expect(page.locator('html')).toHaveAttribute('lang', 'th');
		}

		// A query string still gets the shell; other addresses are sent to one.
		await expectAppPage(page, await page.goto('/collect/session?from=home'));
		await expectAppPage(page, await page.goto('/collect/kiosk/'));
		await expect(page).toHaveURL('/collect/kiosk');
		await expectAppPage(page, await page.goto('/collect/no-such-page'));
		await expect(page).toHaveURL('/collect');
	});

	test('a page that needs the server says so offline, and leads back to collection', async ({
		page,
		context
	}) => {
		await page.goto('/collect');
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);

		const response = await page.goto('/reports');
		await expectAppPage(page, response);
		await expect(page).toHaveURL('/offline?from=%2Freports');
		await expect(
			page.getByRole('heading', { level: 1, name: 'ไม่ได้เชื่อมต่ออินเทอร์เน็ต' })
		).toBeVisible();
		await expect(page.getByText('หน้าที่เปิด: /reports')).toBeVisible();

		await page.getByRole('link', { name: 'ไปที่การเก็บข้อมูล' }).click();
		await expect(page).toHaveURL('/collect');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		// Following the app's own link home asks for the landing page's server data, not its HTML.
		await page.getByRole('link', { name: 'ร่วมใจ' }).first().click();
		await expect(page).toHaveURL('/offline?from=%2F');
		await expect(
			page.getByRole('heading', { level: 1, name: 'ไม่ได้เชื่อมต่ออินเทอร์เน็ต' })
		).toBeVisible();

		// Typed into the address bar, the landing page gets the same answer.
		await expectAppPage(page, await page.goto('/'));
		await expect(page).toHaveURL('/offline?from=%2F');
	});

	test('the offline shells speak the language the supervisor chose', async ({ page, context }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'English' }).click();
		await page.goto('/collect');
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);

		await expectAppPage(page, await page.goto('/admin'));
		await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: 'ภาษาไทย' })).toBeVisible();
	});

	test('the API is never answered from a cache', async ({ page, context }) => {
		await page.goto('/collect');
		await waitForServiceWorkerControl(page);
		expect(await page.evaluate(async () => (await fetch('/api/health')).ok)).toBe(true);

		await context.setOffline(true);
		const offline = await page.evaluate(() =>
			fetch('/api/health').then(
				() => 'answered',
				() => 'failed'
			)
		);
		expect(offline).toBe('failed');
	});

	test('the shell survives closing the browser: reopened offline, collection still loads', async ({
		baseURL
	}) => {
		const userDataDir = mkdtempSync(join(tmpdir(), 'ruamjai-profile-'));
		try {
			const online = await chromium.launchPersistentContext(userDataDir, {
				...chromiumLaunchOptions,
				baseURL
			});
			const first = await online.newPage();
			await first.goto('/collect');
			await waitForServiceWorkerControl(first);
			await online.close();

			const reopened = await chromium.launchPersistentContext(userDataDir, {
				...chromiumLaunchOptions,
				baseURL,
				offline: true
			});
			try {
				const page = reopened.pages()[0] ?? (await reopened.newPage());
				const response = await page.goto('/collect');
				await expectAppPage(page, response);
				expect(response!.fromServiceWorker()).toBe(true);
				await expectAppPage(page, await page.goto('/collect/kiosk'));
			} finally {
				await reopened.close();
			}
		} finally {
			rmSync(userDataDir, { recursive: true, force: true });
		}
	});
});
