import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store';

describe('the embedded store on disk', () => {
	const root = mkdtempSync(join(tmpdir(), 'ruamjai-lock-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('is refused, in one line, while another process has it open', async () => {
		const dataDir = join(root, 'busy');
		mkdirSync(dataDir);
		// Stands in for the running server.
		const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
		try {
			writeFileSync(join(dataDir, 'ruamjai.lock'), String(server.pid));
			const opening = openStore({ kind: 'pglite', dataDir });
			await expect(opening).rejects.toMatchObject({
				name: 'StoreUnavailableError',
				message: expect.stringContaining(`open in process ${server.pid}`)
			});
		} finally {
			server.kill();
		}
	});

	it('takes over the lock of a process that is gone, and gives it back on close', async () => {
		const dataDir = join(root, 'stale');
		mkdirSync(dataDir);
		const lock = join(dataDir, 'ruamjai.lock');
		writeFileSync(lock, '2147483646');

		const store = await openStore({ kind: 'pglite', dataDir });
		expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
		await store.close();
		expect(existsSync(lock)).toBe(false);
	});
});
