import { expect, test, type Page } from '@playwright/test';

/*
 * The public feedback channel (issue 7), with no account: a person writes a complaint, keeps the
 * tracking code, and reads the item's status back with it. What they typed is shown as text, and
 * the look-up never shows their contact details. A bot that fills the hidden field is told
 * "thank you" and nothing is stored.
 */

const office = 'spp-demo';
const contact = { name: 'สมหญิง ทดสอบติดต่อ', phone: '081-555-0199', email: 'somying@example.test' };
const script = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 1">';

async function noScriptRan(page: Page) {
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
}

test.describe('the public feedback page', () => {
	test('a complaint with contact details gets a tracking code, and the look-up shows it as text without the contact', async ({
		page
	}) => {
		page.on('dialog', () => {
			throw new Error('a dialog opened: script in the text ran');
		});
		await page.goto(`/feedback/${office}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		await page.getByRole('radio', { name: 'ข้อร้องเรียน' }).check();
		await page.getByLabel('หัวข้อ (ไม่บังคับ)').fill('รอนาน <b>มาก</b>');
		await page.getByLabel('รายละเอียด').fill(`ติดต่อแล้วรอนาน ${script}`);
		await page.getByRole('radio', { name: 'ให้ข้อมูลติดต่อกลับ' }).check();
		await page.getByLabel('ชื่อ').fill(contact.name);
		await page.getByLabel('โทรศัพท์').fill(contact.phone);
		await page.getByLabel('อีเมล').fill(contact.email);
		await page.getByRole('checkbox', { name: /ยินยอม/ }).check();
		await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();

		const codeText = page.getByTestId('tracking-code');
		await expect(codeText).toHaveText(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
		const code = (await codeText.textContent())!.trim();
		await noScriptRan(page);

		// Typed the way people type it: lower case, no dash.
		await page.goto('/feedback/track');
		await page.getByLabel('รหัสติดตามเรื่อง').fill(code.replace('-', ' ').toLowerCase());
		await page.getByRole('button', { name: 'ค้นหา' }).click();

		const item = page.getByTestId('tracked-item');
		await expect(item.getByTestId('status')).toContainText('รับเรื่องแล้ว');
		await expect(item.getByTestId('body')).toHaveText(`ติดต่อแล้วรอนาน ${script}`);
		await expect(item).toContainText('รอนาน <b>มาก</b>');
		await noScriptRan(page);

		const html = await page.content();
		for (const detail of Object.values(contact)) expect(html).not.toContain(detail);

		// The submitter adds a message with the code; it shows under the replies.
		await page.getByLabel('ส่งข้อความเพิ่มเติม').fill('ขอเพิ่มเติม <i>ข้อมูล</i>');
		await page.getByRole('button', { name: 'ส่งข้อความ' }).click();
		await expect(page.getByRole('status')).toContainText('ส่งข้อความเพิ่มเติมแล้ว');
		await page.reload();
		await expect(page.getByTestId('tracked-item')).toContainText('ขอเพิ่มเติม <i>ข้อมูล</i>');
	});

	test('a bot that fills the hidden field is thanked with a code that finds nothing', async ({
		page
	}) => {
		await page.goto(`/feedback/${office}`);
		await page.getByRole('radio', { name: 'ความคิดเห็น' }).check();
		await page.getByLabel('รายละเอียด').fill('buy cheap followers');
		// People never see or reach this field; a bot fills every input it finds.
		await page.locator('input[name="website"]').fill('http://spam.example', { force: true });
		await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();

		const codeText = page.getByTestId('tracking-code');
		await expect(codeText).toHaveText(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
		const code = (await codeText.textContent())!.trim();

		await page.goto(`/feedback/track?code=${code}`);
		await expect(page.getByRole('alert')).toHaveText('ไม่พบเรื่องที่มีรหัสนี้');
		await expect(page.getByTestId('tracked-item')).toHaveCount(0);
	});

	test('a code that cannot be a code is refused, and an unknown office is a 404', async ({
		page
	}) => {
		await page.goto('/feedback/track?code=hello');
		await expect(page.getByRole('alert')).toHaveText('รหัสต้องมี 8 ตัวอักษร เช่น ABCD-EFGH');
		const response = await page.goto('/feedback/no-such-office');
		expect(response?.status()).toBe(404);
	});

	test('the JSON API does the same: a code back, a look-up without contact, a honeypot stores nothing', async ({
		request
	}) => {
		const sent = await request.post('/api/feedback', {
			data: {
				officeId: office,
				submission: {
					kind: 'suggestion',
					body: 'ขอที่จอดรถเพิ่ม',
					anonymous: false,
					contact,
					consent: true
				}
			}
		});
		expect(sent.status()).toBe(201);
		const { trackingCode } = (await sent.json()) as { trackingCode: string };

		const found = await request.get(`/api/feedback/track/${trackingCode.toLowerCase()}`);
		expect(found.status()).toBe(200);
		const item = (await found.json()) as Record<string, unknown>;
		expect(item).toMatchObject({
			trackingCode,
			kind: 'suggestion',
			status: 'received',
			replies: []
		});
		const text = JSON.stringify(item);
		for (const detail of Object.values(contact)) expect(text).not.toContain(detail);

		const trapped = await request.post('/api/feedback', {
			data: {
				officeId: office,
				submission: { kind: 'opinion', body: 'spam', anonymous: true },
				website: 'http://spam.example'
			}
		});
		expect(trapped.status()).toBe(201);
		const fake = ((await trapped.json()) as { trackingCode: string }).trackingCode;
		expect((await request.get(`/api/feedback/track/${fake}`)).status()).toBe(404);

		const noConsent = await request.post('/api/feedback', {
			data: {
				officeId: office,
				submission: { kind: 'opinion', body: 'x', anonymous: false, contact }
			}
		});
		expect(noConsent.status()).toBe(400);
	});
});
