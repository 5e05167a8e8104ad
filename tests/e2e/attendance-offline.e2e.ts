import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { FormsResponse, GroupsResponse } from '$lib/api/contract';
import { SyncResponse, type SyncRequest } from '$lib/sync/protocol';
import { signInPage, signInRequest } from './support/accounts';
import { prepareTablet, supervisorName, supervisorPin } from './support/collect';
import { kioskHeading, nextButton } from './support/kiosk';
import { waitForServiceWorkerControl } from './support/service-worker';
import { deviceSetting, syncPanel } from './support/sync';

/*
 * Issue 8: at the venue of a training with no signal, participants sign in on the shared tablet
 * and evaluate it; back online, everything reaches the server once.
 */

const groupCode = 'distance_ict';

/** Today in Bangkok: the tablet lists activities held around the server's today. */
function bangkokToday(): string {
	return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The group leader registers the training through the activity form, evaluated by the survey. */
async function registerTraining(request: APIRequestContext, topic: string): Promise<string> {
	const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
	const { forms } = FormsResponse.parse(await (await request.get('/api/forms')).json());
	const group = groups.find((g) => g.code === groupCode)!;
	const survey = forms.find((f) => f.kind === 'satisfaction' && f.groupId === null)!;
	await signInRequest(request, `leader.${groupCode}`);
	const response = await request.post('/activities/new', {
		// As a browser posts the form: SvelteKit then answers the redirect itself, not as JSON.
		headers: { origin: new URL(test.info().project.use.baseURL!).origin, accept: 'text/html' },
		form: {
			kind: 'training',
			topic,
			heldOn: bangkokToday(),
			schoolId: '',
			placeNote: 'ห้องประชุมสำนักงาน',
			groupId: group.id,
			plannedParticipants: '6',
			evaluationFormId: survey.id
		},
		maxRedirects: 0
	});
	expect(response.status(), await response.text()).toBe(303);
	return response.headers().location!.split('/').pop()!;
}

async function signIn(
	page: Page,
	person: { name: string; type: string; organisation?: string; sign?: boolean }
) {
	await page.getByRole('button', { name: 'ลงชื่อเข้าร่วมกิจกรรม' }).click();
	await expect(kioskHeading(page)).toHaveText('ลงชื่อเข้าร่วม');
	await page.getByLabel('ชื่อ–นามสกุล').fill(person.name);
	await page.getByRole('radio', { name: person.type, exact: true }).check();
	if (person.organisation) await page.getByLabel('หน่วยงานหรือองค์กร').fill(person.organisation);
	if (person.sign) {
		const box = (await page.getByTestId('signature-pad').boundingBox())!;
		await page.mouse.move(box.x + 20, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
		await page.mouse.move(box.x + box.width - 20, box.y + box.height - 10, { steps: 5 });
		await page.mouse.up();
	}
	await page.getByRole('button', { name: 'ลงชื่อ', exact: true }).click();
	await expect(kioskHeading(page)).toHaveText('ลงชื่อเรียบร้อยแล้ว');
}

/** From the "signed in" screen, the participant fills the demo survey as the evaluation. */
async function evaluate(page: Page, type: string, rating: '5 มากที่สุด' | '4 มาก') {
	await page.getByRole('button', { name: 'ตอบแบบประเมินกิจกรรม' }).click();
	await expect(kioskHeading(page)).toHaveText('ข้อมูลผู้ตอบ');
	await page.getByRole('radio', { name: type, exact: true }).check();
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๑/);
	await page.getByRole('radio', { name: 'ผู้มีส่วนได้ส่วนเสีย' }).check();
	await page.getByRole('radio', { name: 'ชาย' }).check();
	await page.getByRole('radio', { name: '46–55 ปี' }).check();
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๒/);
	const ratings = page
		.locator('fieldset')
		.filter({ has: page.getByRole('radio', { name: '5 มากที่สุด', exact: true }) });
	for (let i = 0, n = await ratings.count(); i < n; i++) {
		await ratings.nth(i).getByRole('radio', { name: rating, exact: true }).check();
	}
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText(/ตอนที่ ๓/);
	await nextButton(page).click();
	await expect(kioskHeading(page)).toHaveText('ขอบคุณที่ร่วมตอบแบบสอบถาม');
	await page.getByRole('button', { name: 'สำหรับผู้ตอบคนถัดไป' }).click();
}

