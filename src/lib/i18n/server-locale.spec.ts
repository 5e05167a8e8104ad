import { describe, expect, it } from 'vitest';
import { localeCookie, localeFromCookie } from './server-locale';

describe('localeFromCookie', () => {
	it('reads the locale from a whole Cookie header', () => {
		expect(localeFromCookie('session=abc; ruamjai_locale=en; theme=dark')).toBe('en');
		expect(localeFromCookie('ruamjai_locale=th')).toBe('th');
	});

	it('reads a bare cookie value, as cookies.get() returns it', () => {
		expect(localeFromCookie('en')).toBe('en');
		expect(localeFromCookie(' EN ')).toBe('en');
		expect(localeFromCookie('"en"')).toBe('en');
	});

	it('is Thai when there is no cookie', () => {
		expect(localeFromCookie(undefined)).toBe('th');
		expect(localeFromCookie(null)).toBe('th');
		expect(localeFromCookie('')).toBe('th');
		expect(localeFromCookie('session=abc; theme=dark')).toBe('th');
	});

	it('is Thai for junk values', () => {
		for (const junk of [
			'fr',
			'en-US',
			'english',
			'%E0%A',
			'ruamjai_locale=',
			'ruamjai_locale=%ZZ',
			'ruamjai_locale=../../etc/passwd',
			'xruamjai_locale=en',
			'__proto__',
			'constructor',
			'\u0000en',
			'en'.repeat(5000)
		]) {
			expect(localeFromCookie(junk), JSON.stringify(junk.slice(0, 40))).toBe('th');
		}
	});

	it('takes the first of two cookies with the same name, as browsers send the most specific first', () => {
		expect(localeFromCookie('ruamjai_locale=en; ruamjai_locale=th')).toBe('en');
	});
});

describe('localeCookie', () => {
	it('lasts a year, is sent on ordinary navigation and is site-wide', () => {
		expect(localeCookie('en')).toBe('ruamjai_locale=en; Path=/; Max-Age=31536000; SameSite=Lax');
	});

	it('is marked Secure over HTTPS', () => {
		expect(localeCookie('th', { secure: true })).toMatch(/; Secure$/);
	});

	it('round-trips through localeFromCookie', () => {
		for (const locale of ['th', 'en'] as const) {
			const [pair] = localeCookie(locale).split(';');
			expect(localeFromCookie(pair)).toBe(locale);
		}
	});
});
