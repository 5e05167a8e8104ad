/**
 * How long to wait before the next try after failures: exponential, capped, with full jitter
 * (a random point between `minMs` and the exponential ceiling). Jitter matters here: after an
 * outage every tablet of an office comes back at once, and without it they would all retry in step.
 */
export interface BackoffPolicy {
	/** The ceiling after the first failure; it doubles with each failure after that. */
	baseMs: number;
	/** The ceiling never grows past this. */
	capMs: number;
	/** Never retry sooner than this, however the dice fall: a floor against hammering. */
	minMs: number;
}

export const defaultBackoff: BackoffPolicy = {
	baseMs: 5_000,
	capMs: 10 * 60_000,
	minMs: 1_000
};

/** The longest wait after `failures` failures in a row (0 failures: no wait). */
export function backoffCeiling(failures: number, policy: BackoffPolicy = defaultBackoff): number {
	if (failures <= 0) return 0;
	// 2 ** 1024 is Infinity; min() brings it back to the cap, so no failure count overflows.
	return Math.max(policy.minMs, Math.min(policy.capMs, policy.baseMs * 2 ** (failures - 1)));
}

/**
 * The wait before the next try after `failures` failures in a row: uniform in
 * [minMs, backoffCeiling(failures)]. `random` returns a number in [0, 1), as Math.random does.
 */
export function backoffDelay(
	failures: number,
	policy: BackoffPolicy = defaultBackoff,
	random: () => number = Math.random
): number {
	const ceiling = backoffCeiling(failures, policy);
	if (ceiling === 0) return 0;
	return Math.round(policy.minMs + random() * (ceiling - policy.minMs));
}

/** A failure count with its policy: `fail()` says how long to wait, a success resets it. */
export class Backoff {
	#failures = 0;

	constructor(
		private readonly policy: BackoffPolicy = defaultBackoff,
		private readonly random: () => number = Math.random
	) {}

	get failures(): number {
		return this.#failures;
	}

	/** Counts one more failure; returns the wait before the next try. */
	fail(): number {
		this.#failures += 1;
		return backoffDelay(this.#failures, this.policy, this.random);
	}

	succeed(): void {
		this.#failures = 0;
	}
}
