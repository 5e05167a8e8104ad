import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { GroupsResponse } from '$lib/api/contract';
import { GroupReport } from '$lib/api/report-contract';
import { satisfactionLevelLabels, type SatisfactionLevel } from '$lib/domain';
import { reportFy, seedGroupResponses } from './support/report-data';
import { signInPage, signInRequest } from './support/accounts';

/** The report pages print numbers the way a Thai reader's browser does: 2 decimals, th-TH. */
const twoDecimals = new Intl.NumberFormat('th-TH', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});
const fixed = (value: number | null) => (value === null ? '–' : twoDecimals.format(value));
const levelWord = (level: number | null) =>
	level === null ? '–' : satisfactionLevelLabels[level as SatisfactionLevel].th;

/** A string that only the chart.js bundle contains: one of its error messages. */
const chartJsMarker = 'Canvas is already in use';

/**
 * The e2e store is shared by every test file and outlives a worker that restarts after a failure:
 * seed the group's responses only when FY 2568 has none yet, so a rerun does not double them.
 */
async function personnelReport(request: APIRequestContext): Promise<GroupReport> {
	const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
	const group = groups.find((g) => g.code === 'personnel');
	if (group === undefined) throw new Error('the demo office has no personnel group');
	const read = async () => {
		const response = await request.get(`/api/reports/groups/${group.id}?fy=${reportFy}`);
		expect(response.status()).toBe(200);
		return GroupReport.parse(await response.json());
	};
	const report = await read();
	if (report.respondents.total > 0) return report;
	await seedGroupResponses(request, 'personnel');
	return read();
}

/** A chart has drawn something: its canvas differs from a blank canvas of the same size. */
async function expectChartDrawn(chart: Locator) {
	await expect(chart).toHaveAttribute('data-chart-ready', 'true');
	const drawn = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const blank = document.createElement('canvas');
		blank.width = canvas.width;
		blank.height = canvas.height;
		return canvas.width > 0 && canvas.height > 0 && canvas.toDataURL() !== blank.toDataURL();
	});
	expect(drawn).toBe(true);
}

/** Script files the page loaded, with their text. */
function collectScripts(page: Page): Map<string, Promise<string>> {
	const scripts = new Map<string, Promise<string>>();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.set(
			new URL(response.url()).pathname,
			response.text().catch(() => '')
		);
	});
	return scripts;
}

