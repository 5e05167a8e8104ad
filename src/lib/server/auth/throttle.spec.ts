import { describe, expect, it } from 'vitest';
import { FREE_FAILURES, MAX_WAIT_SECONDS, secondsUntilAllowed, waitAfter } from './throttle';

describe('slowing down password guessing', () => {
	it('lets the first few mistakes go, then doubles the wait up to a cap', () => {
		expect([1, 2, 3, 4].map(waitAfter)).toEqual([0, 0, 0, 0]);
		expect(waitAfter(FREE_FAILURES)).toBe(30);
		expect(waitAfter(FREE_FAILURES + 1)).toBe(60);
		expect(waitAfter(FREE_FAILURES + 3)).toBe(240);
		expect(waitAfter(50)).toBe(MAX_WAIT_SECONDS);
	});

	it('counts the wait from the last failure, by the strictest key', () => {
		const last = new Date('2026-01-01T00:00:00Z');
		const at = (s: number) => new Date(last.getTime() + s * 1000);
		const counts = [
			{ failures: FREE_FAILURES, lastFailureAt: last },
			{ failures: 2, lastFailureAt: last }
		];
		expect(secondsUntilAllowed(counts, at(10))).toBe(20);
		expect(secondsUntilAllowed(counts, at(30))).toBe(0);
		expect(secondsUntilAllowed([], at(0))).toBe(0);
	});
});
