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

/** What builds made with VITE_RUAMJAI_E2E_HOOKS=1 put on `window` (src/lib/pwa/app-update.svelte.ts). */
interface TestHooks {
	appUpdate: {
		holdWhile(reason: string): () => void;
		checkForUpdate(): Promise<void>;
		applyUpdate(): boolean;
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
		test.setTimeout(120_000);
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

	test('the supervisor is told, the update waits for the open form, and "Update now" loads the new release', async ({
		browser
	}, testInfo) => {
		const port = await freePort();
		await deploy('build-a', port);
		const context = await browser.newContext({ baseURL: server!.origin, viewport: tablet });
		const page = await context.newPage();

		await page.goto('/collect');
		await waitForServiceWorkerControl(page);
		await expect.poll(() => pageVersion(page)).toBe(releaseA);

		// TODO: fill half a form in the kiosk instead (it takes this hold itself) and check that the
		// draft is still there after the update. Not yet: the kiosk is still being written. Until
		// then the test takes the hold the way the kiosk does.
		const releaseHold = await page.evaluateHandle(() =>
			(window as unknown as WithHooks).__ruamjai!.appUpdate.holdWhile(
				'kiosk: a respondent is filling a form'
			)
		);

		await deploy('build-b', port);
		await checkForUpdate(page);

		const banner = updateBanner(page);
		const updateNow = banner.getByRole('button', { name: 'อัปเดตเลย' });
		await expect(banner).toBeVisible();
		await expect(banner).toContainText('จะอัปเดตได้เมื่อทำแบบฟอร์มที่เปิดอยู่เสร็จแล้ว');
		await expect(updateNow).toBeDisabled();
		await page.screenshot({ path: testInfo.outputPath('update-held.png') });

		// Held: asking anyway changes nothing; release B is installed and waits.
		expect(
			await page.evaluate(() => (window as unknown as WithHooks).__ruamjai!.appUpdate.applyUpdate())
		).toBe(false);
		expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).waiting)).toBe(
			true
		);
		expect(await controllingVersion(page)).toBe(releaseA);
		expect(await pageVersion(page)).toBe(releaseA);

		await releaseHold.evaluate((release) => release());
		await expect(banner).toContainText('อัปเดตเพื่อใช้ร่วมใจเวอร์ชันล่าสุด');
		await expect(updateNow).toBeEnabled();
		await banner.screenshot({ path: testInfo.outputPath('banner-ready.png') });

		const reloaded = page.waitForEvent('load');
		await updateNow.click();
		await reloaded;
		await expect.poll(() => pageVersion(page)).toBe(releaseB);
		expect(await controllingVersion(page)).toBe(releaseB);
		await expect(banner).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

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
