import { expect, test, type Locator, type Page } from '@playwright/test';
import { GroupsResponse } from '$lib/api/contract';
import { sampleXlsForm } from '$lib/domain/xlsform/testing/sample-xlsform';
import { workbookOf } from '$lib/server/forms/testing/workbook';
import { signInPage } from './support/accounts';
import { openCollectionSession } from './support/collect';
import { kioskHeading, nextButton } from './support/kiosk';
import { leaveKiosk } from './support/kiosk-draft';
import { expectAppPage, waitForServiceWorkerControl } from './support/service-worker';

/*
 * The form builder (issue 7), as its users meet it: a group leader writes a form in the browser,
 * publishes it, and a supervisor's tablet fills it in with no signal; the answer reaches the
 * group's report. The ICT group's leader is used here alone, so the forms it publishes touch no
 * other test's reports.
 */

const tablet = { width: 800, height: 1280 };

/** The editor's card of one question, by its key. */
const questionCard = (page: Page, key: string) => page.locator(`li[data-question="${key}"]`);

async function fillQuestion(card: Locator, label: string) {
	await card.getByLabel('คำถาม (ภาษาไทย)').fill(label);
}

async function ictGroupId(page: Page): Promise<string> {
	const { groups } = GroupsResponse.parse(await (await page.request.get('/api/groups')).json());
	return groups.find((g) => g.code === 'distance_ict')!.id;
}

