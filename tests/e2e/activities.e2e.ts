import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ActivitiesResponse } from '$lib/api/activities-contract';
import { FormsResponse, GroupsResponse } from '$lib/api/contract';
import { fiscalYearOf, newId, type AttendanceSignIn } from '$lib/domain';
import { buildResponse } from '$lib/domain/testing/factories';
import { formatDate } from '$lib/i18n/format';
import { SyncResponse } from '$lib/sync/protocol';
import { signInPage } from './support/accounts';
import { enrollTestTablet } from './support/devices';

/*
 * Participation activities (issue 8), server side: a group leader registers an activity and a
 * representative, invites them and records the results; sign-ins and evaluations arrive from a
 * tablet through /api/sync; the one-page record shows the four ITA parts; an administrator
 * publishes it and anyone, signed out, finds it on the transparency page, while an unpublished
 * activity of the same year is not there. Only the `promotion` group is used: other files share
 * the store.
 */

const office = 'spp-demo';
const school = 'โรงเรียนบ้านหนองบัว';
// Today in Bangkok: the activity is then in the tablets' window and in this fiscal year.
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const fy = fiscalYearOf(new Date());
const run = newId().slice(-6);
const topic = `เวทีรับฟังความคิดเห็นการจัดการศึกษา ${run}`;
const unpublishedTopic = `ประชุมเตรียมงานที่ยังไม่เผยแพร่ ${run}`;
const representative = `นายประสิทธิ์ มั่นคง ${run}`;