test('offline at the venue: five people sign in (one twice), three evaluate; online, the record counts each once', async ({
	page,
	context,
	request
}, testInfo) => {
	// Six sign-ins and three whole surveys by hand: far more steps than one test's default time.
	test.setTimeout(180_000);
	const topic = `อบรมการใช้ระบบ DLTV ${testInfo.workerIndex}-${Date.now()}`;
	const activityId = await registerTraining(request, topic);

	await page.setViewportSize({ width: 800, height: 1280 });
	await page.goto('/collect');
	await expect(page.getByTestId('pull-status')).toContainText('ดาวน์โหลดแล้ว');
	await prepareTablet(page, { tabletName: 'แท็บเล็ตห้องอบรม' });
	await waitForServiceWorkerControl(page);
	// Once enrolled, the tablet fetched the activity; from here the venue has no signal.
	await expect(page.getByRole('radio', { name: new RegExp(topic) })).toBeVisible();
	await context.setOffline(true);

	const form = page.getByRole('form', { name: 'เปิดลงชื่อเข้าร่วมกิจกรรม' });
	await form.getByRole('radio', { name: new RegExp(topic) }).check();
	await form.getByRole('radio', { name: supervisorName }).check();
	await form.getByLabel('รหัส PIN ของผู้ดูแล').fill(supervisorPin);
	await form.getByRole('button', { name: 'เริ่มรับลงชื่อ' }).click();
	await expect(page).toHaveURL(/\/collect\/session$/);
	await expect(page.getByTestId('session-activity')).toHaveText(topic);

	await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
	await expect(kioskHeading(page)).toHaveText(topic);

	// The first one forgets their name: told so, nothing kept.
	await page.getByRole('button', { name: 'ลงชื่อเข้าร่วมกิจกรรม' }).click();
	await page.getByRole('button', { name: 'ลงชื่อ', exact: true }).click();
	await expect(page.getByText('โปรดกรอกชื่อ–นามสกุล')).toBeVisible();
	await expect(page.getByText('โปรดเลือกว่าท่านเป็นใคร')).toBeVisible();
	await page.getByRole('button', { name: 'ยกเลิก' }).click();

	await signIn(page, { name: 'นางสาวสมใจ ใจดี', type: 'ครู', sign: true });
	await evaluate(page, 'ครู', '5 มากที่สุด');
	await signIn(page, { name: 'นายสมชาย รักเรียน', type: 'ผู้บริหารสถานศึกษา', sign: true });
	await evaluate(page, 'ผู้บริหารสถานศึกษา', '4 มาก');
	await signIn(page, { name: 'นางมาลี ศรีสุข', type: 'ผู้ปกครอง', organisation: 'บ้านนาคำ' });
	await evaluate(page, 'ผู้ปกครอง', '4 มาก');
	await signIn(page, { name: 'นายประยุทธ ทองดี', type: 'ประชาชน/ชุมชน', organisation: 'อบต.นาคำ' });
	await page.getByRole('button', { name: 'เสร็จสิ้น' }).click();
	await signIn(page, { name: 'นายวิชัย มั่นคง', type: 'ครู', organisation: 'สพป.' });
	await page.getByRole('button', { name: 'เสร็จสิ้น' }).click();
	// She signs in again after the break: kept, marked, counted once.
	await signIn(page, { name: 'สมใจ ใจดี', type: 'ครู' });
	await expect(page.getByTestId('sign-in-repeat')).toContainText('นับท่านเพียงครั้งเดียว');
	await page.getByRole('button', { name: 'เสร็จสิ้น' }).click();
	await expect(kioskHeading(page)).toHaveText(topic);

	// Still offline, a hard reload keeps the kiosk where it was.
	await page.reload();
	await expect(kioskHeading(page)).toHaveText(topic);

	await page.getByRole('button', { name: 'ผู้ดูแล' }).click();
	await page.getByLabel('รหัส PIN').fill(supervisorPin);
	await page.getByRole('button', { name: 'ยืนยัน' }).click();
	await expect(page).toHaveURL(/\/collect\/session$/);
	const sheet = page.getByTestId('attendance-sheet');
	await expect(sheet.getByTestId('attendance-count')).toHaveText(
		'ลงชื่อ 5 คน · ลงชื่อซ้ำ 1 ครั้ง (นับครั้งเดียว)'
	);
	await expect(sheet.getByRole('listitem')).toHaveCount(6);
	// Six sign-ins and three evaluations wait for the connection.
	await expect(page.getByTestId('session-waiting')).toHaveText('9');
	await page.screenshot({ path: testInfo.outputPath('offline-sheet.png'), fullPage: true });

	const sent: SyncRequest[] = [];
	page.on('request', (r) => {
		if (r.method() === 'POST' && r.url().endsWith('/api/sync')) {
			sent.push(r.postDataJSON() as SyncRequest);
		}
	});
	await context.setOffline(false);
	await expect(page.getByTestId('session-waiting')).toHaveText('0');
	await expect(syncPanel(page).getByTestId('sync-waiting')).toHaveText(
		'ส่งข้อมูลเข้าระบบครบแล้ว ไม่มีรายการรอส่ง'
	);
	// The sheet stays on the tablet after the records left it.
	await expect(sheet.getByRole('listitem')).toHaveCount(6);

	const records = sent.flatMap((body) => body.records);
	expect(records.filter((r) => r.kind === 'attendance')).toHaveLength(6);
	const evaluations = records.filter((r) => r.kind === 'response');
	expect(evaluations).toHaveLength(3);
	const signed = records.flatMap((r) =>
		r.kind === 'attendance' && r.record.signature ? [r.record.name] : []
	);
	expect(signed).toEqual(['นางสาวสมใจ ใจดี', 'นายสมชาย รักเรียน']);

	// Sent again, every record is a duplicate: the server holds each once.
	const token = await deviceSetting<string>(page, 'deviceToken');
	for (const body of sent) {
		const again = await request.post('/api/sync', {
			headers: { authorization: `Bearer ${token}` },
			data: body
		});
		const { results } = SyncResponse.parse(await again.json());
		expect(results.map((r) => r.status)).toEqual(body.records.map(() => 'duplicate'));
	}

	// The group leader's evidence page: who took part, each once, and what they thought of it.
	await signInPage(page, `leader.${groupCode}`);
	await page.goto(`/activities/${activityId}/record`);
	const record = page.getByTestId('activity-record');
	await expect(record.getByTestId('record-topic')).toHaveText(topic);
	await expect(record.getByTestId('record-who')).toHaveText('ผู้เข้าร่วม ๕ คน (คาดไว้ ๖ คน)');
	const byType = record.getByTestId('record-by-type');
	await expect(byType.getByRole('row', { name: /^ครู/ })).toContainText('๒');
	await expect(byType.getByRole('row', { name: /^ผู้บริหารสถานศึกษา/ })).toContainText('๑');
	await expect(byType.getByRole('row', { name: /^รวม/ })).toContainText('๕');
	// 5, 4 and 4 on every item: x̄ 4.33, "มาก".
	await expect(record).toContainText(/อยู่ในระดับมาก \(x̄ = ๔\.๓๓, S\.D\. = [๐-๙.]+\) จากผู้ตอบ ๓ คน/);
	await page.screenshot({ path: testInfo.outputPath('activity-record.png'), fullPage: true });
});

