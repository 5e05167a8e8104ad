import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium';
import {
	buildRelease,
	copyWorkspace,
	freePort,
	serveBuild,
	type RunningServer,
	type Workspace
} from './support/release-builds';
import {
	controllingVersion,
	expectAppPage,
	waitForServiceWorkerControl
} from './support/service-worker';
import { openCollectionSession } from './support/collect';
import { kioskHeading } from './support/kiosk';
import { expectHalfFilledSurvey, halfFillSurvey, leaveKiosk } from './support/kiosk-draft';

/** What builds made with VITE_RUAMJAI_E2E_HOOKS=1 put on `window` (src/lib/pwa/app-update.svelte.ts). */
interface TestHooks {
	appUpdate: {
		checkForUpdate(): Promise<void>;
		applyUpdate(): boolean;
		state: 'current' | 'available' | 'applying';
		holdReasons: string[];
	};
	version: string;
}

type WithHooks = { __ruamjai?: TestHooks };

const releaseA = '0.0.0-e2e.a';
const releaseB = '0.0.0-e2e.b';
// The shared tablet, held upright.
const tablet = { width: 800, height: 1280 };

const updateBanner = (page: Page) => page.getByRole('complementary', { name: 'มีเวอร์ชันใหม่' });

/** The release the page's code was built as; undefined until the root layout has mounted. */
const pageVersion = (page: Page) =>
	page.evaluate(() => (window as unknown as WithHooks).__ruamjai?.version);

/** Whether a new version waits ('available'), as the app sees it. */
const updateState = (page: Page) =>
	page.evaluate(() => (window as unknown as WithHooks).__ruamjai?.appUpdate.state);

/** What keeps the waiting version from taking over on this page. */
const updateHolds = (page: Page) =>
	page.evaluate(() => (window as unknown as WithHooks).__ruamjai!.appUpdate.holdReasons);

/**
 * What the app does every half hour and whenever the tablet is woken. Resolves once the new
 * version has installed and waits: it downloads the whole precache first.
 */
async function checkForUpdate(page: Page): Promise<void> {
	await expect.poll(() => pageVersion(page)).toBeDefined();
	await page.evaluate(() => (window as unknown as WithHooks).__ruamjai!.appUpdate.checkForUpdate());
	await expect(updateBanner(page)).toBeVisible({ timeout: 20_000 });
}

