import { defineConfig } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

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
				launchOptions: chromiumLaunchOptions
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
