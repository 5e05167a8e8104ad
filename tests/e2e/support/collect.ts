import { expect, type Page } from '@playwright/test';
import { demoPassword } from './accounts';
import { enrollTablet } from './sync';

export const supervisorPin = '1234';

/** The demo supervisor account of the end-to-end server, as the tablet names it. */
export const supervisorName = 'ศึกษานิเทศก์ (สาธิต)';

export const supervisorsCard = (page: Page) => page.getByTestId('supervisors-card');

/** The survey's start form on /collect (beside it, an activity's sign-in form, issue 8). */
export const sessionStartForm = (page: Page) =>
	page.getByRole('form', { name: /เริ่มรอบการเก็บข้อมูล|Start a collection/ });

const startHeading = (page: Page) =>
	page.getByRole('heading', { name: /เริ่มรอบการเก็บข้อมูล|Start a collection/ });

/**
 * On /collect, online and enrolled: a supervisor signs in on the tablet once with their account
 * and chooses their PIN (twice). Ends with them on the tablet's list.
 */
export async function addSupervisor(
	page: Page,
	options: { username?: string; pin?: string; name?: string } = {}
): Promise<void> {
	const card = supervisorsCard(page);
	await card.getByLabel('ชื่อผู้ใช้').fill(options.username ?? 'supervisor');
	await card.getByLabel('รหัสผ่าน').fill(demoPassword());
	await card.getByRole('button', { name: 'ตรวจสอบบัญชี' }).click();
	const pin = options.pin ?? supervisorPin;
	await card.getByLabel('รหัส PIN (ตัวเลข 4–12 หลัก)').fill(pin);
	await card.getByLabel('พิมพ์รหัส PIN อีกครั้ง').fill(pin);
	await card.getByRole('button', { name: 'บันทึกรหัส PIN' }).click();
	await expect(card.getByRole('status')).toHaveText(
		`${options.name ?? supervisorName} เก็บข้อมูลบนแท็บเล็ตเครื่องนี้ได้แล้ว`
	);
}

/**
 * On /collect, online: enrolls the tablet if it is not, and adds the demo supervisor if the tablet
 * has none. Ends with the start form shown.
 */
export async function prepareTablet(page: Page, options: { tabletName?: string } = {}) {
	const card = supervisorsCard(page);
	const enrollFirst = card.getByText(/ต้องลงทะเบียนแท็บเล็ตเครื่องนี้ก่อน/);
	const addHeading = card.getByRole('heading', { name: 'เพิ่มผู้เก็บข้อมูลในแท็บเล็ตนี้' });
	await expect(enrollFirst.or(addHeading)).toBeVisible();
	if (await enrollFirst.isVisible()) await enrollTablet(page, options.tabletName);
	await expect(addHeading).toBeVisible();
	if (!(await startHeading(page).isVisible())) await addSupervisor(page);
	await expect(startHeading(page)).toBeVisible();
}

/**
 * From the start form on /collect (online or not): the supervisor chooses the school, themselves
 * and types their PIN. Ends on /collect/session.
 */
export async function startSession(
	page: Page,
	options: { school?: string; supervisor?: string; pin?: string } = {}
): Promise<void> {
	await expect(startHeading(page)).toBeVisible();
	// Within the survey's start form: the activity sign-in form beside it asks for a supervisor too.
	const form = sessionStartForm(page);
	const school = form.getByLabel(/โรงเรียนหรือหน่วยงาน|School or unit/);
	if (options.school) await school.selectOption({ label: options.school });
	else await school.selectOption({ index: 1 });
	await form.getByRole('radio', { name: options.supervisor ?? supervisorName }).check();
	await form.getByLabel('รหัส PIN ของผู้เก็บข้อมูล').fill(options.pin ?? supervisorPin);
	await form.getByRole('button', { name: /เริ่มเก็บข้อมูล|Start collecting/ }).click();
	await expect(page).toHaveURL(/\/collect\/session$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/รอบการเก็บข้อมูล|Collection session/
	);
}

/**
 * A supervisor's morning, online: open /collect (which downloads forms and lists), enroll the
 * tablet and add the demo supervisor with their PIN when it has not been done, and start a session
 * at the first school with every group and form. Ends on /collect/session.
 */
export async function openCollectionSession(
	page: Page,
	options: { school?: string; tabletName?: string } = {}
): Promise<void> {
	await page.goto('/collect');
	await expect(page.getByTestId('pull-status')).toContainText(/ดาวน์โหลดแล้ว|Downloaded/);
	await prepareTablet(page, options);
	await startSession(page, options);
}
