import { browser, dev, version } from '$app/environment';
import { resolve } from '$app/paths';
import { SvelteMap } from 'svelte/reactivity';
import type { Workbox, WorkboxLifecycleEvent } from 'workbox-window';

/** `current`: nothing to install; `available`: a new version waits; `applying`: it is taking over. */
export type AppUpdateState = 'current' | 'available' | 'applying';

// Supervisors keep the app open all day; a check costs one small request for the worker script.
const checkIntervalMs = 30 * 60 * 1000;

/**
 * The service worker's life as the supervisor sees it: a new version installs in the background,
 * waits, and takes over only when asked, and never while a page holds it (a respondent's form).
 *
 * The worker never skips waiting on its own: old pages would keep running old code against a
 * precache that no longer has it.
 */
export class AppUpdate {
	#state = $state<AppUpdateState>('current');
	#dismissed = $state(false);
	#holds = new SvelteMap<symbol, string>();
	#workbox: Workbox | undefined;
	// Another tab applied the update while this one was held: reload as soon as it is released.
	#reloadWhenReleased = false;
	#started = false;

	get state(): AppUpdateState {
		return this.#state;
	}

	get updateAvailable(): boolean {
		return this.#state !== 'current';
	}

	/** Whether the banner should show: an update waits and the supervisor has not put it off. */
	get visible(): boolean {
		return this.updateAvailable && !this.#dismissed;
	}

	get held(): boolean {
		return this.#holds.size > 0;
	}

	/** Why the update waits, for logs and tests; the banner says it in words. */
	get holdReasons(): string[] {
		return [...this.#holds.values()];
	}

	get canApplyNow(): boolean {
		return this.#state === 'available' && !this.held;
	}

	/**
	 * Registers the service worker and starts looking for new versions. Returns a function that
	 * stops the checks (the registration stays: the worker outlives the page on purpose).
	 */
	start(): () => void {
		if (!browser || this.#started || !('serviceWorker' in navigator)) return () => {};
		this.#started = true;
		exposeForEndToEndTests(this);

		const check = () => void this.checkForUpdate();
		const checkWhenVisible = () => {
			if (document.visibilityState === 'visible') check();
		};
		const interval = setInterval(check, checkIntervalMs);
		document.addEventListener('visibilitychange', checkWhenVisible);
		addEventListener('online', check);

		void this.#register();

		return () => {
			clearInterval(interval);
			document.removeEventListener('visibilitychange', checkWhenVisible);
			removeEventListener('online', check);
		};
	}

	/** Asks the server for a newer worker; a found one installs and then shows as `available`. */
	async checkForUpdate(): Promise<void> {
		// Offline is the normal state at a school: there is nothing to ask.
		if (!this.#workbox || !navigator.onLine) return;
		try {
			await this.#workbox.update();
		} catch (error) {
			// A dropped connection or a server being redeployed; the next check tries again.
			console.info('ruamjai: update check failed, will retry', error);
		}
	}

	/**
	 * Lets the waiting version take over; the page reloads into it once it controls the page.
	 * Returns false, and does nothing, while a page holds updates or when none waits.
	 */
	applyUpdate(): boolean {
		if (!this.canApplyNow || !this.#workbox) return false;
		this.#state = 'applying';
		this.#workbox.messageSkipWaiting();
		return true;
	}

	/** Hides the banner until the next page load, which shows it again if the update still waits. */
	dismiss(): void {
		this.#dismissed = true;
	}

	/**
	 * Keeps the update from being applied while `reason` lasts, e.g. a respondent's open form.
	 * Call the returned function when it is over; calling it again does nothing.
	 */
	holdWhile(reason: string): () => void {
		const hold = Symbol(reason);
		this.#holds.set(hold, reason);
		return () => {
			if (!this.#holds.delete(hold)) return;
			if (this.#holds.size === 0 && this.#reloadWhenReleased) location.reload();
		};
	}

	async #register(): Promise<void> {
		// Loaded after the first paint: nothing on screen needs it.
		const { Workbox } = await import('workbox-window');
		const scope = resolve('/');
		// In development Vite serves the worker as an ES module; the build is a classic script.
		const workbox = new Workbox(`${scope}service-worker.js`, {
			scope,
			type: dev ? 'module' : 'classic'
		});
		workbox.addEventListener('waiting', () => {
			if (this.#state === 'applying') return;
			this.#state = 'available';
			this.#dismissed = false;
		});
		workbox.addEventListener('controlling', (event) => this.#handleControlling(event));
		this.#workbox = workbox;
		try {
			await workbox.register();
		} catch (error) {
			// Without a worker the app still works online; offline it cannot, and the console says why.
			this.#workbox = undefined;
			console.error('ruamjai: the service worker could not be registered', error);
		}
	}

	#handleControlling(event: WorkboxLifecycleEvent): void {
		// The very first install also takes control (clients.claim); the page is already current.
		if (this.#state !== 'applying' && !event.isUpdate) return;
		// A newer worker controls the page (ours, or another tab's doing): this page's code is old.
		if (this.#state === 'applying' || !this.held) {
			location.reload();
			return;
		}
		this.#reloadWhenReleased = true;
	}
}

export const appUpdate = new AppUpdate();

/**
 * The update test checks for updates on demand and reads which version runs and why an update
 * waits. Only builds made with VITE_RUAMJAI_E2E_HOOKS=1 have this; every other build drops it.
 */
function exposeForEndToEndTests(update: AppUpdate): void {
	if (import.meta.env.VITE_RUAMJAI_E2E_HOOKS === '1') {
		Object.assign(window, { __ruamjai: { appUpdate: update, version } });
	}
}
