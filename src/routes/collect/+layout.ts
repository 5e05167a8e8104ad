import { browser } from '$app/environment';
import { localeFromCookie } from '$lib/i18n/server-locale';
import { persistStorageOnce } from '$lib/pwa/persist-storage';
import type { LayoutLoad } from './$types';

// Collection must start with no network: each page is a prerendered empty shell that the service
// worker precaches, and everything it shows comes from the device store in the browser.
export const ssr = false;
export const prerender = true;

export const load: LayoutLoad = () => {
	// The first collection visit is when the device starts keeping records it must not lose.
	if (browser) void persistStorageOnce();
	// No server renders these pages, so the language comes from the cookie the switch wrote.
	return { locale: localeFromCookie(browser ? document.cookie : undefined) };
};
