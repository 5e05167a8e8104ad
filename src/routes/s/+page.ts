import { browser } from '$app/environment';
import { localeFromCookie } from '$lib/i18n/server-locale';
import type { PageLoad } from './$types';

// A survey by link (issue 8) must open on a phone with no network once it has been opened: one
// prerendered, empty shell for every link (the code is after `#`, never sent to the server),
// precached by the service worker; the survey itself is kept in the phone's IndexedDB.
export const ssr = false;
export const prerender = true;

export const load: PageLoad = () => ({
	locale: localeFromCookie(browser ? document.cookie : undefined)
});
