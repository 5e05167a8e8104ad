import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium';
import { openCollectionSession } from './support/collect';
import { expectAppPage, waitForServiceWorkerControl } from './support/service-worker';
import { answerSurvey, fileComplaint, kioskHeading } from './support/kiosk';
import { expectHalfFilledSurvey, halfFillSurvey, leaveKiosk } from './support/kiosk-draft';

// The shared tablet, held upright.
const tablet = { width: 800, height: 1280 };

test.describe('a kiosk at a school with no signal', () => {
	test('takes three surveys and a complaint offline, resumes a form after a reload, and keeps them all', async ({
		page,
		context
	}) => {
		await page.setViewportSize(tablet);
		await openCollectionSession(page);
		await waitForServiceWorkerControl(page);

		await context.setOffline(true);
		await expectAppPage(page, await page.goto('/collect/kiosk'));
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
		await expect(page.getByRole('img', { name: /ไม่ได้เชื่อมต่ออินเทอร์เน็ต/ })).toBeVisible();

		await answerSurvey(page, { type: 'ครู', suggestion: 'ขอให้มีคู่มือการยื่นเรื่อง' });
		await answerSurvey(page, { type: 'ผู้ปกครอง', rating: '3 ปานกลาง' });
		await answerSurvey(page, { type: 'อื่น ๆ', other: 'ผู้นำชุมชน', rating: '5 มากที่สุด' });
		await fileComplaint(page, 'รอรับบริการนานกว่าสองชั่วโมง');

		// The fourth respondent is on the ratings page when the tablet reloads.
		await halfFillSurvey(page);
		await expectAppPage(page, await page.reload());
		await expectHalfFilledSurvey(page);

		// The supervisor leaves with the PIN; the session holds the four records, waiting for sync.
		await leaveKiosk(page);
		await expect(page.getByTestId('session-submitted')).toHaveText('4');
		await expect(page.getByTestId('session-waiting')).toHaveText('4');
	});

	test('records and a half-filled form survive closing the browser, reopened offline', async ({
		baseURL
	}) => {
		const userDataDir = mkdtempSync(join(tmpdir(), 'ruamjai-profile-'));
		const launch = (options: { offline?: boolean } = {}) =>
			chromium.launchPersistentContext(userDataDir, {
				...chromiumLaunchOptions,
				baseURL,
				viewport: tablet,
				...options
			});
		try {
			// Online in the morning: the supervisor opens the session, then the signal goes.
			const morning = await launch();
			try {
				const page = morning.pages()[0] ?? (await morning.newPage());
				await openCollectionSession(page);
				await waitForServiceWorkerControl(page);
				await morning.setOffline(true);

				await expectAppPage(page, await page.goto('/collect/kiosk'));
				await answerSurvey(page, { type: 'ครู', suggestion: 'ขอให้มีคู่มือการยื่นเรื่อง' });
				await answerSurvey(page, { type: 'ผู้ปกครอง', rating: '3 ปานกลาง' });
				// The third respondent is halfway through when the browser is closed.
				await halfFillSurvey(page);
			} finally {
				await morning.close();
			}

			const reopened = await launch({ offline: true });
			try {
				const next = reopened.pages()[0] ?? (await reopened.newPage());
				const response = await next.goto('/collect/kiosk');
				await expectAppPage(next, response);
				expect(response!.fromServiceWorker()).toBe(true);
				await expectHalfFilledSurvey(next);

				// The two finished surveys are on the device, waiting for a connection to be sent.
				await leaveKiosk(next);
				await expect(next.getByTestId('session-submitted')).toHaveText('2');
				await expect(next.getByTestId('session-waiting')).toHaveText('2');
			} finally {
				await reopened.close();
			}
		} finally {
			rmSync(userDataDir, { recursive: true, force: true });
		}
	});
});
