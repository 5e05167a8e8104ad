import { eq, inArray, sql } from 'drizzle-orm';
import { Group } from '$lib/domain';
import { thaiCollator, type Db } from '../store/db';
import { groups } from '../store/schema';
import { assertOfficesExist } from './offices.repo';
import { lastById, validateAll } from './validate';

type GroupRow = typeof groups.$inferSelect;

function toGroup(row: GroupRow): Group {
	return {
		id: row.id,
		officeId: row.officeId,
		code: row.code,
		name: row.nameEn === null ? { th: row.nameTh } : { th: row.nameTh, en: row.nameEn },
		shortName: row.shortName,
		activeFromFy: row.activeFromFy,
		activeToFy: row.activeToFy,
		sortOrder: row.sortOrder
	};
}

export function groupsRepo(db: Db) {
	return {
		async list(officeId?: string): Promise<Group[]> {
			const rows = await db
				.select()
				.from(groups)
				.where(officeId === undefined ? undefined : eq(groups.officeId, officeId));
			return rows
				.map(toGroup)
				.sort((a, b) => a.sortOrder - b.sortOrder || thaiCollator.compare(a.name.th, b.name.th));
		},

		async upsert(inputs: readonly unknown[]): Promise<number> {
			const valid = lastById(validateAll('groups', Group, inputs));
			if (valid.length === 0) return 0;
			await assertOfficesExist(
				db,
				valid.map((g) => g.officeId)
			);
			await db
				.insert(groups)
				.values(
					valid.map((g) => ({
						id: g.id,
						officeId: g.officeId,
						code: g.code,
						nameTh: g.name.th,
						nameEn: g.name.en ?? null,
						shortName: g.shortName,
						activeFromFy: g.activeFromFy,
						activeToFy: g.activeToFy,
						sortOrder: g.sortOrder
					}))
				)
				.onConflictDoUpdate({
					target: groups.id,
					set: {
						officeId: sql`excluded.office_id`,
						code: sql`excluded.code`,
						nameTh: sql`excluded.name_th`,
						nameEn: sql`excluded.name_en`,
						shortName: sql`excluded.short_name`,
						activeFromFy: sql`excluded.active_from_fy`,
						activeToFy: sql`excluded.active_to_fy`,
						sortOrder: sql`excluded.sort_order`
					}
				});
			return valid.length;
		},

		/** The office of each of these group ids the store holds. */
		async officesOf(ids: readonly string[]): Promise<Map<string, string>> {
			if (ids.length === 0) return new Map();
			const rows = await db
				.select({ id: groups.id, officeId: groups.officeId })
				.from(groups)
				.where(inArray(groups.id, [...new Set(ids)]));
			return new Map(rows.map((r) => [r.id, r.officeId]));
		}
	};
}