// Two releases are deployed, one after the other, on the same address: that needs two builds of
// their own (20–30 s together on two cores; the whole file takes about a minute, most of the rest
// being fresh servers seeding their stores) and servers these tests start and stop.
test.describe('a new release reaches a tablet in the field', () => {
	// Each test starts two servers on fresh stores, which is slow while other tests share the cores.
	test.describe.configure({ timeout: 90_000 });

	let workspace: Workspace;
	let server: RunningServer | undefined;

	/** Release A is live at `port`, to be replaced by B while the tablet is using it. */
	async function deploy(build: 'build-a' | 'build-b', port: number): Promise<void> {
		await server?.stop();
		server = await serveBuild(join(workspace.dir, build), port);
	}

	test.beforeAll(async () => {
		// Two production builds: about a minute on 2 idle cores, far more on a busy machine.
		test.setTimeout(300_000);
		const started = performance.now();
		workspace = copyWorkspace();
		await buildRelease(workspace, releaseA, join(workspace.dir, 'build-a'));
		await buildRelease(workspace, releaseB, join(workspace.dir, 'build-b'));
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		test
			.info()
			.annotations.push({ type: 'builds', description: `two releases built in ${seconds} s` });
	});

	test.afterEach(async () => {
		await server?.stop();
		server = undefined;
	});

	test.afterAll(() => workspace?.remove());

	test('a half-filled form on the kiosk keeps the new release out; the supervisor applies it and the form is still there', async ({
		browser
	}, testInfo) => {
		const port = await freePort();
		await deploy('build-a', port);
		const context = await browser.newContext({ baseURL: server!.origin, viewport: tablet });
		const page = await context.newPage();

		await openCollectionSession(page);
		await waitForServiceWorkerControl(page);
		await expect.poll(() => pageVersion(page)).toBe(releaseA);

		// A respondent is halfway through a survey (the open form holds updates back)...
		await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
		await expect(kioskHeading(page)).toHaveText('ยินดีต้อนรับ');
		await halfFillSurvey(page);

		// ...when release B is deployed and the tablet finds it.
		await deploy('build-b', port);
		await page.evaluate(() =>
			(window as unknown as WithHooks).__ruamjai!.appUpdate.checkForUpdate()
		);
		await expect.poll(() => updateState(page), { timeout: 20_000 }).toBe('available');

		// B is installed and waits, held by the open form: the respondent is never asked, asking
		// anyway changes nothing, and the form runs on release A.
		expect(await updateHolds(page)).toEqual(['kiosk: a respondent is filling a form']);
		await expect(updateBanner(page)).toBeHidden();
		expect(
			await page.evaluate(() => (window as unknown as WithHooks).__ruamjai!.appUpdate.applyUpdate())
		).toBe(false);
		expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).waiting)).toBe(
			true
		);
		expect(await controllingVersion(page)).toBe(releaseA);
		expect(await pageVersion(page)).toBe(releaseA);
		await expect(page.getByText('หน้า 3 จาก 4')).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('update-held-by-form.png') });

		// The supervisor takes the tablet back: the form waits on the device, and the update can go.
		await leaveKiosk(page);
		expect(await updateHolds(page)).toEqual([]);
		const banner = updateBanner(page);
		const updateNow = banner.getByRole('button', { name: 'อัปเดตเลย' });
		await expect(banner).toBeVisible();
		await expect(banner).toContainText('อัปเดตเพื่อใช้ร่วมใจเวอร์ชันล่าสุด');
		await expect(updateNow).toBeEnabled();
		await banner.screenshot({ path: testInfo.outputPath('banner-ready.png') });

		const reloaded = page.waitForEvent('load');
		await updateNow.click();
		await reloaded;
		await expect.poll(() => pageVersion(page)).toBe(releaseB);
		expect(await controllingVersion(page)).toBe(releaseB);
		await expect(page).toHaveURL(/\/collect\/session$/);
		await expect(banner).toBeHidden();

		// Handed back on release B, the kiosk reopens the same form with the respondent's answers.
		await page.getByRole('link', { name: 'ส่งเครื่องให้ผู้ตอบ' }).click();
		await expectHalfFilledSurvey(page);
		expect(await pageVersion(page)).toBe(releaseB);

		await context.close();
	});

	test('a version the supervisor put off stays waiting across reloads, and runs after a restart even offline', async () => {
		const port = await freePort();
		await deploy('build-a', port);
		const userDataDir = mkdtempSync(join(tmpdir(), 'ruamjai-profile-'));
		const launch = (options: { offline?: boolean } = {}) =>
			chromium.launchPersistentContext(userDataDir, {
				...chromiumLaunchOptions,
				baseURL: server!.origin,
				viewport: tablet,
				...options
			});
		try {
			const context = await launch();
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/collect');
			await waitForServiceWorkerControl(page);

			await deploy('build-b', port);
			await checkForUpdate(page);
			await expect(updateBanner(page)).toBeVisible();
			await updateBanner(page).getByRole('button', { name: 'ไว้ภายหลัง' }).click();
			await expect(updateBanner(page)).toBeHidden();

			// A reload is not a restart: the page is never without a controller, so B keeps waiting,
			// and the banner comes back for it.
			await expectAppPage(page, await page.reload());
			await expect(updateBanner(page)).toBeVisible();
			expect(await pageVersion(page)).toBe(releaseA);
			expect(await controllingVersion(page)).toBe(releaseA);
			await context.close();

			// Next morning at the school: no page is open any more, so the browser lets B take over.
			const reopened = await launch({ offline: true });
			try {
				const next = reopened.pages()[0] ?? (await reopened.newPage());
				await expectAppPage(next, await next.goto('/collect'));
				expect(await controllingVersion(next)).toBe(releaseB);
				await expect.poll(() => pageVersion(next)).toBe(releaseB);
				await expect(updateBanner(next)).toBeHidden();
				await expectAppPage(next, await next.goto('/collect/session'));
			} finally {
				await reopened.close();
			}
		} finally {
			rmSync(userDataDir, { recursive: true, force: true });
		}
	});
});
