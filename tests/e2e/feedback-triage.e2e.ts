import { expect, test, type Browser, type Page } from '@playwright/test';
import { signInPage, type DemoAccount } from './support/accounts';
import { demoGroupId, syncFeedbackItems } from './support/feedback-items';

/*
 * The feedback channel's whole life (issue 7): someone writes to the office on the public page
 * and keeps the tracking code; the executive screens the item and gives it to a group; the
 * group's leader acknowledges it, answers publicly, notes something for the staff only and
 * resolves it (after confirming); the submitter reads the answer with the code, and never the
 * internal note. What the public typed stays text all the way.
 */

const office = 'spp-demo';

async function signedInPage(
	browser: Browser,
	account: DemoAccount,
	options: { javaScriptEnabled?: boolean } = {}
): Promise<Page> {
	const page = await (await browser.newContext(options)).newPage();
	await signInPage(page, account);
	return page;
}

async function openFromInbox(page: Page, query: string, code: string) {
	await page.goto(`/inbox${query}`);
	const row = page.getByTestId('inbox-row').filter({ hasText: code });
	await expect(row).toHaveCount(1);
	await row.getByRole('link', { name: code }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
}

async function triage(page: Page, status: string | null, visibility: string, text: string) {
	if (status !== null) await page.getByRole('radio', { name: status, exact: true }).check();
	await page.getByRole('radio', { name: visibility }).check();
	await page.getByRole('textbox', { name: /^ข้อความ ไม่เกิน/ }).fill(text);
	await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
}

test('a public complaint is screened, answered and resolved, and the submitter reads the answer by its code', async ({
	page,
	browser
}) => {
	// Two people, four pages and six steps: more than one test's default time on a busy machine.
	test.setTimeout(90_000);
	page.on('dialog', () => {
		throw new Error('a dialog opened: script in the text ran');
	});
	// The submitter, with no account.
	await page.goto(`/feedback/${office}`);
	await page.getByRole('radio', { name: 'ข้อร้องเรียน' }).check();
	await page.getByLabel('หัวข้อ (ไม่บังคับ)').fill('ใบรับรองล่าช้า');
	await page.getByLabel('รายละเอียด').fill('ขอใบรับรองเงินเดือนสองสัปดาห์แล้ว <script>alert(1)</script>');
	await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
	const code = (await page.getByTestId('tracking-code').textContent())!.trim();
	expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);

	// The executive finds it among the unassigned items and gives it to the personnel group.
	const executive = await signedInPage(browser, 'executive');
	await executive.goto('/');
	await executive.getByTestId('inbox-link').click();
	await expect(executive.getByRole('heading', { level: 1 })).toHaveText(
		'เรื่องร้องเรียนและความคิดเห็นที่ต้องดำเนินการ'
	);
	await openFromInbox(executive, '?group=none', code);
	await expect(executive.getByTestId('item-body')).toHaveText(
		'ขอใบรับรองเงินเดือนสองสัปดาห์แล้ว <script>alert(1)</script>'
	);
	await expect(executive.getByTestId('item-group')).toHaveText('ยังไม่ได้มอบกลุ่ม');
	await executive.getByLabel('กลุ่มที่รับผิดชอบ').selectOption({ label: 'กลุ่มบริหารงานบุคคล' });
	await executive.getByRole('button', { name: 'มอบเรื่อง' }).click();
	await expect(executive.getByTestId('item-group')).toHaveText('กลุ่มบริหารงานบุคคล');

	// The group leader sees it in their inbox, with its deadline, and works on it.
	const leader = await signedInPage(browser, 'leader.personnel');
	await openFromInbox(leader, '', code);
	await expect(leader.getByTestId('item-status')).toContainText('รับเรื่องแล้ว');
	await triage(leader, 'รับทราบแล้ว', 'คำตอบถึงผู้ส่งเรื่อง', 'รับเรื่องแล้ว <b>กำลังตรวจสอบ</b>');
	await expect(leader.getByTestId('triage-done')).toBeVisible();
	await expect(leader.getByTestId('item-status')).toContainText('รับทราบแล้ว');

	await triage(leader, null, 'บันทึกภายใน', 'โทรประสานงานการเงินแล้ว');
	await expect(leader.getByTestId('thread')).toContainText('โทรประสานงานการเงินแล้ว');

	// Closing asks first; cancelling changes nothing.
	await triage(leader, 'ดำเนินการเสร็จแล้ว', 'คำตอบถึงผู้ส่งเรื่อง', 'ออกใบรับรองให้แล้ว รับได้ที่กลุ่มบุคคล');
	const dialog = leader.getByRole('dialog', { name: 'ปิดเรื่องนี้หรือไม่' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
	await expect(dialog).toBeHidden();
	await expect(leader.getByTestId('item-status')).toContainText('รับทราบแล้ว');
	await leader.getByRole('button', { name: 'บันทึก', exact: true }).click();
	await dialog.getByRole('button', { name: 'ยืนยันปิดเรื่อง' }).click();
	await expect(leader.getByTestId('item-status')).toContainText('ดำเนินการเสร็จแล้ว');

	// The submitter reads the status and the public answers, not the internal note.
	await page.goto(`/feedback/track?code=${code}`);
	const item = page.getByTestId('tracked-item');
	await expect(item.getByTestId('status')).toContainText('ดำเนินการเสร็จแล้ว');
	await expect(item).toContainText('รับเรื่องแล้ว <b>กำลังตรวจสอบ</b>');
	await expect(item).toContainText('ออกใบรับรองให้แล้ว รับได้ที่กลุ่มบุคคล');
	await expect(item).not.toContainText('โทรประสานงานการเงินแล้ว');

	// The steps are in the audit log, for the administrator.
	const admin = await signedInPage(browser, 'admin');
	await admin.goto('/admin/audit');
	const log = admin.getByTestId('audit-table');
	const lines = log.getByRole('row').filter({ hasText: code });
	await expect(lines.filter({ hasText: 'มอบเรื่องร้องเรียน/ความคิดเห็นให้กลุ่ม' })).toHaveCount(1);
	await expect(lines.filter({ hasText: 'เปลี่ยนสถานะเรื่องร้องเรียน/ความคิดเห็น' })).toHaveCount(2);
	await expect(lines.filter({ hasText: 'ตอบกลับหรือบันทึกเรื่องร้องเรียน/ความคิดเห็น' })).toHaveCount(1);
});

test('a misconduct complaint goes on its own channel: the executive reads it, a group leader gets no sign of it', async ({
	page,
	browser
}) => {
	await page.goto(`/feedback/${office}`);
	await page.getByRole('link', { name: 'ร้องเรียนการทุจริตหรือประพฤติมิชอบ ใช้ช่องทางแยกนี้' }).click();
	await expect(page.getByTestId('misconduct-intro')).toContainText('อ่านได้เฉพาะผู้บริหาร');
	// Only complaints go here: the page does not ask which kind.
	await expect(page.getByRole('radio', { name: 'ความคิดเห็น' })).toHaveCount(0);
	await page.getByLabel('รายละเอียด').fill('เจ้าหน้าที่เรียกรับเงินค่าดำเนินการ 500 บาท');
	await page.getByRole('radio', { name: 'ให้ข้อมูลติดต่อกลับ' }).check();
	await page.getByLabel('ชื่อ').fill('ผู้ร้องเรียนทดสอบ');
	await page.getByLabel('โทรศัพท์').fill('089-111-2222');
	await page.getByRole('checkbox', { name: /ยินยอม/ }).check();
	await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
	const code = (await page.getByTestId('tracking-code').textContent())!.trim();

	// The executive finds it among the misconduct items, with the complainant's contact.
	const executive = await signedInPage(browser, 'executive');
	await openFromInbox(executive, '?track=misconduct', code);
	const itemUrl = executive.url();
	await expect(executive.getByTestId('misconduct-note')).toBeVisible();
	await expect(executive.getByTestId('item-contact')).toContainText('089-111-2222');
	// It is not given to a group: no group's leader may read it.
	await expect(executive.getByRole('button', { name: 'มอบเรื่อง' })).toHaveCount(0);

	// An administrator reads the item but not who sent it.
	const admin = await signedInPage(browser, 'admin');
	await admin.goto(itemUrl);
	await expect(admin.getByTestId('item-body')).toHaveText('เจ้าหน้าที่เรียกรับเงินค่าดำเนินการ 500 บาท');
	await expect(admin.getByText('เฉพาะผู้บริหารเห็นข้อมูลนี้')).toBeVisible();
	await expect(admin.locator('main')).not.toContainText('089-111-2222');

	// The leader of the legal group: not in the list, not in the counts, and its address is a 404.
	const leader = await signedInPage(browser, 'leader.legal');
	await leader.goto('/inbox');
	const before = await leader.getByTestId('inbox-summary').textContent();
	await expect(leader.locator('main')).not.toContainText(code);
	await leader.goto('/inbox?track=misconduct');
	await expect(leader.getByTestId('inbox-row')).toHaveCount(0);
	const response = await leader.goto(itemUrl);
	expect(response?.status()).toBe(404);
	await expect(leader.locator('body')).toContainText('ไม่พบเรื่องนี้ในกล่องเรื่องของท่าน');
	await expect(leader.locator('body')).not.toContainText('เรียกรับเงิน');
	await leader.goto('/inbox');
	await expect(leader.getByTestId('inbox-summary')).toHaveText(before!);

	// The complainant follows it with the code.
	await page.goto(`/feedback/track?code=${code}`);
	await expect(page.getByTestId('tracked-item').getByTestId('status')).toContainText('รับเรื่องแล้ว');
});

test("a school's poster leads to the page for that school, which remembers the school on the item", async ({
	page,
	browser
}) => {
	// The QR code is drawn under the app's strict CSP: Chromium logs anything it refuses.
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
	});
	await page.goto(`/feedback/${office}`);
	await page.getByRole('link', { name: 'พิมพ์โปสเตอร์ QR code ของหน้านี้' }).click();
	await expect(page.getByTestId('qr-code')).toBeVisible();
	await page.getByLabel('โปสเตอร์สำหรับสถานศึกษา').selectOption({ index: 1 });
	const schoolName = (await page
		.getByLabel('โปสเตอร์สำหรับสถานศึกษา')
		.locator('option:checked')
		.textContent())!.trim();
	await page.getByRole('button', { name: 'แสดง' }).click();
	const poster = page.getByTestId('poster');
	await expect(poster).toContainText(schoolName);
	const address = (await page.getByTestId('poster-address').textContent())!.trim();
	expect(address).toMatch(new RegExp(`/feedback/${office}\\?school=[0-9a-f-]{36}$`));
	// A real QR code: dozens of dark runs, drawn as SVG shapes (no image, no injected HTML).
	expect(await page.getByTestId('qr-code').locator('rect').count()).toBeGreaterThan(100);
	await expect(page.getByRole('img', { name: `QR code ของที่อยู่ ${address}` })).toBeVisible();
	expect(refused).toEqual([]);

	// Scanning it opens the public page for that school.
	await page.goto(address);
	await expect(page.getByTestId('for-school')).toHaveText(`สำหรับ ${schoolName}`);
	await expect(page.getByLabel('สถานศึกษาที่เกี่ยวข้อง (ไม่บังคับ)')).toHaveValue(
		new URL(address).searchParams.get('school')!
	);
	await page.getByRole('radio', { name: 'ข้อเสนอแนะ' }).check();
	await page.getByLabel('รายละเอียด').fill('ขอให้จัดอบรมครูที่โรงเรียนบ่อยขึ้น');
	await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
	const code = (await page.getByTestId('tracking-code').textContent())!.trim();

	const executive = await signedInPage(browser, 'executive');
	await executive.goto('/inbox?group=none');
	await expect(executive.getByTestId('inbox-row').filter({ hasText: code })).toContainText(
		schoolName
	);
});

