import { locales, type Locale } from '$lib/domain/locales';

// Pure on purpose: hooks.server.ts and the browser both use it, and it must not pull in SvelteKit.

export const defaultLocale: Locale = 'th';
export const localeCookieName = 'ruamjai_locale';
export const localeCookieMaxAge = 60 * 60 * 24 * 365;

/**
 * The locale named by a `Cookie` header (`a=1; ruamjai_locale=en`) or by the cookie's bare value
 * (`en`). Anything else — no cookie, junk, a locale we do not have — is Thai, the default.
 */
export function localeFromCookie(cookieHeaderOrValue: string | null | undefined): Locale {
	if (!cookieHeaderOrValue) return defaultLocale;
	const raw = cookieHeaderOrValue.includes('=')
		? cookieValue(cookieHeaderOrValue, localeCookieName)
		: cookieHeaderOrValue;
	return toLocale(raw) ?? defaultLocale;
}

/** The `Set-Cookie`/`document.cookie` string that remembers a locale for a year. */
export function localeCookie(locale: Locale, options: { secure?: boolean } = {}): string {
	const parts = [
		`${localeCookieName}=${locale}`,
		'Path=/',
		`Max-Age=${localeCookieMaxAge}`,
		'SameSite=Lax'
	];
	if (options.secure) parts.push('Secure');
	return parts.join('; ');
}

function toLocale(raw: string | undefined): Locale | undefined {
	if (raw === undefined) return undefined;
	const value = safeDecode(raw)
		.trim()
		.replace(/^"(.*)"$/, '$1')
		.toLowerCase();
	return locales.find((l) => l === value);
}

function cookieValue(header: string, name: string): string | undefined {
	// The first match wins, as in browsers, which send the most specific path first.
	for (const pair of header.split(';')) {
		const eq = pair.indexOf('=');
		if (eq !== -1 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1);
	}
	return undefined;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		// A malformed %-escape is junk like any other: fall back rather than fail the request.
		return value;
	}
}