test('a tablet whose signature box cannot draw still signs people in, and says so', async ({
	page,
	request
}, testInfo) => {
	const topic = `ประชุมคณะกรรมการ ${testInfo.workerIndex}-${Date.now()}`;
	await registerTraining(request, topic);
	// As on an old tablet whose browser gives no 2D canvas.
	await page.addInitScript(() => {
		HTMLCanvasElement.prototype.getContext = () => null;
	});
	await page.goto('/collect');
	await expect(page.getByTestId('pull-status')).toContainText('ดาวน์โหลดแล้ว');
	await prepareTablet(page, { tabletName: 'แท็บเล็ตห้องประชุม' });
	const form = page.getByRole('form', { name: 'เปิดลงชื่อเข้าร่วมกิจกรรม' });
	await form.getByRole('radio', { name: new RegExp(topic) }).check();
	await form.getByRole('radio', { name: supervisorName }).check();
	await form.getByLabel('รหัส PIN ของผู้ดูแล').fill(supervisorPin);
	await form.getByRole('button', { name: 'เริ่มรับลงชื่อ' }).click();
	await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();

	await page.getByRole('button', { name: 'ลงชื่อเข้าร่วมกิจกรรม' }).click();
	await expect(page.getByTestId('signature-unavailable')).toHaveText(
		/ใช้ช่องลายมือชื่อไม่ได้ ลงชื่อได้โดยไม่ต้องเซ็น/
	);
	await page.getByLabel('ชื่อ–นามสกุล').fill('นายทดสอบ ไม่มีลายเซ็น');
	await page.getByRole('radio', { name: 'คณะกรรมการสถานศึกษา', exact: true }).check();
	await page.getByRole('button', { name: 'ลงชื่อ', exact: true }).click();
	await expect(kioskHeading(page)).toHaveText('ลงชื่อเรียบร้อยแล้ว');
});
