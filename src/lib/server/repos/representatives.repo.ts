import { and, asc, eq, inArray } from 'drizzle-orm';
import { Representative, RespondentType } from '$lib/domain';
import { thaiCollator, type Db } from '../store/db';
import { representatives } from '../store/schema';
import { validateAll } from './validate';

type RepresentativeRow = typeof representatives.$inferSelect;

export function toRepresentative(row: RepresentativeRow): Representative {
	return {
		id: row.id,
		officeId: row.officeId,
		groupId: row.groupId,
		name: row.name,
		organisation: row.organisation,
		respondentType: RespondentType.parse(row.respondentType),
		termStart: row.termStart,
		termEnd: row.termEnd
	};
}

export function representativesRepo(db: Db) {
	return {
		/** The office's representatives (of these groups only, when given), by name in Thai order. */
		async list(officeId: string, groupIds?: readonly string[]): Promise<Representative[]> {
			if (groupIds?.length === 0) return [];
			const rows = await db
				.select()
				.from(representatives)
				.where(
					and(
						eq(representatives.officeId, officeId),
						groupIds === undefined ? undefined : inArray(representatives.groupId, [...groupIds])
					)
				)
				.orderBy(asc(representatives.id));
			return rows.map(toRepresentative).sort((a, b) => thaiCollator.compare(a.name, b.name));
		},

		async get(id: string): Promise<Representative | null> {
			const [row] = await db.select().from(representatives).where(eq(representatives.id, id));
			return row === undefined ? null : toRepresentative(row);
		},

		/** Inserts or replaces by id; throws DomainValidationError on invalid input. */
		async save(input: unknown): Promise<Representative> {
			const [r] = validateAll('representative', Representative, [input]);
			const row = {
				officeId: r!.officeId,
				groupId: r!.groupId,
				name: r!.name,
				organisation: r!.organisation,
				respondentType: r!.respondentType,
				termStart: r!.termStart,
				termEnd: r!.termEnd
			};
			const [saved] = await db
				.insert(representatives)
				.values({ id: r!.id, ...row })
				.onConflictDoUpdate({ target: representatives.id, set: row })
				.returning();
			return toRepresentative(saved!);
		},

		/** Removes them and their invitations; false when there was no such representative. */
		async remove(id: string): Promise<boolean> {
			const rows = await db
				.delete(representatives)
				.where(eq(representatives.id, id))
				.returning({ id: representatives.id });
			return rows.length > 0;
		}
	};
}
