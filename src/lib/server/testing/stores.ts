import pg from 'pg';
import { openStore } from '../store/open-store';
import type { Store } from '../store/types';

/** A kind of store the server suite runs against; `open()` gives a fresh, empty, migrated store. */
export interface StoreUnderTest {
	name: string;
	open(): Promise<Store>;
	/** Closes what `open()` opened and drops the throwaway databases. */
	dispose(): Promise<void>;
}

/**
 * PGlite in memory always; PostgreSQL too when TEST_DATABASE_URL names a server where the user
 * may create databases. With RUAMJAI_REQUIRE_PG=1 a missing TEST_DATABASE_URL is an error, so CI
 * never passes by silently leaving PostgreSQL out.
 */
export function storesUnderTest(env: NodeJS.ProcessEnv = process.env): StoreUnderTest[] {
	const url = env.TEST_DATABASE_URL?.trim();
	if (!url && env.RUAMJAI_REQUIRE_PG === '1') {
		throw new Error(
			'RUAMJAI_REQUIRE_PG=1 but TEST_DATABASE_URL is not set: PostgreSQL would be skipped.'
		);
	}
	return url ? [pgliteInMemory(), postgres(url)] : [pgliteInMemory()];
}

function pgliteInMemory(): StoreUnderTest {
	const opened: Store[] = [];
	return {
		name: 'pglite',
		async open() {
			const store = await openStore({ kind: 'pglite', dataDir: null });
			opened.push(store);
			return store;
		},
		async dispose() {
			await Promise.all(opened.splice(0).map((s) => s.close()));
		}
	};
}

/** Each `open()` creates a database `ruamjai_t_<random>` on the server, dropped by `dispose()`. */
function postgres(adminUrl: string): StoreUnderTest {
	const opened: { store: Store; database: string }[] = [];
	const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
		const client = new pg.Client({ connectionString: adminUrl });
		await client.connect();
		try {
			return await work(client);
		} finally {
			await client.end();
		}
	};
	return {
		name: 'postgres',
		async open() {
			const database = `ruamjai_t_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
			await admin((c) => c.query(`create database ${database}`));
			const url = new URL(adminUrl);
			url.pathname = `/${database}`;
			const store = await openStore({ kind: 'postgres', url: url.toString() });
			opened.push({ store, database });
			return store;
		},
		async dispose() {
			const all = opened.splice(0);
			await Promise.all(all.map(({ store }) => store.close()));
			if (all.length === 0) return;
			await admin(async (c) => {
				for (const { database } of all)
					await c.query(`drop database if exists ${database} (force)`);
			});
		}
	};
}
