/**
 * Speed and size figures, printed, not asserted: `npm run bench` after `npm run build`.
 * Starts the built server on a fresh embedded store, so it also measures a first start. Set
 * TEST_DATABASE_URL to measure PostgreSQL too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDeviceStore } from '$lib/client/bench-device-store';
import { benchKiosk, pageJs } from './bench-kiosk';
import { benchClientSync } from './bench-client-sync';
import { benchReports } from './bench-reports';
import { benchStore } from './bench-store';
import { startBuiltServer } from './built-server';
import { benchSync } from './bench-sync';

const port = 4391;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function benchServer() {
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-bench-'));
	const started = performance.now();
	const server = await startBuiltServer(port, { RUAMJAI_DATA_DIR: dataDir });
	try {
		const firstStart = (performance.now() - started).toFixed(0);
		console.log(`first start (migrate + seed demo content) until healthy: ${firstStart} ms`);
		const landing = await pageJs(server.origin, '/');
		console.log(
			`landing page JS: ${landing.files} files, ${kb(landing.raw)} raw, ${kb(landing.gzip)} gzipped`
		);
		await benchKiosk(server.origin);
	} finally {
		server.stop();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

await benchServer();
for (const line of await benchDeviceStore()) console.log(line);
await benchStore();
await benchSync();
await benchClientSync();
await benchReports();
