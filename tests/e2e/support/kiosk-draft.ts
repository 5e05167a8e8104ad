import { expect, type Page } from '@playwright/test';
import { supervisorPin } from './collect';
import { deviceRows } from './device-db';
import { kioskHeading, nextButton } from './kiosk';

const speed = (page: Page) => page.getByRole('group', { name: 'ความรวดเร็วในการให้บริการ' });

/**
 * A student starts the satisfaction survey from the welcome screen and stops on the ratings page
 * (page 3 of 4) after rating the speed of service "2 น้อย". Resolves once that rating is stored on
 * the device, so the browser can be closed or the page replaced right after.
 */
export async function halfFillSurvey(page: Page): Promise<void> {
	await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
	await expect(kioskHeading(page)).toHaveText('ข้อมูลผู้ตอบ');
	await page.getByRole('radio', { name: 'นักเรียน', exact: true }).check();
	await page.getByRole('radio', { name: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา' }).check();
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๑/);
	await page.getByRole('radio', { name: 'ผู้มีส่วนได้ส่วนเสีย' }).check();
	await page.getByRole('radio', { name: 'ต่ำกว่า 25 ปี' }).check();
	await page.getByRole('radio', { name: 'ไม่ประสงค์ระบุ' }).check();
	await nextButton(page).click();
	await expect(page.getByText('หน้า 3 จาก 4')).toBeVisible();
	await speed(page).getByRole('radio', { name: '2 น้อย', exact: true }).check();
	await expectDraftSaved(page);
}

/** The kiosk shows the half-filled survey where the student left it, with every answer given. */
export async function expectHalfFilledSurvey(page: Page): Promise<void> {
	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๒/);
	await expect(page.getByText('หน้า 3 จาก 4')).toBeVisible();
	await expect(speed(page).getByRole('radio', { name: '2 น้อย', exact: true })).toBeChecked();
	await page.getByRole('button', { name: 'ย้อนกลับ' }).click();
	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๑/);
	await expect(page.getByRole('radio', { name: 'ผู้มีส่วนได้ส่วนเสีย' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'ต่ำกว่า 25 ปี' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'ไม่ประสงค์ระบุ' })).toBeChecked();
	await page.getByRole('button', { name: 'ย้อนกลับ' }).click();
	await expect(kioskHeading(page)).toHaveText('ข้อมูลผู้ตอบ');
	await expect(page.getByRole('radio', { name: 'นักเรียน', exact: true })).toBeChecked();
}

/** The supervisor takes the tablet back with the PIN, which leads to the session screen. */
export async function leaveKiosk(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
	await page.getByLabel('รหัส PIN').fill(supervisorPin);
	await page.getByRole('button', { name: 'ยืนยัน' }).click();
	await expect(page).toHaveURL(/\/collect\/session$/);
}

/** Taps are written at once, but a reload or a closed browser right after one could beat the write. */
export async function expectDraftSaved(page: Page): Promise<void> {
	await expect
		.poll(async () => {
			const drafts = await deviceRows<{ answers: Record<string, unknown> }>(page, 'drafts');
			return drafts[0]?.answers.process_speed;
		})
		.toBe(2);
}
