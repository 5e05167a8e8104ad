import { describe, expect, it } from 'vitest';
import { Backoff, backoffCeiling, backoffDelay, type BackoffPolicy } from './backoff';

const policy: BackoffPolicy = { baseMs: 1_000, capMs: 60_000, minMs: 500 };

describe('waiting longer after each failure, never in step with other tablets', () => {
	it('doubles the ceiling with each failure, up to the cap', () => {
		expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffCeiling(n, policy))).toEqual([
			0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000
		]);
		expect(backoffCeiling(5_000, policy)).toBe(60_000);
	});

	it('draws each wait uniformly between the floor and the ceiling', () => {
		expect(backoffDelay(4, policy, () => 0)).toBe(500);
		expect(backoffDelay(4, policy, () => 0.5)).toBe(4_250);
		expect(backoffDelay(4, policy, () => 0.999_999)).toBe(8_000);
		expect(backoffDelay(0, policy, () => 0.5)).toBe(0);
	});

	it('stays within its bounds for any draw, and actually spreads the waits', () => {
		for (let failures = 1; failures <= 12; failures++) {
			const waits = Array.from({ length: 200 }, () => backoffDelay(failures, policy));
			for (const wait of waits) {
				expect(wait).toBeGreaterThanOrEqual(policy.minMs);
				expect(wait).toBeLessThanOrEqual(backoffCeiling(failures, policy));
			}
			if (failures >= 3) expect(new Set(waits).size).toBeGreaterThan(50);
		}
	});

	it('counts failures in a row and starts over after a success', () => {
		const backoff = new Backoff(policy, () => 0.999_999);
		expect([backoff.fail(), backoff.fail(), backoff.fail()]).toEqual([1_000, 2_000, 4_000]);
		expect(backoff.failures).toBe(3);
		backoff.succeed();
		expect(backoff.failures).toBe(0);
		expect(backoff.fail()).toBe(1_000);
	});
});
