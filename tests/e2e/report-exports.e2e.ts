import { expect, test, type APIRequestContext } from '@playwright/test';
import readExcelFile from 'read-excel-file/node';
import { GroupReport } from '$lib/api/report-contract';
import { roundMean } from '$lib/domain/statistics';
import { formatCell } from '$lib/reports/report-tables';
import { parseCsv } from '$lib/server/reports/export/testing/parse-csv';
import { reportFy, seedGroupResponses, type SeededGroup } from './support/report-data';
import { signInPage, signInRequest } from './support/accounts';

/*
 * A group leader prints the year's report and downloads it for Excel: every number on paper and
 * in the files is the number the report API sends. The e2e store is shared: this file seeds and
 * reads only the group finance_assets.
 */

const fixed2 = (value: number | null) => (value === null ? '' : roundMean(value).toFixed(2));
const thai2 = (value: number | null) => formatCell(value, 'decimal2', 'th', { thaiDigits: true });

async function download(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status()).toBe(200);
	expect(response.headers()['cache-control']).toBe('no-store');
	return response;
}

test.describe('report exports and the print view', () => {
	let seeded: SeededGroup;
	let report: GroupReport;
	let base: string;

	test.beforeAll(async ({ request }) => {
		await signInRequest(request, 'leader.finance_assets');
		seeded = await seedGroupResponses(request, 'finance_assets');
		const response = await request.get(`/api/reports/groups/${seeded.group.id}?fy=${reportFy}`);
		expect(response.status()).toBe(200);
		report = GroupReport.parse(await response.json());
		// A worker that restarts after a failed test seeds again: the API's total is the truth.
		expect(report.respondents.total % seeded.count).toBe(0);
		expect(report.respondents.total).toBeGreaterThan(0);
		base = `/api/reports/groups/${seeded.group.id}/export?fy=${reportFy}`;
	});

	// The group's own leader: what they may read, they may print and export.
	test.beforeEach(async ({ page, request }) => {
		await signInPage(page, 'leader.finance_assets');
		await signInRequest(request, 'leader.finance_assets');
	});

	test('the printed report shows the API numbers under Thai captions, in Sarabun, on A4', async ({
		page
	}) => {
		await page.goto(`/reports/groups/${seeded.group.id}/print?fy=${reportFy}`);
		await expect(page.getByText('ตารางที่ ๑ จำนวนและร้อยละของผู้ตอบแบบสอบถาม')).toBeVisible();
		await expect(page.getByText(/^ตารางที่ ๒ ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน/)).toBeVisible();
		await expect(page.getByText('๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘')).toBeVisible();

		const overall = page.locator('[data-table="dimensions"] tr.total');
		await expect(overall.locator('td')).toHaveText([
			'โดยรวม',
			formatCell(report.overall.n, 'integer', 'th', { thaiDigits: true }),
			thai2(report.overall.meanRounded),
			thai2(report.overall.sd),
			/.+/,
			''
		]);
		await expect(
			page.getByText(
				`(x̄ = ${thai2(report.overall.meanRounded)}, S.D. = ${thai2(report.overall.sd)})`
			)
		).toHaveCount(3);
		const item = report.items[0]!;
		const itemRow = page.locator('[data-table="items"] tr.body', { hasText: item.label.th });
		await expect(itemRow.locator('td').nth(3)).toHaveText(thai2(item.meanRounded));
		await expect(itemRow.locator('td').nth(4)).toHaveText(thai2(item.sd));
		// Suggestions are text: the seeded ones with their counts.
		await expect(
			page.locator('[data-table="openAnswers"] tr.body', { hasText: 'ควรเพิ่มที่จอดรถ' })
		).toBeVisible();

		const font = await page.evaluate(async () => {
			await document.fonts.ready;
			const sheet = document.querySelector('.sheet')!;
			return {
				family: getComputedStyle(sheet).fontFamily,
				loaded: [...document.fonts].some(
					(f) => f.family.replaceAll('"', '') === 'Sarabun' && f.status === 'loaded'
				),
				check: document.fonts.check('16px Sarabun', 'ความพึงพอใจ')
			};
		});
		expect(font.family).toMatch(/^"?Sarabun"?,/);
		expect(font).toMatchObject({ loaded: true, check: true });

		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'พิมพ์ / บันทึกเป็น PDF' })).toBeHidden();
		// The width of A4 between the print margins (21 cm − 3 cm − 2 cm at 96 dpi).
		await page.setViewportSize({ width: 605, height: 900 });
		await page.screenshot({ path: '/tmp/ruamjai-print.png', fullPage: true });
		const pdf = await page.pdf({ path: '/tmp/ruamjai-print.pdf', preferCSSPageSize: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// Every page A4 (595 × 842 pt), as the @page rule asks.
		const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
		expect(boxes.length).toBeGreaterThan(1);
		for (const [, width, height] of boxes) {
			expect(Number(width)).toBeCloseTo(595, 0);
			expect(Number(height)).toBeCloseTo(842, 0);
		}
	});

	test('a reader who chose English prints it in English, with Arabic digits', async ({
		page,
		baseURL
	}) => {
		await page
			.context()
			.addCookies([{ name: 'ruamjai_locale', value: 'en', url: baseURL ?? page.url() }]);
		await page.goto(`/reports/groups/${seeded.group.id}/print?fy=${reportFy}`);
		await expect(page.getByText('Table 1. Respondents by type: number and percent')).toBeVisible();
		await expect(page.getByText('1 October 2567 BE – 30 September 2568 BE')).toBeVisible();
		await expect(page.locator('[data-table="dimensions"] tr.total td').nth(2)).toHaveText(
			formatCell(report.overall.meanRounded, 'decimal2', 'en')
		);
	});

	test('the report CSV holds the API numbers, in Thai, with a BOM', async ({ page }) => {
		const response = await download(page.request, `${base}&format=csv&content=report`);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const disposition = response.headers()['content-disposition'];
		expect(disposition).toContain(
			`attachment; filename="ruamjai-report-finance_assets-fy${reportFy}.csv"`
		);
		expect(disposition).toMatch(/filename\*=UTF-8''ruamjai-report-finance_assets-fy2568-.+\.csv$/);

		const body = await response.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(body.toString('utf8').slice(1));
		expect(rows[0]![0]).toMatch(/^ตารางที่ 1 /);

		const teacher = report.respondents.byType.find((r) => r.type === 'teacher')!;
		expect(rows).toContainEqual(['ครู', String(teacher.count), fixed2(teacher.percent)]);
		expect(rows).toContainEqual(['รวม', String(report.respondents.total), '100.00']);
		const overall = rows.find((r) => r[0] === 'โดยรวม');
		expect(overall?.slice(1, 4)).toEqual([
			String(report.overall.n),
			fixed2(report.overall.meanRounded),
			fixed2(report.overall.sd)
		]);
		for (const item of report.items.slice(0, 3)) {
			const row = rows.find((r) => r[1] === item.label.th);
			expect(row?.slice(2, 5)).toEqual([String(item.n), fixed2(item.meanRounded), fixed2(item.sd)]);
		}
	});

	test('the report workbook holds the same numbers, one sheet per table', async ({ page }) => {
		const response = await download(page.request, `${base}&format=xlsx&content=report`);
		expect(response.headers()['content-type']).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		const sheets = await readExcelFile(await response.body());
		expect(sheets).toHaveLength(8);
		const [respondents, dimensions, items] = sheets.map((s) => s.data);

		const teacher = report.respondents.byType.find((r) => r.type === 'teacher')!;
		expect(respondents!.find((r) => r[0] === 'ครู')?.[1]).toBe(teacher.count);
		const overall = dimensions!.find((r) => r[0] === 'โดยรวม')!;
		expect(overall[1]).toBe(report.overall.n);
		expect(overall[2]).toBe(report.overall.meanRounded);
		expect(overall[3]).toBeCloseTo(report.overall.sd!, 10);
		for (const item of report.items.slice(0, 3)) {
			const row = items!.find((r) => r[1] === item.label.th)!;
			expect(row[2]).toBe(item.n);
			expect(row[3]).toBe(item.meanRounded);
			expect(row[4]).toBeCloseTo(item.sd!, 10);
		}
	});

	test('the raw responses come as one row per response in CSV and XLSX', async ({ page }) => {
		const csv = await download(page.request, `${base}&format=csv&content=responses&lang=en`);
		expect(csv.headers()['content-disposition']).toContain(
			`filename="ruamjai-responses-finance_assets-fy${reportFy}.csv"`
		);
		const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ''));
		expect(rows[0]!.slice(0, 3)).toEqual([
			'Response id',
			'Submitted (ISO 8601)',
			'Date submitted (B.E.)'
		]);
		expect(rows).toHaveLength(1 + report.respondents.total);
		expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
		expect(rows.slice(1).filter((r) => r[5] === 'Teacher')).toHaveLength(
			report.respondents.byType.find((r) => r.type === 'teacher')!.count
		);

		const xlsx = await download(page.request, `${base}&format=xlsx&content=responses`);
		const [sheet, ...others] = await readExcelFile(await xlsx.body());
		expect(others).toHaveLength(0);
		expect(sheet!.data).toHaveLength(1 + report.respondents.total);
	});

	test('a bad query is a 400 naming the parameter, an unknown group a 404', async ({ request }) => {
		const bad = await request.get(`${base}&format=pdf&content=report`);
		expect(bad.status()).toBe(400);
		expect(JSON.stringify(await bad.json())).toContain('format');
		const unknown = await request.get(
			`/api/reports/groups/00000000-0000-4000-8000-000000000000/export?fy=${reportFy}&format=csv&content=report`
		);
		expect(unknown.status()).toBe(404);
	});
});
