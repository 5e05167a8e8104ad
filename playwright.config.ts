import { defineConfig } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 4173;
const origin = `http://127.0.0.1:${port}`;

// Each run starts from an empty store. The config is also loaded in every worker; they inherit
// the directory through the environment instead of making (and leaking) their own.
let dataDir = process.env.RUAMJAI_E2E_DATA_DIR;
if (!dataDir) {
	const created = mkdtempSync(join(tmpdir(), 'ruamjai-e2e-'));
	dataDir = process.env.RUAMJAI_E2E_DATA_DIR = created;
	process.on('exit', () => rmSync(created, { recursive: true, force: true }));
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 2,
	retries: 0,
	reporter: 'list',
	use: { baseURL: origin },
	projects: [
		{
			name: 'chromium',
			use: {
				browserName: 'chromium',
				// Playwright cannot download its own browsers here; Debian's Chromium stands in.
				launchOptions: {
					executablePath: process.env.RUAMJAI_CHROMIUM ?? '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync'
					]
				}
			}
		}
	],
	webServer: {
		// The built app, as it runs in production: build first with `npx vite build`.
		command: 'node build/index.js',
		url: `${origin}/`,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			RUAMJAI_DATA_DIR: dataDir
		},
		reuseExistingServer: false,
		timeout: 60_000
	}
});
