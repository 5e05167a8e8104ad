import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ApiError } from '$lib/api/contract';
import { signInPage } from './support/accounts';
import { enrollTestTablet } from './support/devices';

/*
 * An office admin at work, in Thai (the default language): accounts and roles, tablets, and the
 * audit log. The e2e store lives for the whole run, so every name here is new on each run.
 */

/** The office-wide report: only an executive may read it. */
const overview = '/api/reports/overview?fy=2568';
const firstPassword = 'รหัสเริ่มต้น-ยาวพอ';
const newPassword = 'รหัสใหม่-หลังลืม-2569';

async function apiSignIn(request: APIRequestContext, username: string, password: string) {
	return request.post('/api/auth/sign-in', { data: { username, password } });
}

async function expectErrorCode(
	response: Awaited<ReturnType<APIRequestContext['post']>>,
	status: number,
	code: string
) {
	expect(response.status()).toBe(status);
	expect(ApiError.parse(await response.json()).error.code).toBe(code);
}

/** The "done" line an admin form shows after it worked, announced to screen readers. */
async function expectDone(page: Page, text: string) {
	await expect(page.getByRole('status').filter({ hasText: text })).toHaveText(text);
}

test.describe('an office admin', () => {
	test.beforeEach(async ({ page }) => {
		await signInPage(page, 'admin');
	});

	test('creates an account, gives it a role, disables it, and sets a new password', async ({
		page,
		request
	}) => {
		const username = `e2e.staff.${Date.now()}`;
		const displayName = `นางสาวทดสอบ ระบบ ${Date.now()}`;

		await page.goto('/admin');
		await page.getByRole('link', { name: /^ผู้ใช้และบทบาท/ }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ผู้ใช้และบทบาท');

		// A name that is taken is refused in words, and what was typed stays in the form.
		const create = page.locator('form[action="?/create"]');
		await create.getByLabel('ชื่อผู้ใช้').fill('admin');
		await create.getByLabel('ชื่อที่แสดง').fill(displayName);
		await create.getByLabel('รหัสผ่านเริ่มต้น').fill(firstPassword);
		await create.getByRole('button', { name: 'สร้างบัญชี' }).click();
		await expect(page.getByRole('alert')).toHaveText('มีผู้ใช้ชื่อ admin แล้ว');
		await expect(create.getByLabel('ชื่อที่แสดง')).toHaveValue(displayName);

		await create.getByLabel('ชื่อผู้ใช้').fill(username);
		await create.getByLabel('รหัสผ่านเริ่มต้น').fill(firstPassword);
		await create.getByLabel('ผู้เก็บข้อมูล (ศึกษานิเทศก์)').check();
		await create.getByLabel('กลุ่มบริหารงานบุคคล').check();
		await create.getByRole('button', { name: 'สร้างบัญชี' }).click();
		await expectDone(page, `สร้างบัญชี ${username} แล้ว`);
		// The form is empty again for the next account.
		await expect(create.getByLabel('ชื่อผู้ใช้')).toHaveValue('');

		const row = page.locator(`tr[data-username="${username}"]`);
		await expect(row).toContainText(displayName);
		await expect(row).toContainText('ผู้เก็บข้อมูล (ศึกษานิเทศก์)');
		await expect(row).toContainText('ผู้อำนวยการกลุ่ม: กลุ่มบุคคล');
		await expect(row).toContainText('ใช้งานได้');
		await expect(row).toContainText(/25\d\d/);

		// The new account signs in (in its own browser context, `request`).
		expect((await apiSignIn(request, username, firstPassword)).status()).toBe(200);
		expect((await request.get(overview)).status()).toBe(403);

		// Its own page: give it the executive role.
		await row.getByRole('link', { name: `จัดการ ${username}` }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(displayName);
		await page.getByLabel('ผู้บริหาร', { exact: true }).check();
		await page.getByRole('button', { name: 'บันทึกบทบาท' }).click();
		await expectDone(page, `บันทึกบทบาทของ ${displayName} แล้ว`);
		await expect(page.locator('header .role-list')).toContainText('ผู้บริหาร');
		// The executive role reaches the overview report at once.
		expect((await request.get(overview)).status()).toBe(200);

		// Disabling asks first; cancelling changes nothing.
		await page.getByRole('button', { name: 'ระงับบัญชี', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: `ระงับบัญชี ${displayName}?` });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'ยกเลิก' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.getByText('บัญชีนี้ใช้งานได้')).toBeVisible();

		await page.getByRole('button', { name: 'ระงับบัญชี', exact: true }).click();
		await dialog.getByRole('button', { name: 'ยืนยัน ระงับบัญชี' }).click();
		await expectDone(page, `ระงับบัญชี ${displayName} แล้ว`);
		await expect(page.getByText('บัญชีนี้ถูกระงับ เข้าสู่ระบบไม่ได้')).toBeVisible();

		// Signed out where it was signed in, and it cannot sign in again.
		await expectErrorCode(await request.get(overview), 401, 'sign-in-required');
		await expectErrorCode(
			await apiSignIn(request, username, firstPassword),
			403,
			'account-disabled'
		);

		// Enabled again, it signs in; a new password then ends that session and is the one that
		// works. (No sign-in with the old password here: a wrong password counts against this
		// machine's address in the throttle that every e2e test signs in through.)
		await page.getByRole('button', { name: 'เปิดใช้บัญชีอีกครั้ง' }).click();
		await expectDone(page, `เปิดใช้บัญชี ${displayName} แล้ว`);
		expect((await apiSignIn(request, username, firstPassword)).status()).toBe(200);
		expect((await request.get(overview)).status()).toBe(200);
		await page.getByRole('textbox', { name: 'รหัสผ่านใหม่', exact: true }).fill(newPassword);
		await page.getByRole('button', { name: 'ตั้งรหัสผ่านใหม่', exact: true }).click();
		await expectDone(page, `ตั้งรหัสผ่านใหม่ให้ ${displayName} แล้ว`);
		await expectErrorCode(await request.get(overview), 401, 'sign-in-required');
		expect((await apiSignIn(request, username, newPassword)).status()).toBe(200);

		// Signed out everywhere by the admin: the session just opened ends.
		await page.getByRole('button', { name: `ให้ ${displayName} ออกจากระบบทุกเครื่อง` }).click();
		await expectDone(page, `${displayName} ออกจากระบบแล้ว 1 เครื่อง`);
		await expectErrorCode(await request.get(overview), 401, 'sign-in-required');

		// The users list says it too.
		await page.goto('/admin/users');
		await expect(page.locator(`tr[data-username="${username}"]`)).toContainText('ผู้บริหาร');

		// The audit log, filtered to created accounts, names this one.
		await page.goto('/admin/audit');
		await page.getByLabel('ประเภทรายการ').selectOption({ label: 'สร้างบัญชีผู้ใช้' });
		await page.getByRole('button', { name: 'แสดง', exact: true }).click();
		await expect(page).toHaveURL(/action=user-created/);
		const created = page
			.getByTestId('audit-table')
			.locator('tr', { hasText: `${displayName} (${username})` });
		await expect(created).toContainText('สร้างบัญชีผู้ใช้');
		await expect(created).toContainText('ผู้ดูแลระบบ (สาธิต)');
		// The roles it was given, in words rather than ids.
		await expect(created).toContainText('ผู้อำนวยการกลุ่ม: กลุ่มบุคคล');
		await expect(page.getByTestId('audit-table')).not.toContainText('ระงับบัญชี');
	});

	test('cannot take away their own admin role or disable themselves', async ({ page }) => {
		await page.goto('/admin/users');
		await page.getByRole('link', { name: 'จัดการ admin', exact: true }).click();
		await expect(page.getByText('นี่คือบัญชีของท่าน')).toBeVisible();
		await expect(page.getByLabel('ผู้ดูแลระบบ', { exact: true })).toBeDisabled();
		await expect(page.getByLabel('ผู้ดูแลระบบ', { exact: true })).toBeChecked();
		await expect(page.getByText('ท่านระงับบัญชีของตนเองไม่ได้')).toBeVisible();
		await expect(page.getByRole('button', { name: 'ระงับบัญชี', exact: true })).toHaveCount(0);

		// Even a hand-made request is refused, in words.
		const { origin, pathname } = new URL(page.url());
		const userId = pathname.split('/').at(-1);
		const response = await page.request.post(`/admin/users/${userId}?/roles`, {
			form: { role: 'executive' },
			headers: { origin, 'x-sveltekit-action': 'true' }
		});
		const body = (await response.json()) as { type: string; data: string };
		expect(body.type).toBe('failure');
		expect(body.data).toContain('ท่านนำบทบาทผู้ดูแลระบบออกจากบัญชีของตนเองไม่ได้');

		// A user id of no user of this office is a page that does not exist.
		const unknown = await page.goto(`/admin/users/${crypto.randomUUID()}`);
		expect(unknown?.status()).toBe(404);
	});

	test('issues an enrollment code, and revokes a tablet so that it can no longer sync', async ({
		page,
		request
	}) => {
		const name = `แท็บเล็ต e2e ${Date.now()}`;
		const tablet = await enrollTestTablet(request, name);
		const sync = () =>
			request.post('/api/sync', {
				headers: { authorization: `Bearer ${tablet.token}` },
				data: { deviceId: tablet.deviceId, records: [] }
			});
		expect((await sync()).status()).toBe(200);

		await page.goto('/admin');
		await page.getByRole('link', { name: /^แท็บเล็ต/ }).click();
		await page.getByRole('button', { name: 'ออกรหัสลงทะเบียน' }).click();
		const code = page.getByTestId('enrollment-code');
		await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4,}$/);
		await expect(page.getByText(/ใช้ได้ถึง .*25\d\d/)).toBeVisible();
		// The code shown is a real one: a tablet enrolls with it.
		const enrolled = await request.post('/api/devices/enroll', {
			data: { code: await code.innerText(), deviceId: crypto.randomUUID(), name: `${name} ใหม่` }
		});
		expect(enrolled.status()).toBe(200);

		const row = page.locator(`tr[data-device-id="${tablet.deviceId}"]`);
		await expect(row).toContainText(name);
		await expect(row).toContainText('ใช้งานได้');
		await row.getByRole('button', { name: `ยกเลิก ${name}` }).click();
		const dialog = page.getByRole('dialog', { name: `ยกเลิกแท็บเล็ต ${name}?` });
		await dialog.getByRole('button', { name: 'ยืนยัน ยกเลิกเครื่อง' }).click();
		await expectDone(page, `ยกเลิกแท็บเล็ต ${name} แล้ว`);
		await expect(row).toContainText('ยกเลิกแล้ว เมื่อ');
		await expect(row.getByRole('button')).toHaveCount(0);

		await expectErrorCode(await sync(), 401, 'device-not-enrolled');

		await page.goto('/admin/audit?action=device-revoked');
		const revoked = page.getByTestId('audit-table').locator('tr', { hasText: name });
		await expect(revoked).toContainText('ยกเลิกแท็บเล็ต');
		await expect(revoked).toContainText('ผู้ดูแลระบบ (สาธิต)');
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('revoking a tablet asks on the page before it is done', async ({ page, request }) => {
			const name = `แท็บเล็ตไม่มีสคริปต์ ${Date.now()}`;
			const tablet = await enrollTestTablet(request, name);
			await page.goto('/admin/devices');
			const row = page.locator(`tr[data-device-id="${tablet.deviceId}"]`);
			await row.getByRole('button', { name: `ยกเลิก ${name}` }).click();
			// Not yet: the page asks once more.
			const ask = page.getByRole('alert').filter({ hasText: 'โปรดยืนยันอีกครั้ง' });
			await expect(ask).toBeVisible();
			await expect(page.locator(`tr[data-device-id="${tablet.deviceId}"]`)).toContainText(
				'ใช้งานได้'
			);
			await ask.getByRole('button', { name: 'ยืนยัน ยกเลิกเครื่อง' }).click();
			await expectDone(page, `ยกเลิกแท็บเล็ต ${name} แล้ว`);
			await expect(page.locator(`tr[data-device-id="${tablet.deviceId}"]`)).toContainText(
				'ยกเลิกแล้ว เมื่อ'
			);
		});
	});
});
