import { building } from '$app/environment';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { localeCookieName, localeFromCookie } from '$lib/i18n/server-locale';
import { getStore, StoreUnavailableError } from '$lib/server/store';

/** Open (and migrate, and on first start seed) the store before the first request, not during it. */
export const init: ServerInit = async () => {
	// Prerendering the offline shells runs the server at build time; they need no store.
	if (building) return;
	try {
		const store = await getStore();
		console.log(`ruamjai: store ready (${store.kind})`);
	} catch (error) {
		if (error instanceof StoreUnavailableError) {
			// An operator needs the one line that says what to fix, not a stack trace.
			console.error(`ruamjai: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.locale = localeFromCookie(event.cookies.get(localeCookieName));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};