test.describe('the form builder', () => {
	test('a group leader builds a form, publishes it; a tablet offline fills it in and the answer reaches the report', async ({
		page,
		browser,
		baseURL
	}) => {
		const title = `แบบประเมินการอบรมออนไลน์ ${crypto.randomUUID().slice(0, 8)}`;
		await signInPage(page, 'leader.distance_ict');
		await page.goto('/forms');
		await page.getByRole('link', { name: 'สร้างแบบฟอร์มใหม่' }).click();
		await page.getByLabel('ชื่อแบบฟอร์ม (ภาษาไทย)').fill(title);
		await page.getByLabel('ประเภทแบบฟอร์ม').selectOption({ label: 'แบบประเมินผล' });
		// A group leader may only give the form to their own group.
		await expect(page.getByLabel('กลุ่มเจ้าของแบบฟอร์ม').locator('option')).toHaveText([
			'กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร'
		]);
		await page.getByRole('button', { name: 'สร้างฉบับร่าง' }).click();
		await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);
		const formId = new URL(page.url()).pathname.split('/').at(-1)!;
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByTestId('draft-state')).toHaveText('ฉบับร่าง (ยังไม่เผยแพร่)');

		// A dimension, then the starter question becomes a rating item in it.
		await page.getByRole('button', { name: 'เพิ่มด้าน' }).click();
		await page.getByLabel('คีย์ของด้าน').fill('content');
		await page.getByLabel('ชื่อด้าน (ภาษาไทย)').fill('ด้านเนื้อหา');
		const q1 = questionCard(page, 'q1');
		await q1.getByLabel('ชนิดคำถาม').selectOption({ label: 'ระดับความพึงพอใจ (1–5)' });
		await fillQuestion(q1, 'ความรู้ที่ได้รับจากการอบรม');
		await expect(q1.getByLabel('ด้าน', { exact: true })).toHaveValue('content');
		await q1.getByLabel('บังคับตอบ').check();

		// A choice question: until it has its text, the error stands next to the field.
		await page.getByLabel('ชนิดของคำถามใหม่').selectOption({ label: 'เลือกได้ข้อเดียว' });
		await page.getByRole('button', { name: 'เพิ่มคำถามในตอนที่ 1' }).click();
		const q2 = questionCard(page, 'q2');
		await expect(page.getByTestId('builder-announcement')).toHaveText('เพิ่มข้อ q2 ในตอนที่ 1');
		const labelError = page.locator('#fb-sections-0-questions-1-label-th-error');
		await expect(labelError).toBeVisible();
		await expect(q2.getByLabel('คำถาม (ภาษาไทย)')).toHaveAttribute('aria-invalid', 'true');
		await fillQuestion(q2, 'ท่านจะแนะนำการอบรมนี้ให้ผู้อื่นหรือไม่');
		await expect(labelError).toBeHidden();
		await q2.getByLabel('คีย์ของตัวเลือก 1').fill('yes');
		await q2.getByLabel('ตัวเลือก 1 (ภาษาไทย)').fill('แนะนำ');
		await q2.getByLabel('คีย์ของตัวเลือก 2').fill('no');
		await q2.getByLabel('ตัวเลือก 2 (ภาษาไทย)').fill('ไม่แนะนำ');

		// Reordering by keyboard: the question moves, focus stays on its button, and it is said.
		await q2.getByRole('button', { name: 'เลื่อนข้อ 2 ขึ้น' }).click();
		await expect(page.getByTestId('builder-announcement')).toHaveText(
			'ย้ายข้อ q2 ไปเป็นข้อ 1 ของตอนที่ 1'
		);
		await expect(page.locator('#fb-move-up-q2')).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('builder-announcement')).toHaveText(
			'ย้ายข้อ q2 ไปเป็นข้อ 2 ของตอนที่ 1'
		);
		await expect(page.locator('li[data-question]').first()).toHaveAttribute('data-question', 'q1');

		// A second section, whose question shows only to those who would not recommend it.
		await page.getByRole('button', { name: 'เพิ่มตอน' }).click();
		const q3 = questionCard(page, 'q3');
		await q3.getByLabel('ชนิดคำถาม').selectOption({ label: 'ข้อความยาว' });
		await fillQuestion(q3, 'เหตุผลที่ไม่แนะนำ');
		await q3.getByLabel('แสดงเมื่อคำตอบของข้อ').selectOption('q2');
		await q3.getByLabel('ค่าคำตอบ').selectOption({ label: 'ไม่แนะนำ' });
		await expect(page.getByTestId('builder-issues')).toBeHidden();

		// The preview is the kiosk's own page, and follows the show-if rule as answers change.
		const preview = page.getByTestId('form-preview');
		await expect(preview.getByRole('radio', { name: '5 มากที่สุด' })).toBeVisible();
		await preview.getByRole('radio', { name: 'ไม่แนะนำ' }).check();
		await page.getByLabel('ตอนที่แสดงในตัวอย่าง').selectOption({ label: '2. ตอนที่ 2' });
		await expect(preview.getByRole('group', { name: /เหตุผลที่ไม่แนะนำ/ })).toBeVisible();
		await page.getByLabel('ตอนที่แสดงในตัวอย่าง').selectOption({ label: '1. ตอนที่ 1' });
		await preview.getByRole('radio', { name: 'แนะนำ', exact: true }).check();
		await page.getByLabel('ตอนที่แสดงในตัวอย่าง').selectOption({ label: '2. ตอนที่ 2' });
		await expect(preview.getByRole('group', { name: /เหตุผลที่ไม่แนะนำ/ })).toBeHidden();

		await page.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'บันทึกฉบับร่างแล้ว' })).toBeVisible();
		await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'เผยแพร่ฉบับที่ 1 หรือไม่' });
		await dialog.getByRole('button', { name: 'เผยแพร่ฉบับนี้' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'เผยแพร่ฉบับที่ 1 แล้ว' })).toBeVisible();
		// From now on the published version is frozen: the editor says edits become version 2.
		await expect(page.getByTestId('frozen-notice')).toContainText('ฉบับที่ 1 เผยแพร่แล้วและมีคำตอบ 0 ชุด');
		await expect(page.getByTestId('frozen-notice')).toContainText('ฉบับร่างที่ 2');

		// A supervisor's tablet downloads the form online, then collects with no signal.
		const tabletContext = await browser.newContext({
			baseURL,
			serviceWorkers: 'allow',
			viewport: tablet
		});
		try {
			const kiosk = await tabletContext.newPage();
			await openCollectionSession(kiosk, { tabletName: 'แท็บเล็ตกลุ่ม ICT' });
			await waitForServiceWorkerControl(kiosk);
			await tabletContext.setOffline(true);
			await expectAppPage(kiosk, await kiosk.goto('/collect/kiosk'));
			await kiosk.getByRole('button', { name: new RegExp(title) }).click();
			await expect(kioskHeading(kiosk)).toHaveText('ข้อมูลผู้ตอบ');
			await kiosk.getByRole('radio', { name: 'ครู', exact: true }).check();
			await nextButton(kiosk).click();
			await expect(kioskHeading(kiosk)).toHaveText('ตอนที่ 1');
			await kiosk.getByRole('radio', { name: '4 มาก', exact: true }).check();
			await kiosk.getByRole('radio', { name: 'ไม่แนะนำ' }).check();
			await nextButton(kiosk).click();
			await expect(kioskHeading(kiosk)).toHaveText('ตอนที่ 2');
			await kiosk.getByLabel('เหตุผลที่ไม่แนะนำ').fill('เนื้อหาเร็วเกินไป');
			await nextButton(kiosk).click();
			await expect(kioskHeading(kiosk)).toHaveText('ขอบคุณที่ร่วมตอบแบบสอบถาม');
			await kiosk.getByRole('button', { name: 'สำหรับผู้ตอบคนถัดไป' }).click();
			await leaveKiosk(kiosk);
			await expect(kiosk.getByTestId('session-waiting')).toHaveText('1');

			// Back online, the tablet sends it by itself.
			await tabletContext.setOffline(false);
			await expect(kiosk.getByTestId('session-waiting')).toHaveText('0');
		} finally {
			await tabletContext.close();
		}

		// The group leader reads the answer in the group's report on this form.
		await page.goto(`/reports/groups/${await ictGroupId(page)}?form=${formId}`);
		const row = page.getByTestId('items-table').locator('tr[data-item="q1"]');
		await expect(row.locator('[data-col="n"]')).toHaveText('1');
		await expect(row.locator('[data-col="mean"]')).toHaveText('4.00');
		await expect(page.getByText('เนื้อหาเร็วเกินไป')).toBeVisible();
	});

	test('an XLSForm spreadsheet becomes a draft, with a list of what was not imported', async ({
		page
	}) => {
		await signInPage(page, 'leader.distance_ict');
		await page.goto('/forms');
		await page.getByRole('link', { name: 'นำเข้าแบบฟอร์ม' }).click();
		await page.getByLabel('ไฟล์ (.json หรือ .xlsx)').setInputFiles({
			name: 'kobo-satisfaction.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: await workbookOf(sampleXlsForm)
		});
		await page.getByRole('button', { name: 'นำเข้าเป็นฉบับร่าง' }).click();
		await expect(page.getByRole('status')).toContainText(
			'นำเข้า “แบบประเมินความพึงพอใจ” เป็นฉบับร่างแล้ว'
		);
		const notImported = page.getByTestId('not-imported');
		await expect(notImported.getByRole('heading')).toHaveText(/^สิ่งที่ไม่ได้นำเข้า \(\d+ รายการ\)$/);
		const geopoint = notImported.getByRole('row').filter({ hasText: 'geopoint location' });
		await expect(geopoint).toContainText('แบบฟอร์มของร่วมใจยังไม่มีคำถามชนิด "geopoint"');
		await expect(notImported.getByRole('row').filter({ hasText: 'start start' })).toContainText(
			'เป็นข้อมูลที่แอปบันทึกเอง'
		);
		// The same list reads in English.
		await page.getByRole('button', { name: 'English' }).click();
		await expect(geopoint).toContainText('Ruamjai forms have no "geopoint" question');
		await page.getByRole('button', { name: 'ภาษาไทย' }).click();

		// The draft opens in the editor; it is not published, so no tablet receives it.
		await page.getByRole('link', { name: 'เปิดฉบับร่างเพื่อแก้ไข' }).click();
		await expect(page.getByTestId('draft-state')).toHaveText('ฉบับร่าง (ยังไม่เผยแพร่)');
		await expect(questionCard(page, 'staff_courtesy').getByLabel('คำถาม (ภาษาไทย)')).toHaveValue(
			'ความสุภาพ'
		);
		const formId = new URL(page.url()).pathname.split('/').at(-1)!;
		const published = await (await page.request.get('/api/forms')).json();
		expect(JSON.stringify(published)).not.toContain(formId);

		// The import is in the audit log, under the leader's name.
		await signInPage(page, 'admin');
		await page.goto('/admin/audit?action=form-imported');
		const line = page.getByTestId('audit-table').getByRole('row').filter({ hasText: formId });
		await expect(line).toContainText('นำเข้าแบบฟอร์ม');
		await expect(line).toContainText('ผอ.กลุ่ม ICT (สาธิต)');
		await expect(line).toContainText('kobo-satisfaction.xlsx');
	});

	test('questions are reordered by dragging them', async ({ page }) => {
		// Tall enough for both cards: a drag that has to scroll starts under the moved pointer.
		await page.setViewportSize({ width: 1280, height: 2400 });
		await signInPage(page, 'leader.distance_ict');
		await page.goto('/forms/new');
		await page.getByLabel('ชื่อแบบฟอร์ม (ภาษาไทย)').fill('แบบฟอร์มทดลองลากวาง');
		await page.getByRole('button', { name: 'สร้างฉบับร่าง' }).click();
		await expect(page).toHaveURL(/\/forms\/[0-9a-f-]{36}$/);
		await page.getByRole('button', { name: 'เพิ่มคำถามในตอนที่ 1' }).click();
		const cards = page.locator('li[data-question]');
		await expect(cards).toHaveCount(2);
		// By its handle, as a mouse user does: a drag started in a text field selects text instead.
		await page.getByTitle('ลากเพื่อย้ายข้อ 2').dragTo(page.getByTitle('ลากเพื่อย้ายข้อ 1'));
		await expect(page.getByTestId('builder-announcement')).toHaveText(
			'ย้ายข้อ q2 ไปเป็นข้อ 1 ของตอนที่ 1'
		);
		await expect(cards.first()).toHaveAttribute('data-question', 'q2');
		await expect(page.getByRole('status').filter({ hasText: 'มีการแก้ไขที่ยังไม่บันทึก' })).toBeVisible();
	});

	test('a file that is not a form is refused, saying why, and no draft is offered', async ({
		page
	}) => {
		await signInPage(page, 'leader.distance_ict');
		await page.goto('/forms/import');
		await page.getByLabel('ไฟล์ (.json หรือ .xlsx)').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hello": "world"}')
		});
		await page.getByRole('button', { name: 'นำเข้าเป็นฉบับร่าง' }).click();
		await expect(page.getByTestId('import-issues')).toContainText('ไฟล์นี้ไม่ใช่ไฟล์แบบฟอร์มของร่วมใจ');
	});
});
