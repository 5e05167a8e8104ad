import { describe, expect, it } from 'vitest';
import { firstWords, inboxFilterFromQuery, inboxOrder, TriageStep } from './feedback-triage';

describe('the inbox filters from the address', () => {
	it('keeps the known values and drops the rest, so a stale bookmark still opens', () => {
		const group = '0193f0a0-0000-7000-8000-000000000001';
		expect(
			inboxFilterFromQuery(
				new URLSearchParams(`status=in_progress&kind=bogus&group=${group}&overdue=1&track=x`)
			)
		).toEqual({ status: 'in_progress', groupId: group, overdueOnly: true });
		expect(inboxFilterFromQuery(new URLSearchParams('group=none'))).toEqual({
			groupId: 'none',
			overdueOnly: false
		});
	});
});

describe('the inbox order', () => {
	it('puts overdue items first, then the oldest; a closed item is never overdue', () => {
		const now = new Date('2026-03-20T03:00:00Z');
		const items = [
			{ id: 'new', submittedAt: '2026-03-19T03:00:00Z', status: 'received' as const },
			{ id: 'closed-old', submittedAt: '2026-01-01T03:00:00Z', status: 'resolved' as const },
			{ id: 'late', submittedAt: '2026-02-20T03:00:00Z', status: 'in_progress' as const },
			{ id: 'later', submittedAt: '2026-02-01T03:00:00Z', status: 'received' as const },
			{ id: 'mid', submittedAt: '2026-03-10T03:00:00Z', status: 'acknowledged' as const }
		];
		expect(inboxOrder(items, now).map((i) => i.id)).toEqual([
			'later',
			'late',
			'closed-old',
			'mid',
			'new'
		]);
	});
});

describe('first words of a text', () => {
	it('keeps short text whole and cuts long text at a space when there is one', () => {
		expect(firstWords('  สั้น\n ๆ  ')).toBe('สั้น ๆ');
		expect(firstWords('one two three four', 10)).toBe('one two…');
		// Thai runs words together: cut where the limit falls.
		expect(firstWords('ก'.repeat(20), 10)).toBe(`${'ก'.repeat(10)}…`);
	});
});

describe('a triage step', () => {
	it('needs a written text, with or without a status', () => {
		expect(TriageStep.safeParse({ status: null, text: ' ', visibility: 'public' }).success).toBe(
			false
		);
		expect(
			TriageStep.safeParse({ status: 'resolved', text: 'ทำแล้ว', visibility: 'internal' }).success
		).toBe(true);
	});
});