async function registerActivity(page: Page, name: string): Promise<string> {
	await page.goto('/activities');
	await page.getByRole('link', { name: 'ลงทะเบียนกิจกรรมใหม่' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'ลงทะเบียนกิจกรรม' })).toBeVisible();
	await page.getByLabel('กลุ่มที่รับผิดชอบ').selectOption({ label: 'กลุ่มส่งเสริมการจัดการศึกษา' });
	await page.getByLabel('ประเภทกิจกรรม').selectOption({ label: 'รับฟังความคิดเห็น' });
	await page.getByLabel('ประเด็น/หัวข้อกิจกรรม').fill(name);
	await page.getByLabel('วันที่จัด').fill(today);
	await page.getByLabel('สถานที่: สถานศึกษา').selectOption({ label: school });
	await page.getByLabel('รายละเอียดสถานที่').fill('หอประชุม');
	await page.getByLabel('จำนวนผู้เข้าร่วมที่คาดไว้ (คน)').fill('25');
	await page.getByLabel('แบบประเมินกิจกรรม').selectOption({ index: 1 });
	await page.getByRole('button', { name: 'ลงทะเบียนกิจกรรม' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	return page.url().split('/').pop()!;
}

async function pushFromTablet(
	request: APIRequestContext,
	tablet: { deviceId: string; token: string },
	records: { kind: 'attendance' | 'response'; record: unknown }[]
) {
	const response = await request.post('/api/sync', {
		headers: { authorization: `Bearer ${tablet.token}` },
		data: { deviceId: tablet.deviceId, records }
	});
	expect(response.status()).toBe(200);
	return SyncResponse.parse(await response.json()).results;
}

test('a leader registers and records an activity, a tablet signs people in, an admin publishes it for the public', async ({
	page,
	browser,
	request
}) => {
	// A whole story of three people and a tablet: longer than one page's default allowance.
	test.setTimeout(90_000);
	await signInPage(page, 'leader.promotion');

	// The landing page offers the activities to a group leader.
	await page.goto('/');
	await page
		.getByRole('main')
		.getByRole('link', { name: /^กิจกรรมการมีส่วนร่วม/ })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'กิจกรรมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสีย' })
	).toBeVisible();

	const activityId = await registerActivity(page, topic);
	await expect(page.getByTestId('activity-status')).toContainText('วางแผนไว้');
	await expect(page.getByTestId('activity-place')).toHaveText(`${school} · หอประชุม`);

	// A representative of the group, then invited to the activity.
	await page.goto('/representatives');
	await page.getByLabel('ชื่อ-สกุล').fill(representative);
	await page.getByLabel('หน่วยงาน/สังกัด').fill('คณะกรรมการสถานศึกษา');
	await page.getByLabel('ประเภทผู้มีส่วนได้ส่วนเสีย').selectOption({ label: 'คณะกรรมการสถานศึกษา' });
	await page.getByLabel('เริ่มวาระ').fill('2025-10-01');
	await page.getByRole('button', { name: 'เพิ่มผู้แทน', exact: true }).click();
	await expect(page.getByTestId('representatives-done')).toHaveText('เพิ่มผู้แทนแล้ว');
	await expect(
		page.getByTestId('representative-row').filter({ hasText: representative })
	).toBeVisible();

	await page.goto(`/activities/${activityId}`);
	await page
		.getByLabel('เลือกผู้แทนของกลุ่ม')
		.selectOption({ label: `${representative} (คณะกรรมการสถานศึกษา)` });
	await page.getByRole('button', { name: 'เชิญ', exact: true }).click();
	await expect(page.getByTestId('invited')).toContainText(representative);

	// Results and how they were used: ITA parts 3 and 4. Typed markup stays text.
	await page
		.getByRole('combobox', { name: 'สถานะ', exact: true })
		.selectOption({ label: 'ดำเนินการแล้ว' });
	await page
		.getByRole('textbox', { name: 'ผลการดำเนินการ' })
		.fill('ผู้ปกครองเสนอให้เปิดห้องเรียนภาษาอังกฤษ <b>เพิ่ม</b>');
	await page.getByRole('textbox', { name: 'การนำผลไปใช้ปรับปรุง' }).fill('บรรจุในแผนปฏิบัติการปีถัดไป');
	await page.getByRole('button', { name: 'บันทึกผล' }).click();
	await expect(page.getByTestId('outcome-saved')).toBeVisible();
	await expect(page.getByTestId('activity-status')).toContainText('ดำเนินการแล้ว');

	await registerActivity(page, unpublishedTopic);

	// The tablet gets the activity with its invited representative, and a 304 when nothing changed.
	const tablet = await enrollTestTablet(request, 'แท็บเล็ตกิจกรรม');
	const listed = await request.get('/api/activities', {
		headers: { authorization: `Bearer ${tablet.token}` }
	});
	expect(listed.status()).toBe(200);
	const body = ActivitiesResponse.parse(await listed.json());
	expect(body.activities.find((a) => a.id === activityId)).toMatchObject({
		topic,
		heldOn: today,
		status: 'held',
		invited: [{ name: representative, respondentType: 'school_board' }]
	});
	const again = await request.get('/api/activities', {
		headers: { authorization: `Bearer ${tablet.token}`, 'if-none-match': listed.headers()['etag']! }
	});
	expect(again.status()).toBe(304);
	expect((await request.get('/api/activities')).status()).toBe(401);

	// Three sign-ins, one of them the same person again; two evaluations of the activity.
	const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
	const { forms } = FormsResponse.parse(await (await request.get('/api/forms')).json());
	const form = forms.find((f) => f.kind === 'satisfaction')!;
	const signIn = (name: string, minutes: number): AttendanceSignIn => ({
		id: newId(),
		officeId: office,
		activityId,
		name,
		respondentType: 'parent',
		schoolId: null,
		organisation: 'ชุมชนบ้านหนองบัว',
		signature: 'M10 50l3 -2 4 1 6 3',
		signedAt: new Date(Date.now() - minutes * 60_000).toISOString(),
		deviceId: tablet.deviceId,
		sessionId: null
	});
	const evaluation = () =>
		buildResponse(form, {
			groupId: groups.find((g) => g.code === 'promotion')!.id,
			deviceId: tablet.deviceId,
			activityId,
			startedAt: new Date(Date.now() - 120_000).toISOString(),
			submittedAt: new Date(Date.now() - 60_000).toISOString()
		});
	const results = await pushFromTablet(request, tablet, [
		{ kind: 'attendance', record: signIn('นางสาวมาลี ศรีสุข', 30) },
		{ kind: 'attendance', record: signIn('มาลี ศรีสุข', 20) },
		{ kind: 'attendance', record: signIn('นายสมบัติ ใจงาม', 10) },
		{ kind: 'response', record: evaluation() },
		{ kind: 'response', record: evaluation() },
		{ kind: 'attendance', record: { ...signIn('ไม่มีกิจกรรมนี้', 5), activityId: newId() } }
	]);
	expect(results.map((r) => (r.status === 'rejected' ? r.error.code : r.status))).toEqual([
		'stored',
		'stored',
		'stored',
		'stored',
		'stored',
		'unknown-reference'
	]);

	await page.goto(`/activities/${activityId}`);
	await expect(page.getByTestId('attendance-counts')).toContainText('ผู้เข้าร่วม 2 คน');
	await expect(page.getByTestId('attendance-counts')).toContainText('ลงชื่อซ้ำ 1 รายการ');
	await expect(page.getByTestId('attendance-row')).toHaveCount(3);
	// Earliest first: the second sign-in of มาลี is the repeat.
	const notes = page.getByTestId('attendance-row').getByTestId('attendance-note');
	await expect(notes).toHaveText(['', 'ลงชื่อซ้ำ ไม่นับ', '']);
	await expect(page.getByTestId('evaluation-overall')).toContainText('ผู้ตอบ 2 คน');

	// The one-page record: the four parts, Thai digits as printed official documents have them.
	await page.getByRole('link', { name: 'บันทึกหลักฐานกิจกรรม (พิมพ์ A4)' }).click();
	const record = page.getByTestId('activity-record');
	await expect(record.getByTestId('record-topic')).toHaveText(topic);
	await expect(record.getByTestId('record-date')).toHaveText(
		`วันที่: ${formatDate(today, 'th', { thaiDigits: true })}`
	);
	await expect(record.getByTestId('record-place')).toHaveText(`สถานที่: ${school} · หอประชุม`);
	await expect(record.getByTestId('record-who')).toHaveText('ผู้เข้าร่วม ๒ คน (คาดไว้ ๒๕ คน)');
	await expect(record.getByTestId('record-by-type')).toContainText('ผู้ปกครอง');
	await expect(record.getByTestId('record-evaluation')).toBeVisible();
	await expect(record.getByTestId('record-results')).toHaveText(
		'ผู้ปกครองเสนอให้เปิดห้องเรียนภาษาอังกฤษ <b>เพิ่ม</b>'
	);
	await expect(record.getByTestId('record-actions')).toHaveText('บรรจุในแผนปฏิบัติการปีถัดไป');

	// A group leader cannot publish; an administrator can, after a confirmation.
	await expect(page.getByRole('button', { name: 'เผยแพร่บันทึกกิจกรรม' })).toHaveCount(0);
	const adminPage = await browser.newPage();
	await signInPage(adminPage, 'admin');
	await adminPage.goto(`/activities/${activityId}`);
	// The dialog needs the page hydrated; the language switch is enabled once it is.
	await expect(adminPage.getByRole('button', { name: 'English' })).toBeEnabled();
	await adminPage.getByRole('button', { name: 'เผยแพร่บันทึกกิจกรรม' }).click();
	const dialog = adminPage.getByRole('dialog', { name: 'เผยแพร่บันทึกกิจกรรมนี้?' });
	await dialog.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
	await expect(adminPage.getByTestId('published-state')).toContainText('เผยแพร่บนหน้าความโปร่งใสเมื่อ');
	await adminPage.close();

	// Anyone, signed out, reads it; the unpublished activity and the participants' names are not there.
	const visitor = await browser.newPage();
	await visitor.goto(`/transparency/${office}/${fy}`);
	const published = visitor.getByTestId('published-activity').filter({ hasText: topic });
	await expect(published).toBeVisible();
	await expect(published.getByTestId('activity-participants')).toContainText('2 คน');
	await expect(published).toContainText('บรรจุในแผนปฏิบัติการปีถัดไป');
	await expect(visitor.getByText(unpublishedTopic)).toHaveCount(0);
	await expect(visitor.getByText('มาลี')).toHaveCount(0);
	await visitor.close();
});
