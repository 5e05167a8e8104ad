import { expect, type Page } from '@playwright/test';

/** The heading of what the kiosk shows now: the welcome screen, a page of a form, the thanks. */
export const kioskHeading = (page: Page) => page.getByRole('heading', { level: 1 });

export const nextButton = (page: Page) =>
	page.getByRole('button', { name: /^(ถัดไป|ส่งคำตอบ|Next|Send)$/ });

export interface SurveyAnswers {
	/** The respondent type as the kiosk labels it, e.g. "ครู". */
	type: string;
	/** What "อื่น ๆ" specifies. */
	other?: string;
	/** The level given to every rating, e.g. "4 มาก". */
	rating?: string;
	suggestion?: string;
	group?: string;
}

/**
 * A respondent fills the demo satisfaction survey from the welcome screen to the thank-you screen,
 * then hands the tablet on ("for the next person").
 */
export async function answerSurvey(page: Page, answers: SurveyAnswers): Promise<void> {
	await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
	await expect(kioskHeading(page)).toHaveText('ข้อมูลผู้ตอบ');
	await page.getByRole('radio', { name: answers.type, exact: true }).check();
	if (answers.other) await page.getByLabel('โปรดระบุว่าท่านเป็น').fill(answers.other);
	await page.getByRole('radio', { name: answers.group ?? 'กลุ่มอำนวยการ', exact: true }).check();
	await nextButton(page).click();

	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๑/);
	await page.getByRole('radio', { name: 'ผู้รับบริการ' }).check();
	await page.getByRole('radio', { name: 'หญิง' }).check();
	await page.getByRole('radio', { name: '36–45 ปี' }).check();
	await nextButton(page).click();

	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๒/);
	const ratings = page
		.locator('fieldset')
		.filter({ has: page.getByRole('radio', { name: '5 มากที่สุด', exact: true }) });
	const count = await ratings.count();
	expect(count).toBeGreaterThan(10);
	for (let i = 0; i < count; i++) {
		await ratings
			.nth(i)
			.getByRole('radio', { name: answers.rating ?? '4 มาก', exact: true })
			.check();
	}
	await nextButton(page).click();

	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๓/);
	if (answers.suggestion) {
		await page.getByLabel('ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ').fill(answers.suggestion);
	}
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText('ขอบคุณที่ร่วมตอบแบบสอบถาม');
	await page.getByRole('button', { name: 'สำหรับผู้ตอบคนถัดไป' }).click();
	await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
}

/** A visitor files an anonymous complaint through the opinion form, then hands the tablet on. */
export async function fileComplaint(page: Page, details: string): Promise<void> {
	await page.getByRole('button', { name: /แสดงความคิดเห็น ข้อเสนอแนะ หรือร้องเรียน/ }).click();
	await expect(kioskHeading(page)).toHaveText('เรื่องที่ต้องการแจ้ง');
	await page.getByRole('radio', { name: 'ร้องเรียน' }).check();
	await page.getByRole('radio', { name: 'กลุ่มบริหารงานบุคคล' }).check();
	await page.getByLabel('รายละเอียด').fill(details);
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText('การติดต่อกลับ');
	// Anonymous unless the person asks for a reply.
	await expect(page.getByRole('radio', { name: 'ไม่ต้องการ (ไม่ระบุตัวตน)' })).toBeChecked();
	await expect(page.getByLabel('หมายเลขโทรศัพท์')).toBeHidden();
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText('ขอบคุณที่ร่วมตอบแบบสอบถาม');
	await page.getByRole('button', { name: 'สำหรับผู้ตอบคนถัดไป' }).click();
	await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
}
