import { and, eq, inArray, sql } from 'drizzle-orm';
import { ReportNote, ReportNoteKind } from '$lib/api/report-contract';
import type { Db } from '../store/db';
import { reportNotes } from '../store/schema';
import type { StoredReportNote } from '../store/types';

type NoteRow = typeof reportNotes.$inferSelect;

/** Quarter 0 in the table is the whole fiscal year (a primary key cannot hold null). */
const WHOLE_YEAR = 0;

function toNote(row: NoteRow): StoredReportNote {
	return {
		officeId: row.officeId,
		groupId: row.groupId,
		fy: row.fy,
		quarter: row.quarter === WHOLE_YEAR ? null : row.quarter,
		...ReportNote.parse({
			kind: ReportNoteKind.parse(row.kind),
			text: row.body,
			author: row.author,
			updatedAt: row.updatedAt.toISOString()
		})
	};
}

export function reportNotesRepo(db: Db) {
	return {
		async list(
			officeId: string,
			period: { fy: number; quarter: number | null },
			groupIds?: readonly string[]
		): Promise<StoredReportNote[]> {
			const rows = await db
				.select()
				.from(reportNotes)
				.where(
					and(
						eq(reportNotes.officeId, officeId),
						eq(reportNotes.fy, period.fy),
						eq(reportNotes.quarter, period.quarter ?? WHOLE_YEAR),
						groupIds === undefined ? undefined : inArray(reportNotes.groupId, [...groupIds])
					)
				);
			return rows.map(toNote);
		},

		async save(
			note: Omit<StoredReportNote, 'updatedAt'> & { updatedAt: Date }
		): Promise<StoredReportNote> {
			// Validated here too: the store is the last door before SQL.
			const { text, author, kind } = ReportNote.parse({
				...note,
				updatedAt: note.updatedAt.toISOString()
			});
			const [row] = await db
				.insert(reportNotes)
				.values({
					officeId: note.officeId,
					groupId: note.groupId,
					fy: note.fy,
					quarter: note.quarter ?? WHOLE_YEAR,
					kind,
					body: text,
					author,
					updatedAt: note.updatedAt
				})
				.onConflictDoUpdate({
					target: [reportNotes.groupId, reportNotes.fy, reportNotes.quarter, reportNotes.kind],
					set: {
						body: sql`excluded.body`,
						author: sql`excluded.author`,
						updatedAt: sql`excluded.updated_at`
					}
				})
				.returning();
			if (row === undefined) throw new Error('report note upsert returned no row');
			return toNote(row);
		}
	};
}
