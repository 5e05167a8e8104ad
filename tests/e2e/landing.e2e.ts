import { expect, test, type Page } from '@playwright/test';
import { demoPassword, signInPage } from './support/accounts';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test.describe('the landing page', () => {
	test('a visitor reads it in Thai, switches to English, keeps English after a reload and switches back', async ({
		page
	}) => {
		await page.goto('/');
		await expect(heading(page, 'ร่วมใจ')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'th');
		await expect(page).toHaveTitle(/ร่วมใจ/);

		await page.getByRole('button', { name: 'English' }).click();
		await expect(heading(page, 'Ruamjai')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveTitle(/Ruamjai/);
		await expect(page.getByRole('button', { name: 'ภาษาไทย' })).toBeVisible();

		// The cookie makes the server render English, so there is no Thai flash before hydration.
		const response = await page.reload();
		expect(await response?.text()).toContain('<html lang="en">');
		await expect(heading(page, 'Ruamjai')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		await page.getByRole('button', { name: 'ภาษาไทย' }).click();
		await expect(heading(page, 'ร่วมใจ')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'th');
		const cookies = await page.context().cookies();
		expect(cookies.find((c) => c.name === 'ruamjai_locale')).toMatchObject({
			value: 'th',
			sameSite: 'Lax'
		});
	});

	test("shows the office's groups and forms, or says in words that there are none yet", async ({
		page
	}) => {
		// Whether the store is seeded is the loader's business; either way the sections say something.
		await page.goto('/');
		const groups = page.getByRole('region', { name: 'กลุ่มในสำนักงาน' });
		const forms = page.getByRole('region', { name: 'แบบฟอร์มที่ใช้งาน' });
		await expect(
			groups.getByRole('listitem').or(groups.getByText('ยังไม่มีกลุ่มในระบบ')).first()
		).toBeVisible();
		await expect(
			forms.getByRole('listitem').or(forms.getByText('ยังไม่มีแบบฟอร์มในระบบ')).first()
		).toBeVisible();
	});

	test('the Collect card opens the collection screen, in both languages', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: /^เก็บข้อมูล/ }).click();
		await expect(page).toHaveURL('/collect');
		await expect(heading(page, 'เก็บข้อมูลในพื้นที่')).toBeVisible();
		await page.getByRole('button', { name: 'English' }).click();
		await expect(heading(page, 'Collect in the field')).toBeVisible();
		await expect(page).toHaveTitle('Collect · Ruamjai');
	});

	test('the Reports card asks to sign in, then leads to the overview of every group', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('link', { name: /^รายงาน/ }).click();
		await expect(page).toHaveURL(/\/sign-in\?next=%2Freports/);
		await page.getByLabel('ชื่อผู้ใช้').fill('executive');
		await page.getByLabel('รหัสผ่าน').fill(demoPassword());
		await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
		await expect(page).toHaveURL(/\/reports$/);
		await expect(page.getByTestId('account-link')).toHaveText('ผู้อำนวยการสำนักงาน (สาธิต)');
		await expect(heading(page, 'ภาพรวมความพึงพอใจทุกกลุ่ม')).toBeVisible();
		await page.getByRole('button', { name: 'English' }).click();
		await expect(heading(page, 'Satisfaction across all groups')).toBeVisible();
	});

	test('the Admin card leads an administrator to the administration pages', async ({ page }) => {
		await signInPage(page, 'admin');
		await page.goto('/');
		await page
			.getByRole('main')
			.getByRole('link', { name: /^ผู้ดูแลระบบ/ })
			.click();
		await expect(page).toHaveURL('/admin');
		await expect(heading(page, 'งานของผู้ดูแลระบบ')).toBeVisible();
		// Each section by its name, so a card added later does not break the test by its count alone.
		const sections = page.getByRole('main').getByRole('navigation');
		for (const name of [
			/^ผู้ใช้และบทบาท/,
			/^แท็บเล็ต/,
			/^บันทึกการใช้งาน/,
			/^เผยแพร่ผลการปรับปรุง/,
			/^สร้างแบบฟอร์ม/
		]) {
			await expect(sections.getByRole('link', { name })).toHaveCount(1);
		}

		await page.getByRole('button', { name: 'English' }).click();
		await expect(heading(page, 'Administration')).toBeVisible();
		await expect(page).toHaveTitle('Admin · Ruamjai');
		await page.getByRole('link', { name: /^Users and roles/ }).click();
		await expect(page).toHaveURL('/admin/users');
	});

	test('the Activities card is there for a group leader, and not for a visitor signed out', async ({
		page
	}) => {
		const card = page.getByRole('main').getByRole('link', { name: /^กิจกรรมการมีส่วนร่วม/ });
		await page.goto('/');
		await expect(card).toHaveCount(0);
		await signInPage(page, 'leader.personnel');
		await page.goto('/');
		await card.click();
		await expect(page).toHaveURL('/activities');
		await expect(heading(page, 'กิจกรรมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย')).toBeVisible();
	});
});
