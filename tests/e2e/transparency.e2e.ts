import { expect, test, type Page } from '@playwright/test';
import { signInPage, signInRequest } from './support/accounts';
import { reportFy, seedGroupResponses } from './support/report-data';

/*
 * The public "you said, we did" page (issue 7): an administrator previews a fiscal year, publishes
 * it, and anyone, signed out, reads each group's topic, who took part, the results and what the
 * group changed; withdrawn, the year is gone from the public site. Only `internal_audit` is
 * checked: other files seed other groups of the shared store.
 */

const office = 'spp-demo';
const improvement = 'ปรับขั้นตอนตรวจสอบให้สั้นลง <script>window.__pwned = 1</script>';

async function noScriptRan(page: Page) {
	expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
}

test('an administrator publishes a fiscal year, the public reads it signed out, and a withdrawn year is gone', async ({
	page,
	browser,
	request
}) => {
	const { group } = await seedGroupResponses(request, 'internal_audit', 8);
	await signInRequest(request, 'leader.internal_audit');
	const note = await request.put(`/api/reports/groups/${group.id}/notes`, {
		data: { fy: reportFy, quarter: null, kind: 'improvement-actions', text: improvement }
	});
	expect(note.status(), await note.text()).toBe(200);

	// Nothing is public before an administrator publishes.
	const visitor = await browser.newPage();
	const before = await visitor.goto(`/transparency/${office}/${reportFy}`);
	expect(before?.status()).toBe(404);
	// Other files may publish other years (activities.e2e.ts does): this year is what must be absent.
	await visitor.goto(`/transparency/${office}`);
	await expect(visitor.getByRole('link', { name: `ปีงบประมาณ ${reportFy}` })).toHaveCount(0);

	await signInPage(page, 'admin');
	await page.goto('/admin');
	await page.getByRole('link', { name: /เผยแพร่ผลการปรับปรุง/ }).click();
	await page.getByLabel('ปีงบประมาณ', { exact: true }).selectOption(String(reportFy));
	await page.getByRole('button', { name: 'แสดงตัวอย่าง' }).click();
	const preview = page
		.getByTestId('transparency-preview')
		.locator('[data-group-code="internal_audit"]');
	await expect(preview.getByTestId('participants')).toContainText('ผู้ตอบแบบประเมิน 8 คน');

	await page.getByRole('button', { name: `เผยแพร่ปีงบประมาณ ${reportFy}` }).click();
	const dialog = page.getByRole('dialog', { name: `เผยแพร่หน้าปีงบประมาณ ${reportFy} สู่สาธารณะ?` });
	await dialog.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(`เผยแพร่ปีงบประมาณ ${reportFy} แล้ว`);
	await expect(page.getByTestId('published-years')).toContainText(`ปีงบประมาณ ${reportFy}`);

	// Signed out, from the landing page.
	await visitor.goto('/');
	await visitor.getByRole('link', { name: /ท่านบอก เราทำ/ }).click();
	// Another file may have published a later year (activities.e2e.ts does): choose this one.
	await visitor.getByRole('link', { name: `ปีงบประมาณ ${reportFy}` }).click();
	await expect(visitor).toHaveURL(`/transparency/${office}/${reportFy}`);
	const part = visitor.locator('[data-group-code="internal_audit"]');
	await expect(part.getByRole('heading', { level: 3 })).toHaveText('หน่วยตรวจสอบภายใน');
	await expect(part).toContainText('การประเมินความพึงพอใจต่อการให้บริการของหน่วยตรวจสอบภายใน');
	const participants = part.getByTestId('participants');
	await expect(participants).toContainText('ผู้ตอบแบบประเมิน 8 คน');
	await expect(participants).toContainText('ครู 4');
	await expect(participants).toContainText('ผู้บริหารสถานศึกษา 2');
	await expect(participants).toContainText('ผู้ปกครอง 2');
	await expect(part.getByTestId('results')).toContainText(/ค่าเฉลี่ย \(x̄\) \d\.\d\d/);
	await expect(part.getByTestId('you-said').getByRole('listitem')).toHaveCount(3);
	// The group's own words, as text: the script is shown, never run.
	await expect(part.getByTestId('we-did').locator('blockquote')).toHaveText(improvement);
	await noScriptRan(visitor);

	// The numbers are the group report's own.
	await signInRequest(request, 'executive');
	const report = await (await request.get(`/api/reports/groups/${group.id}?fy=${reportFy}`)).json();
	const mean = (report.overall.meanRounded as number).toFixed(2);
	await expect(part.getByTestId('results')).toContainText(`ค่าเฉลี่ย (x̄) ${mean}`);

	// Withdrawn: gone from the public site.
	await page.getByRole('button', { name: `ถอนปีงบประมาณ ${reportFy}` }).click();
	const withdraw = page.getByRole('dialog', { name: `ถอนหน้าปีงบประมาณ ${reportFy} ออกจากสาธารณะ?` });
	await withdraw.getByRole('button', { name: 'ถอนการเผยแพร่' }).click();
	await expect(page.getByRole('status')).toContainText(`ถอนปีงบประมาณ ${reportFy} แล้ว`);
	const after = await visitor.goto(`/transparency/${office}/${reportFy}`);
	expect(after?.status()).toBe(404);
	// Other files may publish other years (activities.e2e.ts does): this year is what must be absent.
	await visitor.goto(`/transparency/${office}`);
	await expect(visitor.getByRole('link', { name: `ปีงบประมาณ ${reportFy}` })).toHaveCount(0);
	await visitor.close();
});