test('an overdue item tops the inbox, marked in words, and closing it without JavaScript asks again', async ({
	browser,
	request
}) => {
	const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
	const groupId = await demoGroupId(request, 'promotion');
	const [late] = await syncFeedbackItems(request, [
		{ groupId, body: 'รอคำตอบเรื่องทุนการศึกษามาสามสัปดาห์', submittedAt: days(20) },
		{ groupId, body: 'ขอบคุณสำหรับการอบรม', kind: 'compliment', submittedAt: days(1) }
	]);

	const leader = await signedInPage(browser, 'leader.promotion', { javaScriptEnabled: false });
	await leader.goto('/inbox');
	const rows = leader.getByTestId('inbox-row');
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toContainText('รอคำตอบเรื่องทุนการศึกษา');
	await expect(rows.first().getByTestId('overdue')).toHaveText('เกินกำหนด');
	await expect(rows.last()).toContainText('ขอบคุณสำหรับการอบรม');
	await expect(rows.last().getByTestId('overdue')).toHaveCount(0);
	await expect(leader.getByTestId('inbox-summary')).toHaveText('แสดง 2 เรื่อง เกินกำหนด 1 เรื่อง');
	await leader.getByLabel('เฉพาะเรื่องที่เกินกำหนด').check();
	await leader.getByRole('button', { name: 'แสดงตามตัวกรอง' }).click();
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('รอคำตอบเรื่องทุนการศึกษา');

	// No JavaScript, so no dialog: the server asks to confirm, keeping what was typed.
	await leader.goto(`/inbox/${late!.id}`);
	await expect(leader.getByTestId('item-status')).toContainText('เกินกำหนด');
	await triage(leader, 'ไม่สามารถดำเนินการได้', 'คำตอบถึงผู้ส่งเรื่อง', 'ไม่อยู่ในอำนาจของสำนักงาน');
	await expect(leader.getByRole('alert')).toContainText('โปรดยืนยันอีกครั้ง');
	await expect(leader.getByTestId('item-status')).toContainText('รับเรื่องแล้ว');
	await expect(leader.getByRole('textbox', { name: /^ข้อความ ไม่เกิน/ })).toHaveValue(
		'ไม่อยู่ในอำนาจของสำนักงาน'
	);
	await leader.getByRole('button', { name: 'ยืนยันปิดเรื่อง' }).click();
	await expect(leader.getByTestId('item-status')).toHaveText('ไม่สามารถดำเนินการได้');

	// Closed, it is no longer overdue.
	await leader.goto('/inbox');
	await expect(leader.getByTestId('inbox-summary')).toHaveText('แสดง 2 เรื่อง เกินกำหนด 0 เรื่อง');
});
