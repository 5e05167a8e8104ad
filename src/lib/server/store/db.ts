import { getTableColumns, sql, type SQL } from 'drizzle-orm';
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
 * One INSERT of any number of rows, sent as a single JSON parameter and unpacked by
 * `json_to_recordset`. For thousands of rows this is much cheaper than bind parameters, which
 * Drizzle builds one object at a time, and it never meets the parameter limit. (`json`, not
 * `jsonb`: the text is read once while unpacking, instead of first being converted to jsonb.)
 * Every row must have the same keys; columns left out take their defaults.
 */
export async function insertRowsAsJson<T extends PgTable>(
	db: Db,
	table: T,
	rows: readonly T['$inferInsert'][]
): Promise<void> {
	const insert = jsonInsert(table, rows);
	if (insert !== null) await db.execute(insert);
}

/**
 * `insertRowsAsJson`, leaving out the rows whose `key` the table holds already (ON CONFLICT DO
 * NOTHING): the idempotent insert of records keyed by the device's ids. Returns the keys inserted.
 */
export async function insertNewRowsAsJson<T extends PgTable>(
	db: Db,
	table: T,
	rows: readonly T['$inferInsert'][],
	key: PgColumn
): Promise<Set<string>> {
	const insert = jsonInsert(table, rows);
	if (insert === null) return new Set();
	const result = await db.execute(
		sql`${insert} on conflict (${sql.identifier(key.name)}) do nothing returning ${sql.identifier(key.name)} as key`
	);
	// Both drivers answer with `rows`; Drizzle types `execute` only as the driver-neutral HKT.
	const inserted = (result as unknown as { rows: { key: string }[] }).rows;
	return new Set(inserted.map((row) => row.key));
}

/**
 * `insertRowsAsJson` for counters: a row whose key the table holds already adds its `counters`
 * to the stored ones. Concurrent writers lock the rows in the order given, so callers sort the
 * rows by key: two transactions then never wait for each other in a cycle.
 */
export async function addRowsAsJson<T extends PgTable>(
	db: Db,
	table: T,
	rows: readonly T['$inferInsert'][],
	key: readonly PgColumn[],
	counters: readonly PgColumn[]
): Promise<void> {
	const insert = jsonInsert(table, rows);
	if (insert === null) return;
	const target = sql.join(
		key.map((c) => sql.identifier(c.name)),
		sql`, `
	);
	const sums = sql.join(
		counters.map(
			(c) =>
				sql`${sql.identifier(c.name)} = ${table}.${sql.identifier(c.name)} + excluded.${sql.identifier(c.name)}`
		),
		sql`, `
	);
	await db.execute(sql`${insert} on conflict (${target}) do update set ${sums}`);
}

function jsonInsert<T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]): SQL | null {
	const first = rows[0];
	if (first === undefined) return null;
	const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(
		([key]) => key in first
	);
	const names = sql.join(
		columns.map(([, c]) => sql.identifier(c.name)),
		sql`, `
	);
	// The record type is keyed by the rows' own property names, so the rows go out as they are,
	// without a renamed copy of each; dates become ISO text through `Date.prototype.toJSON`.
	const keys = sql.join(
		columns.map(([key]) => sql.identifier(key)),
		sql`, `
	);
	const shape = sql.join(
		columns.map(([key, c]) => sql`${sql.identifier(key)} ${sql.raw(c.getSQLType())}`),
		sql`, `
	);
	return sql`insert into ${table} (${names}) select ${keys} from json_to_recordset(${JSON.stringify(rows)}::json) as r(${shape})`;
}
