import { z } from 'zod';
import { FeedbackKind, FeedbackTrack } from './feedback';
import { FEEDBACK_REPLY_MAX, FeedbackStatus, isOverdue } from './feedback-tracking';

/*
 * The staff side of the feedback channel (issue 7): the inbox's filters and order, and what one
 * triage step may carry. Who may see which item is decided in the server's policy, not here.
 */

/** `none`: items no group has been assigned yet (only executives and admins see those). */
export const InboxGroupFilter = z.union([z.uuid(), z.literal('none')]);

export const InboxFilter = z.object({
	status: FeedbackStatus.optional(),
	kind: FeedbackKind.optional(),
	track: FeedbackTrack.optional(),
	groupId: InboxGroupFilter.optional(),
	overdueOnly: z.boolean()
});
export type InboxFilter = z.infer<typeof InboxFilter>;

/**
 * The filters from the address. A value that is not one of the choices is dropped rather than
 * refused: a stale bookmark shows the whole inbox instead of an error page.
 */
export function inboxFilterFromQuery(query: URLSearchParams): InboxFilter {
	const pick = <T>(schema: z.ZodType<T>, name: string): T | undefined => {
		const parsed = schema.safeParse(query.get(name) ?? undefined);
		return parsed.success ? parsed.data : undefined;
	};
	const status = pick(FeedbackStatus, 'status');
	const kind = pick(FeedbackKind, 'kind');
	const track = pick(FeedbackTrack, 'track');
	const groupId = pick(InboxGroupFilter, 'group');
	return {
		...(status ? { status } : {}),
		...(kind ? { kind } : {}),
		...(track ? { track } : {}),
		...(groupId ? { groupId } : {}),
		overdueOnly: query.get('overdue') === '1'
	};
}

/**
 * Overdue items first (they are the ones the 15-day rule is failing), then the oldest: the item
 * that has waited longest is at the top of each part.
 */
export function inboxOrder<T extends { id: string; submittedAt: string; status: FeedbackStatus }>(
	items: readonly T[],
	now: Date
): T[] {
	const overdue = new Map(items.map((i) => [i.id, isOverdue(i, now)]));
	return [...items].sort(
		(a, b) =>
			Number(overdue.get(b.id)) - Number(overdue.get(a.id)) ||
			Date.parse(a.submittedAt) - Date.parse(b.submittedAt) ||
			a.id.localeCompare(b.id)
	);
}

/** The first words of a text, for a list row: whole words, at most `max` characters. */
export function firstWords(text: string, max = 80): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	const space = cut.lastIndexOf(' ');
	// Thai is written without spaces between words: a cut at a space may be far back, or none.
	return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * One triage step: a written text, to the submitter (public) or for the staff only (internal),
 * with or without a new status. A status change always comes with a text: the submitter is owed
 * an explanation of what was done (DOMAIN.md §6), and the staff a record of why.
 */
export const TriageStep = z.object({
	status: FeedbackStatus.nullable(),
	text: z.string().trim().min(1).max(FEEDBACK_REPLY_MAX),
	visibility: z.enum(['public', 'internal'])
});
export type TriageStep = z.infer<typeof TriageStep>;
