import type { FeedbackKind, FeedbackTrack } from './feedback';
import { FeedbackKind as Kinds } from './feedback';
import { isClosed, responseDeadline, type FeedbackStatus } from './feedback-tracking';

/** What the complaint statistics count of one item. */
export interface FeedbackTally {
	kind: FeedbackKind;
	track: FeedbackTrack;
	status: FeedbackStatus;
	submittedAt: Date;
	/** When the status last changed: for a closed item, when it was closed. */
	statusChangedAt: Date;
}

export interface FeedbackCounts {
	total: number;
	byKind: Record<FeedbackKind, number>;
	closed: number;
	/** Closed by the end of the 15-day deadline (DOMAIN.md §6). */
	closedInTime: number;
	misconduct: number;
}

/**
 * The statistics an office publishes of its opinions and complaints (DOMAIN.md §4). Misconduct
 * complaints are counted with the rest and on their own, and only counted: their content stays
 * restricted. An item closed, reopened and closed again counts by its last closing.
 */
export function countFeedback(items: readonly FeedbackTally[]): FeedbackCounts {
	const byKind = Object.fromEntries(Kinds.options.map((k) => [k, 0])) as Record<
		FeedbackKind,
		number
	>;
	let closed = 0;
	let closedInTime = 0;
	let misconduct = 0;
	for (const item of items) {
		byKind[item.kind] += 1;
		if (item.track === 'misconduct') misconduct += 1;
		if (!isClosed(item.status)) continue;
		closed += 1;
		if (item.statusChangedAt.getTime() <= responseDeadline(item.submittedAt).getTime()) {
			closedInTime += 1;
		}
	}
	return { total: items.length, byKind, closed, closedInTime, misconduct };
}
