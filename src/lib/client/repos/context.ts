import type { AppDB } from '../db/app-db';

/** What every repository is built on: the database, and a clock tests can set. */
export interface RepoContext {
	db: AppDB;
	now: () => Date;
}

export function nowIso(context: RepoContext): string {
	return context.now().toISOString();
}
