import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { GroupsResponse } from '$lib/api/contract';
import { GroupReport } from '$lib/api/report-contract';
import { fiscalYearOf } from '$lib/domain';
import { signInPage } from './support/accounts';
import { nextButton } from './support/kiosk';
import { waitForServiceWorkerControl } from './support/service-worker';

/*
 * A survey by link or QR code on the respondent's own phone (issue 8). A group leader publishes
 * a link for one school; a phone (a second browser context) opens it once online, then answers it
 * with the network off, after a reload; back online the response reaches the server and the
 * group's report. The same phone is refused a second response, even after clearing what the page
 * keeps in IndexedDB (the server's cookie still knows it); a link that allows more takes another.
 */

const groupCode = 'teacher_development';
const leader = `leader.${groupCode}` as const;
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

interface Link {
	code: string;
	address: string;
}

async function createLink(page: Page, options: { allowMultiple: boolean }): Promise<Link> {
	await page.goto('/links');
	await expect(heading(page)).toHaveText('ลิงก์และคิวอาร์โค้ดแบบสอบถาม');
	await page.getByRole('combobox', { name: 'แบบสอบถาม', exact: true }).selectOption({ index: 0 });
	await page.getByRole('combobox', { name: 'สถานศึกษา (ไม่บังคับ)' }).selectOption({ index: 1 });
	if (options.allowMultiple) {
		await page.getByRole('checkbox', { name: 'ให้โทรศัพท์เครื่องเดียวตอบได้มากกว่าหนึ่งครั้ง' }).check();
	}
	await page.getByRole('button', { name: 'สร้างลิงก์' }).click();
	const created = page.getByTestId('link-created');
	await expect(created).toContainText('/s#');
	const address = /(http\S+\/s#([A-Z0-9]{10}))/.exec((await created.textContent()) ?? '');
	expect(address).not.toBeNull();
	return { address: address![1]!, code: address![2]! };
}

async function responsesThroughLink(page: Page, link: Link): Promise<string> {
	await page.goto('/links');
	return (await page
		.locator(`tr[data-link-code="${link.code}"]`)
		.getByTestId('link-responses')
		.textContent())!.trim();
}

/**
 * The demo satisfaction survey, from the button that starts it (on the welcome screen, or "answer
 * again" on the thank-you screen) to the thank-you screen.
 */
async function answerOnPhone(
	phone: Page,
	start: 'เริ่มตอบแบบสอบถาม' | 'ตอบอีกครั้ง' = 'เริ่มตอบแบบสอบถาม'
): Promise<void> {
	await phone.getByRole('button', { name: start }).click();
	await expect(heading(phone)).toHaveText('ข้อมูลผู้ตอบ');
	// The same checks as on a tablet: nothing chosen, the page says what to do.
	await nextButton(phone).click();
	await expect(phone.getByRole('group', { name: /โปรดตรวจสอบคำตอบ/ })).toContainText(
		'ท่านเป็น: โปรดเลือกคำตอบ'
	);
	await phone.getByRole('radio', { name: 'ผู้ปกครอง', exact: true }).check();
	await nextButton(phone).click();

	await expect(heading(phone)).toHaveText(/ตอนที่ ๑/);
	await phone.getByRole('radio', { name: 'ผู้รับบริการ' }).check();
	await phone.getByRole('radio', { name: 'หญิง' }).check();
	await phone.getByRole('radio', { name: '36–45 ปี' }).check();
	await nextButton(phone).click();

	await expect(heading(phone)).toHaveText(/ตอนที่ ๒/);
	const ratings = phone
		.locator('fieldset')
		.filter({ has: phone.getByRole('radio', { name: '5 มากที่สุด', exact: true }) });
	const count = await ratings.count();
	expect(count).toBeGreaterThan(10);
	for (let i = 0; i < count; i++) {
		await ratings.nth(i).getByRole('radio', { name: '5 มากที่สุด', exact: true }).check();
	}
	await nextButton(phone).click();

	await expect(heading(phone)).toHaveText(/ตอนที่ ๓/);
	await phone.getByLabel('ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ').fill('ตอบจากโทรศัพท์');
	await nextButton(phone).click();
	await expect(heading(phone)).toHaveText('ขอบคุณที่ร่วมตอบแบบสอบถาม');
}

async function newPhone(browser: Browser, baseURL: string): Promise<BrowserContext> {
	return browser.newContext({ baseURL, serviceWorkers: 'allow' });
}

const status = (phone: Page) => phone.getByTestId('phone-answer-status').first();

test.describe('a survey by link on the respondent’s own phone', () => {
	test('opened once online, answered offline after a reload, sent when back online; the same phone is refused a second time', async ({
		page,
		browser,
		baseURL
	}) => {
		await signInPage(page, leader);
		const link = await createLink(page, { allowMultiple: false });

		const phoneContext = await newPhone(browser, baseURL!);
		const phone = await phoneContext.newPage();
		await phone.goto(`/s#${link.code}`);
		await expect(heading(phone)).toHaveText(/ประเมินความพึงพอใจ/);
		await waitForServiceWorkerControl(phone);

		// No network at all from here, and a hard reload: the page and the survey come from the phone.
		await phoneContext.setOffline(true);
		await phone.reload();
		await expect(heading(phone)).toHaveText(/ประเมินความพึงพอใจ/);
		await answerOnPhone(phone);
		await expect(status(phone)).toHaveText(/บันทึกไว้ในเครื่องแล้ว จะส่งเองเมื่อมีอินเทอร์เน็ต/);

		await phoneContext.setOffline(false);
		await expect(status(phone)).toHaveText(/ส่งถึงสำนักงานแล้ว/);

		// On the server: through the link, and in the group's report for the link's school.
		expect(await responsesThroughLink(page, link)).toBe('1');
		const { groups } = GroupsResponse.parse(await (await page.request.get('/api/groups')).json());
		const group = groups.find((g) => g.code === groupCode)!;
		const reportAnswer = await page.request.get(
			`/api/reports/groups/${group.id}?fy=${fiscalYearOf(new Date())}&respondentType=parent`
		);
		expect(reportAnswer.status()).toBe(200);
		const report = GroupReport.parse(await reportAnswer.json());
		expect(report.responses).toBeGreaterThanOrEqual(1);
		expect(report.overall.mean).toBe(5);

		// The same phone opens the link again: it already answered.
		await phone.reload();
		await expect(heading(phone)).toHaveText('โทรศัพท์เครื่องนี้ตอบแบบสอบถามนี้แล้ว');
		await expect(phone.getByRole('button', { name: 'เริ่มตอบแบบสอบถาม' })).toHaveCount(0);

		// Clearing what the page keeps is not enough: the server's cookie still knows the phone.
		await phone.goto('/offline');
		await phone.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.deleteDatabase('ruamjai-phone');
					request.onsuccess = () => resolve();
					request.onerror = () => reject(request.error);
				})
		);
		await phone.goto(`/s#${link.code}`);
		await answerOnPhone(phone);
		await expect(status(phone)).toHaveText(/สำนักงานไม่รับคำตอบนี้: โทรศัพท์เครื่องนี้ตอบแบบสอบถามนี้แล้ว/);
		expect(await responsesThroughLink(page, link)).toBe('1');
		// Kept, not dropped: still there after a reload, as "answered".
		await phone.reload();
		await expect(heading(phone)).toHaveText('โทรศัพท์เครื่องนี้ตอบแบบสอบถามนี้แล้ว');
		await expect(status(phone)).toHaveText(/โทรศัพท์เครื่องนี้ตอบแบบสอบถามนี้แล้ว/);
		await phoneContext.close();
	});

	test('a link that allows more takes a second response from the same phone', async ({
		page,
		browser,
		baseURL
	}) => {
		await signInPage(page, leader);
		const link = await createLink(page, { allowMultiple: true });
		const phoneContext = await newPhone(browser, baseURL!);
		const phone = await phoneContext.newPage();
		await phone.goto(`/s#${link.code}`);
		await answerOnPhone(phone);
		await expect(status(phone)).toHaveText(/ส่งถึงสำนักงานแล้ว/);
		await answerOnPhone(phone, 'ตอบอีกครั้ง');
		await expect(status(phone)).toHaveText(/ส่งถึงสำนักงานแล้ว/);
		expect(await responsesThroughLink(page, link)).toBe('2');
		await phoneContext.close();
	});

	test('a closed link takes no more answers, and the poster shows its address as a QR code', async ({
		page,
		browser,
		baseURL
	}) => {
		await signInPage(page, leader);
		const link = await createLink(page, { allowMultiple: false });
		const row = page.locator(`tr[data-link-code="${link.code}"]`);
		await row.getByRole('link', { name: 'โปสเตอร์คิวอาร์โค้ด' }).click();
		await expect(page.getByTestId('poster-address')).toHaveText(link.address);
		await expect(page.getByTestId('qr-code')).toBeVisible();

		await page.goto('/links');
		await row.getByRole('button', { name: 'ปิดลิงก์' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'ปิดลิงก์' }).click();
		await expect(page.getByRole('status')).toHaveText(`ปิดลิงก์ ${link.code} แล้ว`);

		const phoneContext = await newPhone(browser, baseURL!);
		const phone = await phoneContext.newPage();
		await phone.goto(`/s#${link.code}`);
		await expect(heading(phone)).toHaveText('เปิดแบบสอบถามนี้ไม่ได้');
		await expect(phone.getByText('แบบสอบถามนี้ปิดรับคำตอบแล้ว')).toBeVisible();
		await phoneContext.close();
	});
});
