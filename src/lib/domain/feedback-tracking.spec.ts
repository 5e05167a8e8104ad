import { describe, expect, it } from 'vitest';
import {
	canChangeStatus,
	FeedbackStatusLookup,
	isOverdue,
	newTrackingCode,
	normalizeTrackingCode,
	PublicFeedbackSubmission,
	responseDeadline,
	TRACKING_ALPHABET,
	TrackingCode
} from './feedback-tracking';

describe('tracking codes', () => {
	it('are 8 characters of an alphabet without look-alikes, grouped 4-4', () => {
		let i = 0;
		const code = newTrackingCode((n) => i++ % n);
		expect(code).toBe('ABCD-EFGH');
		expect(TrackingCode.safeParse(code).success).toBe(true);
		expect(TRACKING_ALPHABET).not.toMatch(/[01OIL]/);
		expect(newTrackingCode((n) => n - 1)).toBe('9999-9999');
	});

	it('accept what people type: case, spaces and dashes', () => {
		expect(normalizeTrackingCode(' abcd efgh ')).toBe('ABCD-EFGH');
		expect(normalizeTrackingCode('ab-cd-ef-gh')).toBe('ABCD-EFGH');
		expect(normalizeTrackingCode('ABCDEFGH')).toBe('ABCD-EFGH');
	});

	it('refuse what cannot be a code', () => {
		expect(normalizeTrackingCode('ABCD-EFG')).toBeNull();
		expect(normalizeTrackingCode('ABCD-EFGO')).toBeNull();
		expect(normalizeTrackingCode('<script>')).toBeNull();
	});
});

describe('status lifecycle', () => {
	it('moves forward and may close as not actionable from screening', () => {
		expect(canChangeStatus('received', 'acknowledged')).toBe(true);
		expect(canChangeStatus('acknowledged', 'in_progress')).toBe(true);
		expect(canChangeStatus('in_progress', 'resolved')).toBe(true);
		expect(canChangeStatus('received', 'not_actionable')).toBe(true);
	});

	it('does not jump back or resolve unread items', () => {
		expect(canChangeStatus('in_progress', 'received')).toBe(false);
		expect(canChangeStatus('received', 'resolved')).toBe(false);
		expect(canChangeStatus('resolved', 'resolved')).toBe(false);
		expect(canChangeStatus('resolved', 'in_progress')).toBe(true);
	});
});

describe('response deadline: 15 calendar days, Bangkok days', () => {
	it('ends at the end of the 15th Bangkok day after submission', () => {
		// 2026-01-01 10:00 Bangkok → due by 2026-01-16 23:59:59.999 Bangkok.
		expect(responseDeadline(new Date('2026-01-01T03:00:00Z')).toISOString()).toBe(
			'2026-01-16T16:59:59.999Z'
		);
	});

	it('counts from the Bangkok date, not the UTC date', () => {
		// 2026-01-01 23:30 UTC is already 2 January in Bangkok.
		expect(responseDeadline(new Date('2026-01-01T23:30:00Z')).toISOString()).toBe(
			'2026-01-17T16:59:59.999Z'
		);
	});

	it('is overdue only after the deadline and only while open', () => {
		const item = { submittedAt: '2026-01-01T03:00:00Z', status: 'received' as const };
		expect(isOverdue(item, new Date('2026-01-16T16:59:59.999Z'))).toBe(false);
		expect(isOverdue(item, new Date('2026-01-16T17:00:00.000Z'))).toBe(true);
		expect(isOverdue({ ...item, status: 'resolved' }, new Date('2026-03-01T00:00:00Z'))).toBe(
			false
		);
	});
});

describe('public submission', () => {
	it('accepts an anonymous complaint and caps the body', () => {
		const ok = PublicFeedbackSubmission.safeParse({
			kind: 'complaint',
			body: '<b>slow</b>',
			anonymous: true
		});
		expect(ok.success).toBe(true);
		const long = PublicFeedbackSubmission.safeParse({
			kind: 'complaint',
			body: 'x'.repeat(5001),
			anonymous: true
		});
		expect(long.success).toBe(false);
	});

	it('keeps contact details only with consent', () => {
		const base = { kind: 'opinion', body: 'hi', anonymous: false, contact: { name: 'Somchai' } };
		expect(PublicFeedbackSubmission.safeParse(base).success).toBe(false);
		expect(PublicFeedbackSubmission.safeParse({ ...base, consent: true }).success).toBe(true);
		expect(
			PublicFeedbackSubmission.safeParse({ ...base, anonymous: true, consent: true }).success
		).toBe(false);
	});

	it('the lookup answer has no room for contact details', () => {
		const lookup = {
			trackingCode: 'ABCD-EFGH',
			kind: 'complaint',
			body: 'x',
			anonymous: false,
			status: 'received',
			submittedAt: '2026-01-01T03:00:00Z',
			statusChangedAt: '2026-01-01T03:00:00Z',
			deadline: '2026-01-16T16:59:59.999Z',
			overdue: false,
			replies: []
		};
		expect(FeedbackStatusLookup.safeParse(lookup).success).toBe(true);
		expect(
			FeedbackStatusLookup.safeParse({ ...lookup, contact: { name: 'Somchai' } }).success
		).toBe(false);
	});
});
