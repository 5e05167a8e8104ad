import { expect, test } from '@playwright/test';
import {
	openCollectionSession,
	sessionStartForm,
	supervisorName,
	supervisorsCard,
	supervisorPin
} from './support/collect';
import { demoPassword } from './support/accounts';
import { enrollTablet } from './support/sync';

test.describe('a supervisor runs a collection session on the tablet', () => {
	test('downloads the forms, adds the supervisor with a PIN, starts a session at a school and ends it', async ({
		page
	}) => {
		await page.goto('/collect');
		await expect(page.getByTestId('connection')).toHaveText(/ออนไลน์/);
		await expect(page.getByTestId('waiting')).toHaveText('รอส่งเข้าระบบ 0 รายการ');

		await openCollectionSession(page);
		const place = await page.getByTestId('session-place').innerText();
		expect(place).toMatch(/โรงเรียน/);
		await expect(page.getByTestId('session-submitted')).toHaveText('0');
		await expect(page.getByText(supervisorName)).toBeVisible();

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
		// The tablet keeps its supervisor for the next session: the only one is chosen already.
		await expect(sessionStartForm(page).getByRole('radio', { name: supervisorName })).toBeChecked();
	});

	test('no session starts before a supervisor is added, and their two PINs must match', async ({
		page
	}) => {
		await page.goto('/collect');
		const card = supervisorsCard(page);
		await expect(card).toContainText('ต้องลงทะเบียนแท็บเล็ตเครื่องนี้ก่อน');
		await expect(page.getByRole('heading', { name: 'เริ่มรอบการเก็บข้อมูล' })).toBeHidden();
		await enrollTablet(page);

		// A wrong password, then an account that may not collect: each refused in words.
		await card.getByLabel('ชื่อผู้ใช้').fill('supervisor');
		await card.getByLabel('รหัสผ่าน').fill('not-the-password');
		await card.getByRole('button', { name: 'ตรวจสอบบัญชี' }).click();
		await expect(card.getByRole('alert')).toHaveText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
		await card.getByLabel('ชื่อผู้ใช้').fill('executive');
		await card.getByLabel('รหัสผ่าน').fill(demoPassword());
		await card.getByRole('button', { name: 'ตรวจสอบบัญชี' }).click();
		await expect(card.getByRole('alert')).toContainText('บัญชีนี้ไม่มีสิทธิ์เก็บข้อมูล');

		await card.getByLabel('ชื่อผู้ใช้').fill('supervisor');
		await card.getByLabel('รหัสผ่าน').fill(demoPassword());
		await card.getByRole('button', { name: 'ตรวจสอบบัญชี' }).click();
		await card.getByLabel('รหัส PIN (ตัวเลข 4–12 หลัก)').fill(supervisorPin);
		await card.getByLabel('พิมพ์รหัส PIN อีกครั้ง').fill('2469');
		await card.getByRole('button', { name: 'บันทึกรหัส PIN' }).click();
		await expect(card.getByRole('alert')).toHaveText('รหัส PIN ทั้งสองช่องไม่ตรงกัน');
		await expect(page.getByRole('heading', { name: 'เริ่มรอบการเก็บข้อมูล' })).toBeHidden();

		// Removing asks first.
		await card.getByLabel('พิมพ์รหัส PIN อีกครั้ง').fill(supervisorPin);
		await card.getByRole('button', { name: 'บันทึกรหัส PIN' }).click();
		await expect(page.getByRole('heading', { name: 'เริ่มรอบการเก็บข้อมูล' })).toBeVisible();
		await card.getByRole('button', { name: `นำ ${supervisorName} ออกจากแท็บเล็ตเครื่องนี้` }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toContainText(`นำ ${supervisorName} ออกจากแท็บเล็ตเครื่องนี้หรือไม่`);
		await dialog.getByRole('button', { name: 'นำออกจากเครื่อง' }).click();
		await expect(card).toContainText('ยังไม่มีผู้เก็บข้อมูลในแท็บเล็ตเครื่องนี้');
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
