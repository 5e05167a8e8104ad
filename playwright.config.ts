import { defineConfig } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './tests/e2e/chromium';
import { e2eEnrollmentCode } from './tests/e2e/support/devices';

// Both overridable, so that a second checkout (or a second engineer) can test its own build alongside.
const port = Number(process.env.RUAMJAI_E2E_PORT ?? 4173);
const buildDir = process.env.RUAMJAI_BUILD_DIR ?? 'build';
const origin = `http://127.0.0.1:${port}`;

// Each run starts from an empty store. The config is also loaded in every worker; they inherit
// the directory through the environment instead of making (and leaking) their own.
let dataDir = process.env.RUAMJAI_E2E_DATA_DIR;
if (!dataDir) {
	const created = mkdtempSync(join(tmpdir(), 'ruamjai-e2e-'));
	dataDir = process.env.RUAMJAI_E2E_DATA_DIR = created;
	process.on('exit', () => rmSync(created, { recursive: true, force: true }));
}

// The demo accounts' password for this run, shared with the workers (they sign in with it).
process.env.RUAMJAI_DEMO_PASSWORD ??= `e2e-${crypto.randomUUID()}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	workers: 2,
	retries: 0,
	reporter: 'list',
	// The app's service worker is part of what is tested: the offline shell and its updates.
	use: { baseURL: origin, serviceWorkers: 'allow' },
	projects: [
		{
			name: 'chromium',
			use: {
				browserName: 'chromium',
				launchOptions: chromiumLaunchOptions
			}
		}
	],
	webServer: {
		// The built app, as it runs in production: build first with `npx vite build`.
		command: `node ${buildDir}/index.js`,
		url: `${origin}/`,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			RUAMJAI_DATA_DIR: dataDir,
			// Tests enroll tablets without the device:code command (demos and tests only).
			RUAMJAI_DEMO_ENROLLMENT_CODE: e2eEnrollmentCode,
			// One account per role (admin, executive, supervisor, leader.<group code>).
			RUAMJAI_DEMO_ACCOUNTS: '1',
			RUAMJAI_DEMO_PASSWORD: process.env.RUAMJAI_DEMO_PASSWORD
		},
		reuseExistingServer: false,
		timeout: 60_000
	}
});
