import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgDatabase, PgQueryResultHKT, PgTable } from 'drizzle-orm/pg-core';
import type { Schema } from './schema';

/** A Drizzle database or transaction over either driver: repositories need nothing more. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** PostgreSQL allows 65,535 bind parameters per statement; stay well below it. */
const maxParametersPerStatement = 30_000;

/**
 * Splits rows for multi-row INSERTs. Each statement costs a round trip (about 0.1 ms on PGlite),
 * so batches are as large as the parameter limit allows.
 */
export function inChunks<T>(rows: readonly T[], columnsPerRow: number): T[][] {
	const size = Math.max(1, Math.floor(maxParametersPerStatement / columnsPerRow));
	const chunks: T[][] = [];
	for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
	return chunks;
}

/** Thai names sort with the Thai collator: PGlite has no ICU collations, so sorting is done here. */
export const thaiCollator = new Intl.Collator('th');

/**
 * One INSERT of any number of rows, sent as a single jsonb parameter and unpacked by
 * `jsonb_to_recordset`. For thousands of rows this is much cheaper than bind parameters, which
 * Drizzle builds one object at a time, and it never meets the parameter limit.
 * Every row must have the same keys; columns left out take their defaults.
 */
export async function insertRowsAsJson<T extends PgTable>(
	db: Db,
	table: T,
	rows: readonly T['$inferInsert'][]
): Promise<void> {
	const first = rows[0];
	if (first === undefined) return;
	const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(
		([key]) => key in first
	);
	const json = rows.map((row) =>
		Object.fromEntries(
			columns.map(([key, column]) => {
				const value = (row as Record<string, unknown>)[key];
				return [column.name, value instanceof Date ? value.toISOString() : value];
			})
		)
	);
	const names = sql.join(
		columns.map(([, c]) => sql.identifier(c.name)),
		sql`, `
	);
	const shape = sql.join(
		columns.map(([, c]) => sql`${sql.identifier(c.name)} ${sql.raw(c.getSQLType())}`),
		sql`, `
	);
	await db.execute(
		sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${JSON.stringify(json)}::jsonb) as r(${shape})`
	);
}
