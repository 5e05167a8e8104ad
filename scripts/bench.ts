/**
 * Speed and size figures, printed, not asserted: `npm run bench` after `npm run build`.
 * Starts the built server on a fresh embedded store, so it also measures a first start. Set
 * TEST_DATABASE_URL to measure PostgreSQL too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDeviceStore } from '$lib/client/bench-device-store';
import { benchKiosk, pageJs } from './bench-kiosk';
import { benchClientSync } from './bench-client-sync';
import { benchStore } from './bench-store';
import { benchSync } from './bench-sync';

const port = 4391;
const origin = `http://127.0.0.1:${port}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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

async function benchServer() {
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-bench-'));
	const started = performance.now();
	const server = spawn('node', [join(process.env.RUAMJAI_BUILD_DIR ?? 'build', 'index.js')], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RUAMJAI_DATA_DIR: dataDir },
		stdio: 'ignore'
	});
	try {
		await waitForHealth(Date.now() + 60_000);
		const firstStart = (performance.now() - started).toFixed(0);
		console.log(`first start (migrate + seed demo content) until healthy: ${firstStart} ms`);
		const landing = await pageJs(origin, '/');
		console.log(
			`landing page JS: ${landing.files} files, ${kb(landing.raw)} raw, ${kb(landing.gzip)} gzipped`
		);
		await benchKiosk(origin);
	} finally {
		server.kill();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await benchServer();
for (const line of await benchDeviceStore()) console.log(line);
await benchStore();
await benchSync();
await benchClientSync();
