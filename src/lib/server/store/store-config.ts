import { resolve } from 'node:path';
import { redactUrl, StoreUnavailableError } from './errors';

/** PGlite with `dataDir: null` keeps everything in memory (tests). */
export type StoreConfig = (
	{ kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string }
) & {
	/** The checked-in `drizzle/` folder; resolved from the working directory when absent. */
	migrationsFolder?: string;
};

export const defaultDataDir = './data';

/** The checked-in migrations, found from the working directory: the project folder, or /app in a container. */
export function defaultMigrationsFolder(): string {
	return resolve('drizzle');
}

/**
 * The only reader of the store's environment variables:
 * `DATABASE_URL` → PostgreSQL; otherwise PGlite on disk at `RUAMJAI_DATA_DIR` (default `./data`);
 * `RUAMJAI_MIGRATIONS_DIR` overrides where the SQL migrations are read from.
 */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
	const migrationsFolder = env.RUAMJAI_MIGRATIONS_DIR?.trim()
		? resolve(env.RUAMJAI_MIGRATIONS_DIR.trim())
		: defaultMigrationsFolder();
	const url = env.DATABASE_URL;
	if (url !== undefined) {
		if (url.trim() === '') {
			throw new StoreUnavailableError(
				'misconfigured',
				'DATABASE_URL is set but empty. Set it to postgres://user:password@host:5432/database, or unset it to use the embedded store.'
			);
		}
		if (!/^postgres(ql)?:\/\/[^\s]+$/.test(url.trim()) || !URL.canParse(url.trim())) {
			throw new StoreUnavailableError(
				'misconfigured',
				`DATABASE_URL is not a postgres:// URL (${redactUrl(url.trim())}). Set it to postgres://user:password@host:5432/database.`
			);
		}
		return { kind: 'postgres', url: url.trim(), migrationsFolder };
	}
	const dataDir = resolve(env.RUAMJAI_DATA_DIR?.trim() || defaultDataDir);
	return { kind: 'pglite', dataDir, migrationsFolder };
}

/** Where the store lives, for logs and error messages: never includes a password. */
export function describeStoreConfig(config: StoreConfig): string {
	if (config.kind === 'postgres') return `PostgreSQL at ${redactUrl(config.url)}`;
	return config.dataDir === null ? 'PGlite in memory' : `PGlite at ${config.dataDir}`;
}
