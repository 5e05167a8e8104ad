import { browser } from '$app/environment';
import { localeFromCookie } from '$lib/i18n/server-locale';
import type { PageLoad } from './$types';

// The service worker sends a page that needs the network here when there is none, so this page
// must itself work from the precache: a prerendered shell, rendered in the browser.
export const ssr = false;
export const prerender = true;

export const load: PageLoad = () => ({
	locale: localeFromCookie(browser ? document.cookie : undefined)
});
