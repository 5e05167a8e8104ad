/**
 * The sign-in desk of a participation activity on the shared tablet (issue 8): welcome → sign-in
 * form → "signed in" → welcome, beside the kiosk flow that runs the evaluation form. It is the only
 * sign-in code that calls the device store; the components render what it exposes.
 */
import type { DeviceStore, SignInInput } from '$lib/client/repos';
import type { BilingualMessage, ValidationIssue } from '$lib/domain';
import { defaultKioskTimings, type KioskTimings } from './kiosk.svelte';
import { userMessageOf } from './user-message';

export type DeskScreen = 'closed' | 'signIn' | 'signedIn';

export interface LastSignIn {
	name: string;
	/** The person had signed in before: kept, counted once. */
	repeat: boolean;
}

const TICK_MS = 250;

export class AttendanceDesk {
	readonly #store: Pick<DeviceStore, 'attendance'>;
	readonly #sessionId: string;
	readonly #timings: KioskTimings;
	readonly #now: () => number;

	#screen = $state<DeskScreen>('closed');
	#issues = $state.raw<ValidationIssue[]>([]);
	#busy = $state(false);
	#notice = $state.raw<BilingualMessage | undefined>();
	#last = $state.raw<LastSignIn | undefined>();
	/** Bumped on every opening, so the form is a new one each time: nothing of the last person. */
	#round = $state(0);

	#lastActivity = 0;
	#ticker: ReturnType<typeof setInterval> | undefined;

	constructor(
		store: Pick<DeviceStore, 'attendance'>,
		sessionId: string,
		options: { timings?: KioskTimings; now?: () => number } = {}
	) {
		this.#store = store;
		this.#sessionId = sessionId;
		this.#timings = options.timings ?? defaultKioskTimings;
		this.#now = options.now ?? Date.now;
	}

	get screen(): DeskScreen {
		return this.#screen;
	}
	get issues(): ValidationIssue[] {
		return this.#issues;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get notice(): BilingualMessage | undefined {
		return this.#notice;
	}
	get last(): LastSignIn | undefined {
		return this.#last;
	}
	get round(): number {
		return this.#round;
	}

	issueAt(path: string): ValidationIssue | undefined {
		return this.#issues.find((i) => i.path === path);
	}

	open(): void {
		this.#round += 1;
		this.#issues = [];
		this.#notice = undefined;
		this.#show('signIn');
	}

	/** Back to the welcome screen; what was typed goes with the form. */
	close(): void {
		this.#issues = [];
		this.#last = undefined;
		this.#show('closed');
	}

	touch(): void {
		this.#lastActivity = this.#now();
	}

	/** True when the sign-in was kept; otherwise the issues or the notice say why. */
	async submit(input: SignInInput): Promise<boolean> {
		if (this.#busy || this.#screen !== 'signIn') return false;
		this.#busy = true;
		this.#notice = undefined;
		try {
			const result = await this.#store.attendance.signIn(this.#sessionId, input);
			if (!result.ok) {
				this.#issues = result.issues;
				return false;
			}
			this.#issues = [];
			this.#last = {
				name: result.value.entry.name,
				repeat: result.value.duplicateOf !== undefined
			};
			this.#show('signedIn');
			return true;
		} catch (error) {
			this.#notice = userMessageOf(error);
			return false;
		} finally {
			this.#busy = false;
		}
	}

	/** Stops the clock (component unmount). */
	disconnect(): void {
		clearInterval(this.#ticker);
		this.#ticker = undefined;
	}

	#show(screen: DeskScreen): void {
		this.#screen = screen;
		this.#lastActivity = this.#now();
		if (screen === 'closed') this.disconnect();
		else this.#ticker ??= setInterval(() => this.#tick(), TICK_MS);
	}

	/**
	 * A form walked away from is cleared, as the kiosk clears an abandoned survey, so the next
	 * person never sees someone's name; the "signed in" screen goes after the thank-you time.
	 */
	#tick(): void {
		const idle = this.#now() - this.#lastActivity;
		const limit =
			this.#screen === 'signedIn'
				? this.#timings.thanksMs
				: this.#timings.warnAfterMs + this.#timings.clearAfterMs;
		if (idle >= limit) this.close();
	}
}
