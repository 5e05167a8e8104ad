// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '$lib/domain';
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Locals {
			locale: Locale;
			/** The signed-in user (hooks.server.ts), or null. */
			user: User | null;
		}
		interface PageState {
			/**
			 * Set on the history entry the kiosk pushes over its own: the back button then lands on
			 * the kiosk's bare entry (which asks for the PIN) instead of leaving kiosk mode.
			 */
			kioskGuard?: true;
		}
	}
}

export {};
