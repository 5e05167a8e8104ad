import { expect, test, type Page } from '@playwright/test';
import { openCollectionSession, supervisorPin } from './support/collect';
import { answerSurvey, kioskHeading, nextButton } from './support/kiosk';

const secret = 'ผู้ตอบคนก่อนไม่อยากให้ใครเห็นข้อความนี้';

/** Nothing of an earlier respondent anywhere on the page: their words, or any choice of theirs. */
async function expectNothingOfThePreviousRespondent(page: Page) {
	await expect(page.getByText(secret)).toHaveCount(0);
	await expect(page.locator('input:checked')).toHaveCount(0);
	await expect(page.locator('textarea')).toHaveCount(0);
}

test.describe('privacy on a tablet passed from hand to hand', () => {
	test('after a response is sent, back and the app’s own links never show it', async ({ page }) => {
		await openCollectionSession(page);
		await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');

		await answerSurvey(page, { type: 'ผู้ปกครอง', suggestion: secret, rating: '2 น้อย' });
		await expectNothingOfThePreviousRespondent(page);

		// Back: no earlier page of the form, and no way out without the PIN.
		await page.goBack();
		await expect(page.getByRole('dialog', { name: 'สำหรับผู้ดูแล' })).toBeVisible();
		await expect(page).toHaveURL(/\/collect\/kiosk$/);
		await expectNothingOfThePreviousRespondent(page);
		await page.getByRole('button', { name: 'ยกเลิก' }).click();
		await page.goBack();
		await page.goBack();
		await expect(page).toHaveURL(/\/collect\/kiosk$/);
		await page.keyboard.press('Escape');
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
		await expectNothingOfThePreviousRespondent(page);

		// The app's header link home is held too.
		await page.getByRole('link', { name: 'ร่วมใจ' }).click();
		await expect(page.getByRole('dialog', { name: 'สำหรับผู้ดูแล' })).toBeVisible();
		await expect(page).toHaveURL(/\/collect\/kiosk$/);
		await page.keyboard.press('Escape');

		// After a reload too, back stays in the kiosk.
		await page.reload();
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
		await page.goBack();
		await expect(page.getByRole('dialog', { name: 'สำหรับผู้ดูแล' })).toBeVisible();
		await expect(page).toHaveURL(/\/collect\/kiosk$/);
		await page.keyboard.press('Escape');

		// The next respondent starts from nothing.
		await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
		await expect(kioskHeading(page)).toHaveText('ข้อมูลผู้ตอบ');
		await expectNothingOfThePreviousRespondent(page);
		await expect(page.locator('input[autocomplete="off"]')).not.toHaveCount(0);
		await expect(page.locator('input:not([autocomplete="off"])')).toHaveCount(0);
	});

	test('a form left alone warns, then is cleared; "go on" keeps it', async ({ page }) => {
		await openCollectionSession(page);
		await page.goto('/collect/kiosk?idle=3&grace=2');
		const warning = page.getByRole('alertdialog', { name: 'ยังทำแบบสอบถามอยู่หรือไม่?' });

		await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
		await page.getByRole('radio', { name: 'ครู', exact: true }).check();
		await expect(warning).toBeVisible({ timeout: 6_000 });
		await expect(warning).toContainText(/จะถูกลบใน [12] วินาที/);
		await warning.getByRole('button', { name: 'ยังทำอยู่ ทำต่อ' }).click();
		await expect(warning).toBeHidden();
		await expect(page.getByRole('radio', { name: 'ครู', exact: true })).toBeChecked();

		// Walked away: the warning comes back, and then the form is gone.
		await expect(warning).toBeVisible({ timeout: 6_000 });
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ', { timeout: 5_000 });
		await expect(warning).toBeHidden();
		await page.reload();
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
		await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
		await expect(page.getByRole('radio', { name: 'ครู', exact: true })).not.toBeChecked();
	});

	test('a wrong PIN does not leave kiosk mode; the right one does', async ({ page }) => {
		await openCollectionSession(page);
		await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
		await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
		await page.getByRole('radio', { name: 'นักเรียน', exact: true }).check();

		await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
		const dialog = page.getByRole('dialog', { name: 'สำหรับผู้ดูแล' });
		await dialog.getByLabel('รหัส PIN').fill('0000');
		await dialog.getByRole('button', { name: 'ยืนยัน' }).click();
		await expect(dialog.getByRole('alert')).toHaveText('รหัส PIN ไม่ถูกต้อง โปรดลองอีกครั้ง');
		await expect(dialog.getByLabel('รหัส PIN')).toHaveValue('');
		await expect(page).toHaveURL(/\/collect\/kiosk$/);

		await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
		await expect(dialog).toBeHidden();
		await expect(page).toHaveURL(/\/collect\/kiosk$/);
		await expect(page.getByRole('radio', { name: 'นักเรียน', exact: true })).toBeChecked();
		await nextButton(page).click();
		await expect(page.getByRole('group', { name: /โปรดตรวจสอบคำตอบ 1 ข้อ/ })).toBeFocused();

		await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
		await dialog.getByLabel('รหัส PIN').fill(supervisorPin);
		await dialog.getByRole('button', { name: 'ยืนยัน' }).click();
		await expect(page).toHaveURL(/\/collect\/session$/);
	});
});
