import { expect, test } from '@playwright/test';
import { openCollectionSession } from './support/collect';

test.describe('a supervisor runs a collection session on the tablet', () => {
	test('downloads the forms, sets a PIN, starts a session at a school and ends it', async ({
		page
	}) => {
		await page.goto('/collect');
		await expect(page.getByTestId('connection')).toHaveText(/ออนไลน์/);
		await expect(page.getByTestId('waiting')).toHaveText('รอส่งเข้าระบบ 0 รายการ');

		await openCollectionSession(page, { collector: 'นางสาวใจดี มีสุข' });
		const place = await page.getByTestId('session-place').innerText();
		expect(place).toMatch(/โรงเรียน/);
		await expect(page.getByTestId('session-submitted')).toHaveText('0');
		await expect(page.getByText('นางสาวใจดี มีสุข')).toBeVisible();

		// Ending asks first, and cancelling keeps the session open.
		await page.getByRole('button', { name: 'ปิดรอบการเก็บข้อมูล' }).click();
		const dialog = page.getByRole('dialog', { name: 'ปิดรอบการเก็บข้อมูลนี้?' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
		await expect(dialog).toBeHidden();
		await page.reload();
		await expect(page.getByTestId('session-place')).toHaveText(place);

		await page.getByRole('button', { name: 'ปิดรอบการเก็บข้อมูล' }).click();
		await dialog.getByRole('button', { name: 'ปิดรอบ', exact: true }).click();
		await expect(page).toHaveURL(/\/collect$/);
		// The device remembers the collector for the next session.
		await expect(page.getByLabel('ชื่อผู้เก็บข้อมูล')).toHaveValue('นางสาวใจดี มีสุข');
	});

	test('without a PIN no session can start, and the two PINs must match', async ({ page }) => {
		await page.goto('/collect');
		await page.getByLabel('รหัส PIN (ตัวเลข 4–12 หลัก)').fill('2468');
		await page.getByLabel('พิมพ์รหัส PIN อีกครั้ง').fill('2469');
		await page.getByRole('button', { name: 'บันทึกรหัส PIN' }).click();
		await expect(page.getByRole('alert')).toHaveText('รหัส PIN ทั้งสองช่องไม่ตรงกัน');
		await expect(page.getByRole('heading', { name: 'เริ่มรอบการเก็บข้อมูล' })).toBeHidden();
	});

	test('a tablet that never went online says it must download the forms first', async ({
		page,
		context
	}) => {
		// Reach the shell first so the page exists, then cut the server off before any pull.
		await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
		await page.goto('/collect');
		await expect(page.getByRole('alert')).toContainText('ติดต่อเซิร์ฟเวอร์ไม่ได้');
		await expect(page.getByText(/เชื่อมต่ออินเทอร์เน็ตหนึ่งครั้งเพื่อดาวน์โหลดแบบฟอร์ม/)).toBeVisible();
	});
});
