import { describe, expect, it } from 'vitest';
import { countFeedback, type FeedbackTally } from './feedback-statistics';

// Submitted 1 Oct 2025 10:00 Bangkok: due by the end of 16 Oct 2025, Bangkok time.
const submittedAt = new Date('2025-10-01T03:00:00Z');
const item = (over: Partial<FeedbackTally>): FeedbackTally => ({
	kind: 'complaint',
	track: 'general',
	status: 'received',
	submittedAt,
	statusChangedAt: submittedAt,
	...over
});

describe('countFeedback', () => {
	it('counts items by kind, closed ones, those closed within 15 days, and misconduct complaints', () => {
		const counts = countFeedback([
			item({ kind: 'opinion' }),
			item({
				kind: 'compliment',
				status: 'resolved',
				statusChangedAt: new Date('2025-10-02T00:00:00Z')
			}),
			// 23:59 on 16 Oct in Bangkok is the last minute of the deadline.
			item({ status: 'not_actionable', statusChangedAt: new Date('2025-10-16T16:59:00Z') }),
			// Midnight after it is late.
			item({ status: 'resolved', statusChangedAt: new Date('2025-10-16T17:00:00Z') }),
			item({ track: 'misconduct', status: 'in_progress' })
		]);
		expect(counts).toEqual({
			total: 5,
			byKind: { opinion: 1, suggestion: 0, complaint: 3, compliment: 1 },
			closed: 3,
			closedInTime: 2,
			misconduct: 1
		});
	});

	it('counts nothing for a year without feedback, every kind shown as 0', () => {
		expect(countFeedback([])).toEqual({
			total: 0,
			byKind: { opinion: 0, suggestion: 0, complaint: 0, compliment: 0 },
			closed: 0,
			closedInTime: 0,
			misconduct: 0
		});
	});
});
