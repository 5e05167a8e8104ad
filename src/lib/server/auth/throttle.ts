/*
 * Slowing down password guessing (issue 6): failures are counted per account name and per
 * client address. The first few are free (people mistype); after that each failure doubles the
 * wait, up to a cap. A success clears the account's count.
 */

export const FREE_FAILURES = 5;
const FIRST_WAIT_SECONDS = 30;
export const MAX_WAIT_SECONDS = 15 * 60;
/** A failure this long after the previous one starts a new count. */
export const FAILURE_MEMORY_MS = 24 * 60 * 60 * 1000;

/** Seconds to wait after `failures` failures in a row: 0 for the first few. */
export function waitAfter(failures: number): number {
	if (failures < FREE_FAILURES) return 0;
	return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Seconds until another attempt is allowed, given each key's failures; 0 = allowed now. */
export function secondsUntilAllowed(
	counts: readonly { failures: number; lastFailureAt: Date }[],
	now: Date
): number {
	let wait = 0;
	for (const { failures, lastFailureAt } of counts) {
		if (now.getTime() - lastFailureAt.getTime() > FAILURE_MEMORY_MS) continue;
		const until = lastFailureAt.getTime() + waitAfter(failures) * 1000;
		wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
	}
	return wait;
}
