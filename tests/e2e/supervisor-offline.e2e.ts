import { expect, test } from '@playwright/test';
import { DeviceSupervisorResponse } from '$lib/api/device-supervisor-contract';
import { demoPassword } from './support/accounts';
import {
	prepareTablet,
	startSession,
	supervisorName,
	supervisorPin,
	supervisorsCard
} from './support/collect';
import { deviceRows } from './support/device-db';
import { enrollTestTablet } from './support/devices';
import { answerSurvey, kioskHeading } from './support/kiosk';
import { expectAppPage, waitForServiceWorkerControl } from './support/service-worker';

const tablet = { width: 800, height: 1280 };

test.describe('a supervisor who signed in once on an enrolled tablet collects offline', () => {
	test('added online with a PIN, they start a session, collect and leave the kiosk with the network off', async ({
		page,
		context,
		request
	}, testInfo) => {
		await page.setViewportSize(tablet);
		// Online, once: the tablet is enrolled, the supervisor signs in on it and sets their PIN.
		await page.goto('/collect');
		await expect(page.getByTestId('pull-status')).toContainText('ดาวน์โหลดแล้ว');
		await prepareTablet(page);
		await expect(supervisorsCard(page)).toContainText(supervisorName);
		await page.screenshot({ path: testInfo.outputPath('1-supervisor-added.png'), fullPage: true });
		const [added] = await deviceRows<{ id: string; pin: unknown }>(page, 'supervisors');
		expect(JSON.stringify(added)).not.toContain(supervisorPin);
		await waitForServiceWorkerControl(page);

		// No signal at the school; the app starts again from scratch.
		await context.setOffline(true);
		await expectAppPage(page, await page.goto('/collect'));
		await expectAppPage(page, await page.reload());
		await expect(supervisorsCard(page)).toContainText('ต้องเชื่อมต่ออินเทอร์เน็ตครั้งเดียว');

		// A wrong PIN starts nothing.
		await page.getByLabel(/โรงเรียนหรือหน่วยงาน/).selectOption({ index: 1 });
		await page.getByRole('radio', { name: supervisorName }).check();
		await page.getByLabel('รหัส PIN ของผู้เก็บข้อมูล').fill('9999');
		await page.getByRole('button', { name: 'เริ่มเก็บข้อมูล' }).click();
		await expect(
			page.getByRole('alert').filter({ hasText: 'รหัส PIN ไม่ถูกต้อง โปรดลองอีกครั้ง' })
		).toBeVisible();
		await expect(page).toHaveURL(/\/collect$/);
		await page.screenshot({ path: testInfo.outputPath('2-wrong-pin.png'), fullPage: true });

		await startSession(page);
		await expect(page.getByText(supervisorName)).toBeVisible();

		// One respondent; then the supervisor takes the tablet back, with their PIN only.
		await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
		await answerSurvey(page, { type: 'ครู' });
		await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toContainText(`ใส่รหัส PIN ของ ${supervisorName}`);
		await dialog.getByLabel('รหัส PIN').fill('4321');
		await dialog.getByRole('button', { name: 'ยืนยัน' }).click();
		await expect(dialog.getByRole('alert')).toHaveText('รหัส PIN ไม่ถูกต้อง โปรดลองอีกครั้ง');
		await dialog.getByLabel('รหัส PIN').fill(supervisorPin);
		await dialog.getByRole('button', { name: 'ยืนยัน' }).click();
		await expect(page).toHaveURL(/\/collect\/session$/);
		await expect(page.getByTestId('session-waiting')).toHaveText('1');

		// The record waiting for sync names the supervisor by their user id.
		const outbox = await deviceRows<{ record: { collectorId: string | null } }>(page, 'outbox');
		expect(outbox).toHaveLength(1);
		expect(outbox[0]!.record.collectorId).toBe(added!.id);
		const signedIn = await request.post('/api/auth/sign-in', {
			data: { username: 'supervisor', password: demoPassword() }
		});
		expect(added!.id).toBe(((await signedIn.json()) as { user: { id: string } }).user.id);
	});
});

test.describe('POST /api/devices/supervisors', () => {
	const credentials = (username: string) => ({ username, password: demoPassword() });

	test("needs an enrolled tablet's token and a supervisor of its office", async ({ request }) => {
		const anonymous = await request.post('/api/devices/supervisors', {
			data: credentials('supervisor')
		});
		expect(anonymous.status()).toBe(401);

		const { token } = await enrollTestTablet(request);
		const headers = { authorization: `Bearer ${token}` };
		const executive = await request.post('/api/devices/supervisors', {
			headers,
			data: credentials('executive')
		});
		expect(executive.status()).toBe(403);

		const supervisor = await request.post('/api/devices/supervisors', {
			headers,
			data: credentials('supervisor')
		});
		expect(supervisor.status()).toBe(200);
		expect(supervisor.headers()['set-cookie']).toBeUndefined();
		const { user } = DeviceSupervisorResponse.parse(await supervisor.json());
		expect(user).toMatchObject({ username: 'supervisor', displayName: supervisorName });
	});
});
