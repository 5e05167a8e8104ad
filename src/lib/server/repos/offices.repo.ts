import { inArray, sql } from 'drizzle-orm';
import { Office } from '$lib/domain';
import { thaiCollator, type Db } from '../store/db';
import { StoreError } from '../store/errors';
import { offices } from '../store/schema';
import { lastById, validateAll } from './validate';

type OfficeRow = typeof offices.$inferSelect;

function toOffice(row: OfficeRow): Office {
	return {
		id: row.id,
		kind: row.kind as Office['kind'],
		name: row.nameEn === null ? { th: row.nameTh } : { th: row.nameTh, en: row.nameEn },
		province: row.province,
		levelScheme: row.levelScheme as Office['levelScheme']
	};
}

export function officesRepo(db: Db) {
	return {
		async list(): Promise<Office[]> {
			const rows = await db.select().from(offices);
			return rows.map(toOffice).sort((a, b) => thaiCollator.compare(a.name.th, b.name.th));
		},

		async upsert(inputs: readonly unknown[]): Promise<number> {
			const rows = lastById(validateAll('offices', Office, inputs)).map((o) => ({
				id: o.id,
				kind: o.kind,
				nameTh: o.name.th,
				nameEn: o.name.en ?? null,
				province: o.province,
				levelScheme: o.levelScheme
			}));
			if (rows.length === 0) return 0;
			await db
				.insert(offices)
				.values(rows)
				.onConflictDoUpdate({
					target: offices.id,
					set: {
						kind: sql`excluded.kind`,
						nameTh: sql`excluded.name_th`,
						nameEn: sql`excluded.name_en`,
						province: sql`excluded.province`,
						levelScheme: sql`excluded.level_scheme`
					}
				});
			return rows.length;
		},

		/** Which of these office ids the store holds. */
		async existing(ids: readonly string[]): Promise<Set<string>> {
			if (ids.length === 0) return new Set();
			const rows = await db
				.select({ id: offices.id })
				.from(offices)
				.where(inArray(offices.id, [...new Set(ids)]));
			return new Set(rows.map((r) => r.id));
		}
	};
}

/** Master data must name an office the store holds; a clear error beats a foreign-key violation. */
export async function assertOfficesExist(db: Db, ids: readonly string[]): Promise<void> {
	const known = await officesRepo(db).existing(ids);
	const missing = [...new Set(ids)].filter((id) => !known.has(id));
	if (missing.length > 0) {
		throw new StoreError(
			'unknown-office',
			`Unknown office: ${missing.join(', ')}. Save the office first.`
		);
	}
}
