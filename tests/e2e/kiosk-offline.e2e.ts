import { expect, test, type Page } from '@playwright/test';
import { openCollectionSession, supervisorPin } from './support/collect';
import { expectAppPage, waitForServiceWorkerControl } from './support/service-worker';
import { answerSurvey, fileComplaint, kioskHeading, nextButton } from './support/kiosk';

test.describe('a kiosk at a school with no signal', () => {
	test('takes three surveys and a complaint offline, resumes a form after a reload, and keeps them all', async ({
		page,
		context
	}) => {
		await page.setViewportSize({ width: 800, height: 1280 });
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
		await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
		await page.getByRole('radio', { name: 'นักเรียน', exact: true }).check();
		await page.getByRole('radio', { name: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา' }).check();
		await nextButton(page).click();
		await page.getByRole('radio', { name: 'ผู้มีส่วนได้ส่วนเสีย' }).check();
		await page.getByRole('radio', { name: 'ต่ำกว่า 25 ปี' }).check();
		await page.getByRole('radio', { name: 'ไม่ประสงค์ระบุ' }).check();
		await nextButton(page).click();
		await expect(page.getByText('หน้า 3 จาก 4')).toBeVisible();
		const speed = page.getByRole('group', { name: 'ความรวดเร็วในการให้บริการ' });
		await speed.getByRole('radio', { name: '2 น้อย', exact: true }).check();
		await expectSaved(page);

		await expectAppPage(page, await page.reload());
		await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๒/);
		await expect(page.getByText('หน้า 3 จาก 4')).toBeVisible();
		await expect(speed.getByRole('radio', { name: '2 น้อย', exact: true })).toBeChecked();
		await page.getByRole('button', { name: 'ย้อนกลับ' }).click();
		await expect(page.getByRole('radio', { name: 'ต่ำกว่า 25 ปี' })).toBeChecked();

		// The supervisor leaves with the PIN; the session holds the four records, waiting for sync.
		await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
		await page.getByLabel('รหัส PIN').fill(supervisorPin);
		await page.getByRole('button', { name: 'ยืนยัน' }).click();
		await expect(page).toHaveURL(/\/collect\/session$/);
		await expect(page.getByTestId('session-submitted')).toHaveText('4');
		await expect(page.getByTestId('session-waiting')).toHaveText('4');
	});
});

/** Taps are written at once, but a reload right after one could still beat the write. */
async function expectSaved(page: Page) {
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise<number>((resolve, reject) => {
						const open = indexedDB.open('ruamjai');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const db = open.result;
							const read = db.transaction('drafts').objectStore('drafts').getAll();
							read.onsuccess = () => {
								db.close();
								const drafts = read.result as { answers: Record<string, unknown> }[];
								resolve(drafts[0]?.answers.process_speed === 2 ? 1 : 0);
							};
						};
					})
			)
		)
		.toBe(1);
}
