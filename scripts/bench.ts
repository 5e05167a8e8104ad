/**
 * Speed and size figures, printed, not asserted: `npm run bench` after `npm run build`.
 * Starts the built server on a fresh embedded store, so it also measures a first start.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { benchStore } from './bench-store';

const port = 4391;
const origin = `http://127.0.0.1:${port}`;

async function waitForHealth(deadline: number): Promise<void> {
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${origin}/api/health`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 25));
	}
	throw new Error('server did not become healthy');
}

/** The JS a first visit to `path` loads in Chromium, measured as the built files gzipped. */
async function pageJsBytes(path: string): Promise<{ raw: number; gzip: number; files: number }> {
	const browser = await chromium.launch(chromiumLaunchOptions);
	try {
		const page = await browser.newPage();
		const urls = new Set<string>();
		page.on('response', (response) => {
			const url = new URL(response.url());
			if (url.origin === origin && url.pathname.endsWith('.js')) urls.add(url.pathname);
		});
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		let raw = 0;
		let gzip = 0;
		for (const url of urls) {
			const file = readFileSync(join('build/client', url));
			raw += file.length;
			gzip += gzipSync(file, { level: 9 }).length;
		}
		return { raw, gzip, files: urls.size };
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function benchServer() {
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-bench-'));
	const started = performance.now();
	const server = spawn('node', ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RUAMJAI_DATA_DIR: dataDir },
		stdio: 'ignore'
	});
	try {
		await waitForHealth(Date.now() + 60_000);
		console.log(
			`first start (migrate + seed demo content) until healthy: ${(performance.now() - started).toFixed(0)} ms`
		);
		const landing = await pageJsBytes('/');
		console.log(
			`landing page JS: ${landing.files} files, ${kb(landing.raw)} raw, ${kb(landing.gzip)} gzipped`
		);
	} finally {
		server.kill();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await benchServer();
await benchStore();
