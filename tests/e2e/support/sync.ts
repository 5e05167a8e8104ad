import { expect, type Page } from '@playwright/test';
import { deviceRow, putDeviceRows } from './device-db';
import { supervisorPin } from './collect';
import { e2eEnrollmentCode } from './devices';
import { answerSurvey, kioskHeading } from './kiosk';

/** The supervisor's sync panel on /collect or /collect/session. */
export const syncPanel = (page: Page) => page.getByTestId('sync-panel');

/** Enrolls the tablet from the sync panel's card with the end-to-end server's demo code. */
export async function enrollTablet(page: Page, name = 'แท็บเล็ตทดสอบ'): Promise<void> {
	const card = page.getByTestId('enrollment-card');
	await expect(card).toBeVisible();
	await card.getByLabel('รหัสลงทะเบียน').fill(e2eEnrollmentCode);
	await card.getByLabel(/ชื่อเครื่อง/).fill(name);
	await card.getByRole('button', { name: 'ลงทะเบียน' }).click();
	await expect(card).toBeHidden();
}

/**
 * From the session page: hands the tablet to `count` respondents, each filling the survey, then
 * the supervisor takes it back with their PIN. Ends on /collect/session.
 */
export async function collectResponses(page: Page, count: number): Promise<void> {
	await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
	await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
	for (let i = 0; i < count; i++) await answerSurvey(page, { type: 'ครู' });
	await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
	await page.getByLabel('รหัส PIN').fill(supervisorPin);
	await page.getByRole('button', { name: 'ยืนยัน' }).click();
	await expect(page).toHaveURL(/\/collect\/session$/);
}

/** A value of the device's settings table, read straight from IndexedDB. */
export async function deviceSetting<T>(page: Page, key: string): Promise<T | undefined> {
	return (await deviceRow<{ value: T }>(page, 'settings', key))?.value;
}

/** Overwrites a value of the device's settings table, as a test's fault. */
export function setDeviceSetting(page: Page, key: string, value: unknown): Promise<void> {
	return putDeviceRows(page, 'settings', [{ key, value }]);
}
