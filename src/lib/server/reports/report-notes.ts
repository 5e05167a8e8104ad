import type { ReportNote, ReportNoteInput } from '$lib/api/report-contract';
import type { Store } from '../store/types';
import { unknownGroup } from './group-report';

/**
 * Records the executive's opinion or the group's improvement actions on the group's report for a
 * fiscal year or quarter, replacing an earlier text of the same kind. Throws ReportNotFoundError
 * for an unknown group. Who may write which note comes with authorization (issue 6).
 */
export async function saveReportNote(
	store: Store,
	groupId: string,
	input: ReportNoteInput,
	now: Date = new Date()
): Promise<ReportNote> {
	const group = (await store.groups.list()).find((g) => g.id === groupId);
	if (group === undefined) throw unknownGroup(groupId);
	const stored = await store.reports.notes.save({
		officeId: group.officeId,
		groupId: group.id,
		fy: input.fy,
		quarter: input.quarter,
		kind: input.kind,
		text: input.text,
		author: input.author,
		updatedAt: now
	});
	return {
		kind: stored.kind,
		text: stored.text,
		author: stored.author,
		updatedAt: stored.updatedAt
	};
}
