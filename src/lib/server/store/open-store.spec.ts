import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { demoSatisfactionFormId } from '../seed/demo-forms';
import { seedDemoContent, seedDemoResponses } from '../seed/seed';
import { StoreUnavailableError } from './errors';
import { closeStore, getStore } from './get-store';
import { openStore } from './open-store';
import { storeConfigFromEnv } from './store-config';

describe('storeConfigFromEnv', () => {
	const migrationsFolder = resolve('drizzle');

	it('uses PGlite in ./data when nothing is set', () => {
		expect(storeConfigFromEnv({})).toEqual({
			kind: 'pglite',
			dataDir: resolve('data'),
			migrationsFolder
		});
	});

	it('uses PGlite in RUAMJAI_DATA_DIR when set', () => {
		expect(storeConfigFromEnv({ RUAMJAI_DATA_DIR: '/var/lib/ruamjai' })).toMatchObject({
			kind: 'pglite',
			dataDir: '/var/lib/ruamjai'
		});
	});

	it('uses PostgreSQL when DATABASE_URL is set, whatever the data directory', () => {
		const url = 'postgres://ruamjai:secret@db.internal:5432/ruamjai';
		expect(storeConfigFromEnv({ DATABASE_URL: url, RUAMJAI_DATA_DIR: '/x' })).toEqual({
			kind: 'postgres',
			url,
			migrationsFolder
		});
		expect(storeConfigFromEnv({ RUAMJAI_MIGRATIONS_DIR: '/opt/ruamjai/drizzle' })).toMatchObject({
			migrationsFolder: '/opt/ruamjai/drizzle'
		});
	});

	it('refuses an empty or non-PostgreSQL DATABASE_URL in one line, without the password', () => {
		expect(() => storeConfigFromEnv({ DATABASE_URL: ' ' })).toThrow(StoreUnavailableError);
		expect(() => storeConfigFromEnv({ DATABASE_URL: ' ' })).toThrow(
			/DATABASE_URL is set but empty/
		);
		let error: unknown;
		try {
			storeConfigFromEnv({ DATABASE_URL: 'mysql://root:hunter2@db:3306/x' });
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(StoreUnavailableError);
		const message = (error as Error).message;
		expect(message).toContain('mysql://root@db:3306/x');
		expect(message).not.toContain('hunter2');
		expect(message).not.toContain('\n');
	});
});

describe('opening a store', () => {
	const dirs: string[] = [];
	const tempDir = () => {
		const dir = mkdtempSync(join(tmpdir(), 'ruamjai-store-'));
		dirs.push(dir);
		return dir;
	};
	afterAll(() => {
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	it('fails with one line naming the server, not the password, when PostgreSQL is unreachable', async () => {
		const url = 'postgres://ruamjai:s3cret-pw@127.0.0.1:1/ruamjai';
		const opening = openStore({ kind: 'postgres', url });
		await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
		const message = await opening.catch((e: Error) => e.message);
		expect(message).toBe(
			'Cannot reach PostgreSQL at postgres://ruamjai@127.0.0.1:1/ruamjai (ECONNREFUSED). Check DATABASE_URL.'
		);
	});

	it('fails with one line when the migrations folder is missing', async () => {
		const opening = openStore({ kind: 'pglite', dataDir: null, migrationsFolder: tempDir() });
		await expect(opening).rejects.toMatchObject({
			name: 'StoreUnavailableError',
			reason: 'migrations-missing'
		});
	});

	it('keeps an on-disk PGlite store across close and reopen', async () => {
		const config = { kind: 'pglite' as const, dataDir: join(tempDir(), 'data') };
		const first = await openStore(config);
		await seedDemoContent(first);
		await seedDemoResponses(first, { count: 25, seed: 9, now: new Date('2025-03-01T12:00:00Z') });
		const counts = await first.counts();
		await first.close();

		const reopened = await openStore(config);
		try {
			expect(await reopened.counts()).toEqual(counts);
			expect(counts.responses).toBe(25);
			const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
				entries: unknown[];
			};
			expect((await reopened.health()).migrations.applied).toBe(journal.entries.length);
			expect(await reopened.forms.get(demoSatisfactionFormId, 1)).not.toBeNull();
			expect(await seedDemoContent(reopened)).toEqual({ seeded: false });
		} finally {
			await reopened.close();
		}
	});

	it('opens the store named by the environment once per process, seeding the demo on first start', async () => {
		vi.stubEnv('DATABASE_URL', undefined);
		vi.stubEnv('RUAMJAI_DATA_DIR', join(tempDir(), 'data'));
		try {
			const [store, again] = await Promise.all([getStore(), getStore()]);
			expect(again).toBe(store);
			expect(store.kind).toBe('pglite');
			expect((await store.counts()).forms).toBe(2);
		} finally {
			await closeStore();
			vi.unstubAllEnvs();
		}
	});
});
