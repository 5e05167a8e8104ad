import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { newId, TrackingCode } from '$lib/domain';

/*
 * Migration 0005 gives feedback that was stored before it a tracking code in SQL: each row its own,
 * in the same ABCD-EFGH form the server makes, with the status `received` since submission.
 */
describe('migration 0005_feedback_tracking on rows stored before it', () => {
	const before = mkdtempSync(join(tmpdir(), 'ruamjai-0004-'));
	afterAll(() => rmSync(before, { recursive: true, force: true }));

	it('backfills a distinct tracking code for every existing item', async () => {
		cpSync('drizzle', before, { recursive: true });
		const journalPath = join(before, 'meta', '_journal.json');
		const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
		const upTo = journal.entries.findIndex((e) => e.tag === '0005_feedback_tracking');
		expect(upTo).toBeGreaterThan(0);
		writeFileSync(
			journalPath,
			JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) })
		);

		const client = new PGlite();
		const db = drizzle({ client });
		await migrate(db, { migrationsFolder: before });
		await client.query(
			`insert into offices (id, kind, name_th, province, level_scheme) values ('o', 'spp', 'x', 'y', '0.5')`
		);
		const submittedAt = '2025-01-15T03:00:00.000Z';
		for (let i = 0; i < 50; i++) {
			await client.query(
				`insert into feedback (id, office_id, kind, track, body, anonymous, channel, submitted_at, content_hash)
				 values ($1, 'o', 'opinion', 'general', 'b', true, 'kiosk', $2, 'h')`,
				[newId(), submittedAt]
			);
		}

		await migrate(db, { migrationsFolder: 'drizzle' });
		const { rows } = await client.query<{
			tracking_code: string;
			status: string;
			status_changed_at: Date;
		}>('select tracking_code, status, status_changed_at from feedback');
		expect(rows).toHaveLength(50);
		expect(rows.every((r) => TrackingCode.safeParse(r.tracking_code).success)).toBe(true);
		expect(new Set(rows.map((r) => r.tracking_code)).size).toBe(50);
		expect(rows.every((r) => r.status === 'received')).toBe(true);
		expect(rows.every((r) => r.status_changed_at.toISOString() === submittedAt)).toBe(true);
		await client.close();
	});
});
