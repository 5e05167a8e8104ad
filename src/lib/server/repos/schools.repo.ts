import { eq, inArray, sql } from 'drizzle-orm';
import { School } from '$lib/domain';
import { thaiCollator, type Db } from '../store/db';
import { schools } from '../store/schema';
import { assertOfficesExist } from './offices.repo';
import { lastById, validateAll } from './validate';

type SchoolRow = typeof schools.$inferSelect;

function toSchool(row: SchoolRow): School {
	return {
		id: row.id,
		officeId: row.officeId,
		code: row.code,
		name: row.nameEn === null ? { th: row.nameTh } : { th: row.nameTh, en: row.nameEn },
		district: row.district
	};
}

export function schoolsRepo(db: Db) {
	return {
		async list(officeId?: string): Promise<School[]> {
			const rows = await db
				.select()
				.from(schools)
				.where(officeId === undefined ? undefined : eq(schools.officeId, officeId));
			return rows.map(toSchool).sort((a, b) => thaiCollator.compare(a.name.th, b.name.th));
		},

		async upsert(inputs: readonly unknown[]): Promise<number> {
			const valid = lastById(validateAll('schools', School, inputs));
			if (valid.length === 0) return 0;
			await assertOfficesExist(
				db,
				valid.map((s) => s.officeId)
			);
			await db
				.insert(schools)
				.values(
					valid.map((s) => ({
						id: s.id,
						officeId: s.officeId,
						code: s.code,
						nameTh: s.name.th,
						nameEn: s.name.en ?? null,
						district: s.district
					}))
				)
				.onConflictDoUpdate({
					target: schools.id,
					set: {
						officeId: sql`excluded.office_id`,
						code: sql`excluded.code`,
						nameTh: sql`excluded.name_th`,
						nameEn: sql`excluded.name_en`,
						district: sql`excluded.district`
					}
				});
			return valid.length;
		},

		async officesOf(ids: readonly string[]): Promise<Map<string, string>> {
			if (ids.length === 0) return new Map();
			const rows = await db
				.select({ id: schools.id, officeId: schools.officeId })
				.from(schools)
				.where(inArray(schools.id, [...new Set(ids)]));
			return new Map(rows.map((r) => [r.id, r.officeId]));
		}
	};
}
