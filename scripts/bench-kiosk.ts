/**
 * Offline collection figures in real Chromium against the built server at `origin`: the kiosk
 * route's JS, the service worker's precache, offline start-up, and saving one answer.
 */
import { chromium, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { openCollectionSession } from '../tests/e2e/support/collect';
import { waitForServiceWorkerControl } from '../tests/e2e/support/service-worker';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** The JS a first visit to `path` loads (no service worker), as the built files gzipped. */
export async function pageJs(
	origin: string,
	path: string
): Promise<{ raw: number; gzip: number; files: number; names: string[] }> {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		const urls = new Set<string>();
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin === origin && url.pathname.endsWith('.js')) urls.add(url.pathname);
		});
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		let raw = 0;
		let gzip = 0;
		const names: string[] = [];
		for (const url of urls) {
			const file = readFileSync(join(process.env.RUAMJAI_BUILD_DIR ?? 'build', 'client', url));
			raw += file.length;
			gzip += gzipSync(file, { level: 9 }).length;
			names.push(file.toString('latin1'));
		}
		return { raw, gzip, files: urls.size, names };
	} finally {
		await browser.close();
	}
}

async function precacheBytes(page: Page): Promise<{ bytes: number; entries: number }> {
	return page.evaluate(async () => {
		let bytes = 0;
		let entries = 0;
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys()) {
				bytes += (await (await cache.match(request))!.blob()).size;
				entries++;
			}
		}
		return { bytes, entries };
	});
}

/**
 * Milliseconds from a tap on a rating to the answer being in the draft in IndexedDB, for the
 * first `samples` unanswered rating questions of the page (so each tap changes something).
 */
async function answerSaveTimes(page: Page, samples: number): Promise<number[]> {
	const fieldsets = page
		.locator('fieldset')
		.filter({ has: page.getByRole('radio', { name: '5 มากที่สุด', exact: true }) });
	const times: number[] = [];
	const count = Math.min(samples, await fieldsets.count());
	for (let i = 0; i < count; i++) {
		const level = (i % 5) + 1;
		const fieldset = await fieldsets.nth(i).elementHandle();
		const radio = await fieldsets
			.nth(i)
			.getByRole('radio', { name: new RegExp(`^${level} `) })
			.elementHandle();
		times.push(
			await page.evaluate(
				async ({ fieldset, radio, level }) => {
					const legend = fieldset!.querySelector('[id$="-legend"]')!.id;
					const key = legend.replace(/^kiosk-field-/, '').replace(/-legend$/, '');
					const savedLevel = () =>
						new Promise<unknown>((resolve, reject) => {
							const open = indexedDB.open('ruamjai');
							open.onerror = () => reject(open.error);
							open.onsuccess = () => {
								const db = open.result;
								const request = db.transaction('drafts').objectStore('drafts').getAll();
								request.onsuccess = () => {
									db.close();
									const drafts = request.result as { answers: Record<string, unknown> }[];
									resolve(drafts[0]?.answers[key]);
								};
							};
						});
					const started = performance.now();
					(radio as HTMLInputElement).click();
					while ((await savedLevel()) !== level) {
						// poll: each read is its own IndexedDB transaction, well under a millisecond
					}
					return performance.now() - started;
				},
				{ fieldset, radio, level }
			)
		);
	}
	return times;
}

export async function benchKiosk(origin: string): Promise<void> {
	const kiosk = await pageJs(origin, '/collect/kiosk');
	const hasChart = kiosk.names.some((source) => source.includes('chart.js'));
	console.log(
		`kiosk route JS: ${kiosk.files} files, ${kb(kiosk.raw)} raw, ${kb(kiosk.gzip)} gzipped (goal < 60 KB); chart.js in it: ${hasChart ? 'yes' : 'no'}`
	);

	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const context = await browser.newContext({ baseURL: origin });
		const page = await context.newPage();
		await openCollectionSession(page);
		await waitForServiceWorkerControl(page);
		const precache = await precacheBytes(page);
		console.log(`precache: ${precache.entries} entries, ${kb(precache.bytes)}`);

		await context.setOffline(true);
		const welcome = page.getByRole('heading', { level: 1, name: 'ยินดีต้อนรับ' });
		const startTimes: number[] = [];
		for (let i = 0; i < 10; i++) {
			const started = performance.now();
			await page.goto('/collect/kiosk');
			await welcome.waitFor();
			await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).waitFor();
			startTimes.push(performance.now() - started);
		}
		console.log(
			`offline: navigation to an interactive kiosk welcome screen: median ${median(startTimes).toFixed(0)} ms of 10 (min ${Math.min(...startTimes).toFixed(0)}, max ${Math.max(...startTimes).toFixed(0)})`
		);

		await page.getByRole('button', { name: /ประเมินความพึงพอใจ/ }).click();
		await page.getByRole('radio', { name: 'ครู', exact: true }).check();
		await page.getByRole('radio', { name: 'กลุ่มอำนวยการ', exact: true }).check();
		await page.getByRole('button', { name: 'ถัดไป' }).click();
		await page.getByRole('radio', { name: 'ผู้รับบริการ' }).check();
		await page.getByRole('radio', { name: 'หญิง' }).check();
		await page.getByRole('radio', { name: '36–45 ปี' }).check();
		await page.getByRole('button', { name: 'ถัดไป' }).click();
		const saves = await answerSaveTimes(page, 25);
		console.log(
			`offline: tap on a rating until it is in IndexedDB: median ${median(saves).toFixed(1)} ms of ${saves.length}`
		);
	} finally {
		await browser.close();
	}
}
