import { expect, type Page } from '@playwright/test';

export const supervisorPin = '1234';

/**
 * A supervisor's morning, online: open /collect (which downloads forms and lists), set the PIN
 * when the device has none, and start a session at the first school with every group and form.
 * Ends on /collect/session.
 */
export async function openCollectionSession(
	page: Page,
	options: { school?: string; collector?: string } = {}
): Promise<void> {
	await page.goto('/collect');
	await expect(page.getByRole('status')).toContainText(/ดาวน์โหลดแล้ว|Downloaded/);
	const pinField = page.getByLabel(/รหัส PIN \(|PIN \(/);
	const startHeading = page.getByRole('heading', { name: /เริ่มรอบการเก็บข้อมูล|Start a collection/ });
	await expect(pinField.or(startHeading)).toBeVisible();
	if (await pinField.isVisible()) {
		await pinField.fill(supervisorPin);
		await page.getByLabel(/พิมพ์รหัส PIN อีกครั้ง|Type the PIN again/).fill(supervisorPin);
		await page.getByRole('button', { name: /บันทึกรหัส PIN|Save PIN/ }).click();
	}
	await expect(startHeading).toBeVisible();
	const school = page.getByLabel(/โรงเรียนหรือหน่วยงาน|School or unit/);
	if (options.school) await school.selectOption({ label: options.school });
	else await school.selectOption({ index: 1 });
	await page.getByLabel(/ชื่อผู้เก็บข้อมูล|Collector’s name/).fill(options.collector ?? 'ศึกษานิเทศก์ ทดสอบ');
	await page.getByRole('button', { name: /เริ่มเก็บข้อมูล|Start collecting/ }).click();
	await expect(page).toHaveURL(/\/collect\/session$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/รอบการเก็บข้อมูล|Collection session/
	);
}
