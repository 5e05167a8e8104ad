/**
 * Client sync figure, printed, not asserted: the wall time for a browser (real Chromium) with
 * 10,000 survey responses in its outbox to send them all to the built server over loopback, through
 * the app's own sync engine: batches, answers applied, records removed one batch at a time.
 *
 * The records go into the device database directly (as if collected earlier) while the tablet is
 * not yet enrolled, so nothing moves until the clock starts; enrolling starts the run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { FormsResponse } from '$lib/api/contract';
import { recordBytes, type OutboxEntry } from '$lib/client/db/tables';
import { newId } from '$lib/domain';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { countDeviceRows, putDeviceRows } from '../tests/e2e/support/device-db';
import { startBuiltServer, type BuiltServer } from './built-server';

const total = 10_000;
const port = Number(process.env.RUAMJAI_BENCH_CLIENT_SYNC_PORT ?? 4394);
const origin = `http://127.0.0.1:${port}`;
const demoCode = 'BENCH-TABLET';

export interface ClientSyncFigure {
	records: number;
	requests: number;
	/** From pressing "enroll" until the screen says nothing is waiting. */
	ms: number;
	recordsPerSecond: number;
}

async function measure(page: Page): Promise<ClientSyncFigure> {
	const { forms } = FormsResponse.parse(await (await fetch(`${origin}/api/forms`)).json());
	const form = forms.find((f) => f.id === demoSatisfactionFormId);
	if (!form) throw new Error('the demo satisfaction form is missing');

	// Opening /collect makes the device database (and pulls master data); then the tablet's id.
	await page.goto(`${origin}/collect`);
	await page.getByTestId('enrollment-card').waitFor();
	const deviceId = newId();
	await putDeviceRows(page, 'settings', [{ key: 'deviceId', value: deviceId }]);

	const created = Date.now() - total * 1000;
	const responses = buildDemoResponses(form, { count: total, seed: 2568, now: new Date() });
	const entries: OutboxEntry[] = responses.map((response, i) => {
		const record = { ...response, id: newId(), deviceId, sessionId: null };
		return {
			id: record.id,
			kind: 'response',
			record,
			sessionId: null,
			formId: record.formId,
			formVersion: record.formVersion,
			createdAt: new Date(created + i * 1000).toISOString(),
			bytes: recordBytes(record),
			attempts: 0,
			lastAttemptAt: null,
			lastError: null,
			state: 'pending'
		};
	});
	for (let i = 0; i < entries.length; i += 1000) {
		await putDeviceRows(page, 'outbox', entries.slice(i, i + 1000));
	}
	await page.reload();
	const waiting = page.getByTestId('sync-waiting');
	await waiting.filter({ hasText: /10,000/ }).waitFor();

	let requests = 0;
	page.on('request', (r) => {
		if (r.method() === 'POST' && r.url().endsWith('/api/sync')) requests++;
	});
	const card = page.getByTestId('enrollment-card');
	await card.getByLabel(/รหัสลงทะเบียน|Enrollment code/).fill(demoCode);
	await card.getByLabel(/ชื่อเครื่อง|Device name/).fill('bench tablet');
	const start = performance.now();
	await card.getByRole('button', { name: /^(ลงทะเบียน|Enroll)$/ }).click();
	await waiting
		.filter({ hasText: /ส่งข้อมูลเข้าระบบครบแล้ว|Everything has been sent/ })
		.waitFor({ timeout: 10 * 60_000 });
	const ms = performance.now() - start;

	const left = await countDeviceRows(page, 'outbox');
	if (left !== 0) throw new Error(`${left} records are still on the device (rejected?)`);
	return { records: total, requests, ms, recordsPerSecond: (total / ms) * 1000 };
}

/** Starts the built server on a fresh store, measures, prints and returns the figure. */
export async function benchClientSync(): Promise<ClientSyncFigure | undefined> {
	const buildDir = process.env.RUAMJAI_BUILD_DIR ?? 'build';
	if (!existsSync(join(buildDir, 'index.js'))) {
		console.log(`client sync: no build in ${buildDir}/ (run npx vite build first); skipped`);
		return undefined;
	}
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-bench-client-sync-'));
	const browser = await chromium.launch(chromiumLaunchOptions);
	let server: BuiltServer | undefined;
	try {
		server = await startBuiltServer(port, {
			RUAMJAI_DATA_DIR: dataDir,
			RUAMJAI_DEMO_ENROLLMENT_CODE: demoCode
		});
		// No service worker: the figure is the engine's and the server's, not the precache's.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const figure = await measure(await context.newPage());
		console.log(
			`client sync (Chromium → built server, loopback): ${figure.records} records in ${figure.requests} requests: ${figure.ms.toFixed(0)} ms (${figure.recordsPerSecond.toFixed(0)} records/s)`
		);
		return figure;
	} finally {
		await browser.close();
		server?.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}
