import type { ReportNote, ReportNoteInput } from '$lib/api/report-contract';
import { AccessDeniedError, policy, type Principal } from '../auth/policy';
import type { Store } from '../store/types';
import { unknownGroup } from './group-report';

/**
 * Records the executive's opinion or the group's improvement actions on the group's report for a
 * fiscal year or quarter, replacing an earlier text of the same kind. The executive writes the
 * opinion, the group's leader the actions (policy.writeReportNote); the author is the signed-in
 * user unless they sign it otherwise (a title, say). Throws ReportNotFoundError for an unknown
 * group and AccessDeniedError for a note the user may not write.
 */
export async function saveReportNote(
	store: Store,
	groupId: string,
	input: ReportNoteInput,
	user: Principal,
	now: Date = new Date()
): Promise<ReportNote> {
	const group = (await store.groups.list()).find((g) => g.id === groupId);
	if (group === undefined) throw unknownGroup(groupId);
	if (!policy.writeReportNote(user, group, input.kind)) throw new AccessDeniedError(input.kind);
	const stored = await store.reports.notes.save({
		officeId: group.officeId,
		groupId: group.id,
		fy: input.fy,
		quarter: input.quarter,
		kind: input.kind,
		text: input.text,
		author: input.author ?? user.displayName,
		updatedAt: now
	});
	return {
		kind: stored.kind,
		text: stored.text,
		author: stored.author,
		updatedAt: stored.updatedAt
	};
}
