import { browser } from '$app/environment';
import type { Locale, LocalizedText } from '$lib/domain/localized';
import { getContext, hasContext, setContext } from 'svelte';
import { formatDate, formatNumber, localized, type DateInput, type NumberOptions } from './format';
import { defaultLocale, localeCookie } from './server-locale';
import { translate, type MessageArgs, type MessageKey } from './translate';

/**
 * The language the interface is shown in. Reading `locale` (directly or through `t`) in a
 * template makes that part re-render when the language changes.
 *
 * The helpers are arrow properties so that `const { t } = useI18n()` keeps working.
 */
export class I18n {
	#locale = $state<Locale>(defaultLocale);

	constructor(locale: Locale = defaultLocale) {
		this.#locale = locale;
	}

	get locale(): Locale {
		return this.#locale;
	}

	/** Switch language now, and remember it in a cookie so the server renders it next time. */
	setLocale(locale: Locale): void {
		this.#locale = locale;
		if (!browser) return;
		document.cookie = localeCookie(locale, { secure: location.protocol === 'https:' });
		document.documentElement.lang = locale;
	}

	t = <K extends MessageKey>(key: K, ...params: MessageArgs<K>): string =>
		translate(this.#locale, key, ...params);

	/** A B.E. date in the current language. */
	date = (value: DateInput, options?: { thaiDigits?: boolean }): string =>
		formatDate(value, this.#locale, options);

	/** A B.E. date and Bangkok time, e.g. when a sync last succeeded. */
	dateTime = (value: DateInput): string => formatDate(value, this.#locale, { withTime: true });

	number = (value: number, options?: NumberOptions): string =>
		formatNumber(value, this.#locale, options);

	/** A record's text in the current language, falling back to Thai. */
	text = (text: LocalizedText): string => localized(text, this.#locale);
}

// Context rather than a module-level singleton: on the server one module instance serves every
// request, so a shared locale would leak one visitor's language into another's page.
const key = Symbol('i18n');

/** Called once, by the root layout, with the locale the server chose. */
export function setI18n(locale: Locale): I18n {
	return setContext(key, new I18n(locale));
}

export function useI18n(): I18n {
	if (!hasContext(key)) {
		throw new Error(
			'useI18n: no I18n in context; render inside the root layout or use i18nContext()'
		);
	}
	return getContext<I18n>(key);
}

/** A context map for rendering a component on its own, e.g. in a component test. */
export function i18nContext(locale: Locale = defaultLocale): Map<symbol, I18n> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- handed to mount() once, never changed
	return new Map([[key, new I18n(locale)]]);
}