test.describe('the report pages of group leaders and executives', () => {
	let report: GroupReport;
	let reportPath: string;

	test.beforeAll(async ({ request }) => {
		await signInRequest(request, 'executive');
		report = await personnelReport(request);
		expect(report.overall.n).toBeGreaterThan(0);
		reportPath = `/reports/groups/${report.group.id}?fy=${reportFy}`;
	});

	// The executive reads every group; one test below signs in as the group's own leader.
	test.beforeEach(async ({ page }) => {
		await signInPage(page, 'executive');
	});

	test("a group leader opens the group's report: charts drawn, and the tables say what the API says", async ({
		page
	}) => {
		await signInPage(page, 'leader.personnel');
		await page.goto(reportPath);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(report.group.name.th);
		await expect(page.getByText(`ปีงบประมาณ ${reportFy}`).first()).toBeVisible();

		for (const testid of ['chart-item-means', 'chart-distribution', 'chart-trend']) {
			await expectChartDrawn(page.getByTestId(testid));
		}
		await expect(page.getByRole('img', { name: /ค่าเฉลี่ยความพึงพอใจ/ }).first()).toBeVisible();

		const headline = page.getByTestId('headline');
		await expect(headline.locator('[data-stat="satisfaction"] dd')).toHaveText(
			fixed(report.overall.satisfactionPercent)
		);
		await expect(headline.locator('[data-stat="mean"] dd')).toHaveText(
			fixed(report.overall.meanRounded)
		);
		await expect(headline.locator('[data-stat="level"] dd')).toHaveText(
			levelWord(report.overall.level)
		);

		const answered = report.items.filter((item) => item.n > 0);
		expect(answered.length).toBeGreaterThanOrEqual(3);
		for (const item of [answered[0]!, answered[1]!, answered.at(-1)!]) {
			const row = page.getByTestId('items-table').locator(`tr[data-item="${item.key}"]`);
			await expect(row.locator('[data-col="n"]')).toHaveText(String(item.n));
			await expect(row.locator('[data-col="mean"]')).toHaveText(fixed(item.meanRounded));
			await expect(row.locator('[data-col="sd"]')).toHaveText(fixed(item.sd));
			await expect(row.locator('[data-col="level"]')).toHaveText(levelWord(item.level));
			await expect(row.locator('[data-col="p5"]')).toHaveText(fixed(item.percents[4]));
		}

		const respondents = page.getByTestId('respondents-table');
		for (const type of ['teacher', 'school_executive', 'parent'] as const) {
			const expected = report.respondents.byType.find((r) => r.type === type)!;
			expect(expected.count).toBeGreaterThan(0);
			await expect(respondents.locator(`tr[data-type="${type}"] td`).first()).toHaveText(
				String(expected.count)
			);
		}

		const parking = report.openAnswers
			.flatMap((q) => q.answers)
			.find((a) => a.text === 'ควรเพิ่มที่จอดรถ');
		expect(parking?.count).toBeGreaterThan(1);
		const answer = page.getByTestId('open-answers').getByRole('listitem').filter({
			hasText: 'ควรเพิ่มที่จอดรถ'
		});
		await expect(answer).toHaveCount(1);
		await expect(answer).toContainText(`${parking!.count} ครั้ง`);

		await expect(page.getByTestId('ita-summary')).toContainText(report.group.name.th);
		const exports = page.getByTestId('export-links');
		await expect(exports.getByRole('link', { name: 'รายงาน CSV' })).toHaveAttribute(
			'href',
			`/api/reports/groups/${report.group.id}/export?format=csv&content=report&fy=${reportFy}`
		);
		await expect(exports.getByRole('link', { name: 'ฉบับพิมพ์ / PDF' })).toHaveAttribute(
			'href',
			`/reports/groups/${report.group.id}/print?fy=${reportFy}`
		);

		// In English the words change, the numbers stay, and the charts are drawn again.
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Satisfaction report');
		await expect(headline.locator('[data-stat="level"] dd')).toHaveText(
			satisfactionLevelLabels[report.overall.level as SatisfactionLevel].en
		);
		await expect(headline.locator('[data-stat="mean"] dd')).toHaveText(
			new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
				report.overall.meanRounded!
			)
		);
		await expectChartDrawn(page.getByTestId('chart-item-means'));
		await expect(page.getByRole('img', { name: /Horizontal bar chart/ }).first()).toBeVisible();
	});

	test('an executive records an opinion on the report, and it is still there after a reload', async ({
		page
	}) => {
		await page.goto(reportPath);
		const card = page.getByTestId('note-executive-opinion');
		const opinion = `รับทราบ ให้กลุ่มเร่งปรับปรุงที่จอดรถ (${Date.now()})`;
		await card.getByRole('textbox', { name: /ความเห็น\/ข้อสั่งการ/ }).fill(opinion);
		await card.getByRole('textbox', { name: 'ชื่อผู้บันทึก (ตามที่ลงนาม)' }).fill('ผอ.สพป. ทดสอบ');
		await card.getByRole('button', { name: 'บันทึก' }).click();
		await expect(card.getByRole('status')).toContainText('บันทึก');
		await expect(card.getByTestId('note-executive-opinion-text')).toHaveText(opinion);

		await page.reload();
		await expect(page.getByTestId('note-executive-opinion-text')).toHaveText(opinion);
		await expect(page.getByTestId('note-executive-opinion')).toContainText('ผอ.สพป. ทดสอบ');

		// An empty opinion is refused with a reason, and the recorded one stays.
		await page.getByTestId('note-executive-opinion').getByRole('textbox').first().fill(' ');
		await page.getByTestId('note-executive-opinion').getByRole('button', { name: 'บันทึก' }).click();
		await expect(page.getByTestId('note-executive-opinion').getByRole('alert')).toContainText(
			'กรอกข้อความ'
		);
		await page.reload();
		await expect(page.getByTestId('note-executive-opinion-text')).toHaveText(opinion);
	});

	test("the executive overview lists the group beside the others and leads to the group's report", async ({
		page
	}) => {
		await page.goto(`/reports?fy=${reportFy}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ภาพรวมความพึงพอใจทุกกลุ่ม');
		const row = page.getByTestId('overview-table').locator('tr[data-group="personnel"]');
		await expect(row).toContainText(fixed(report.overall.meanRounded));
		await expect(row).toContainText(levelWord(report.overall.level));
		await expectChartDrawn(page.getByTestId('chart-group-means'));

		await row.getByRole('link', { name: report.group.name.th }).click();
		await expect(page).toHaveURL(reportPath);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(report.group.name.th);
		await expectChartDrawn(page.getByTestId('chart-item-means'));
	});

	test('the filters open a report at a shareable address: a quarter, then a date range without notes', async ({
		page
	}) => {
		await page.goto(reportPath);
		const filters = page.getByTestId('report-filters');
		await filters.getByRole('combobox', { name: /^ไตรมาส/ }).selectOption('2');
		await filters.getByLabel('ประเภทผู้ตอบ').selectOption('teacher');
		await filters.getByRole('button', { name: 'แสดงรายงาน' }).click();
		await expect(page).toHaveURL(
			`/reports/groups/${report.group.id}?fy=${reportFy}&quarter=2&respondentType=teacher`
		);
		await expect(page.getByText(`ไตรมาสที่ 2 ปีงบประมาณ ${reportFy}`).first()).toBeVisible();
		await expect(page.getByText('กรองเฉพาะ: ครู')).toBeVisible();
		await expect(page.getByTestId('note-executive-opinion')).toBeVisible();

		await filters.getByRole('radio', { name: 'ช่วงวันที่' }).check();
		await filters.getByLabel('ตั้งแต่วันที่').fill('2024-10-01');
		await filters.getByLabel('ถึงวันที่').fill('2025-09-30');
		await filters.getByLabel('ประเภทผู้ตอบ').selectOption('');
		await filters.getByRole('button', { name: 'แสดงรายงาน' }).click();
		await expect(page).toHaveURL(
			`/reports/groups/${report.group.id}?from=2024-10-01&to=2025-09-30`
		);
		await expect(page.getByTestId('headline').locator('[data-stat="mean"] dd')).toHaveText(
			fixed(report.overall.meanRounded)
		);
		await expect(page.getByText('บันทึกความเห็นและการปรับปรุงได้เฉพาะ')).toBeVisible();
		await expect(page.getByTestId('note-executive-opinion')).toHaveCount(0);
	});

	test('an unknown group is a 404, and a period without answers says so without empty charts', async ({
		page
	}) => {
		for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-group']) {
			const response = await page.goto(`/reports/groups/${id}?fy=${reportFy}`);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('ไม่พบรายงานที่ต้องการ');
		}

		await page.goto(`/reports/groups/${report.group.id}?fy=2560`);
		await expect(page.getByTestId('report-empty')).toContainText('ไม่มีผู้ตอบแบบประเมิน');
		await expect(page.locator('canvas')).toHaveCount(0);
		await expect(page.getByText('NaN')).toHaveCount(0);
	});

	test('a malformed period is explained in Thai beside the filter form, on the current year', async ({
		page
	}) => {
		const response = await page.goto(`/reports/groups/${report.group.id}?fy=abc`);
		expect(response?.status()).toBe(200);
		await expect(page.getByTestId('query-problems')).toContainText('ปีงบประมาณ');
		await expect(page.getByTestId('report-filters')).toBeVisible();
		await expect(page.locator('canvas')).toHaveCount(0);

		await page.goto(`/reports?from=2025-03-01`);
		await expect(page.getByTestId('query-problems')).toContainText('วันสิ้นสุด');
	});

	test('chart.js is loaded by the report pages only, never by the landing page', async ({
		browser
	}) => {
		const reportPage = await browser.newPage();
		await signInPage(reportPage, 'executive');
		const reportScripts = collectScripts(reportPage);
		await reportPage.goto(reportPath);
		await expectChartDrawn(reportPage.getByTestId('chart-item-means'));
		const chartChunks: string[] = [];
		for (const [path, text] of reportScripts) {
			if ((await text).includes(chartJsMarker)) chartChunks.push(path);
		}
		expect(chartChunks.length).toBeGreaterThan(0);
		await reportPage.close();

		const landing = await browser.newPage();
		const landingScripts = collectScripts(landing);
		const response = await landing.goto('/');
		await expect(landing.getByRole('heading', { level: 1, name: 'ร่วมใจ' })).toBeVisible();
		await landing.waitForLoadState('networkidle');
		const html = (await response?.text()) ?? '';
		for (const chunk of chartChunks) {
			expect(html).not.toContain(chunk.split('/').at(-1)!);
			expect([...landingScripts.keys()]).not.toContain(chunk);
		}
		for (const text of landingScripts.values()) {
			expect(await text).not.toContain(chartJsMarker);
		}
		await landing.close();
	});
});
