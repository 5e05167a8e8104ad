export { locales, type Locale } from '$lib/domain/locales';
export { formatDate, formatNumber, localized, type DateInput, type NumberOptions } from './format';
export { I18n, i18nContext, setI18n, useI18n } from './locale.svelte';
export {
	defaultLocale,
	localeCookie,
	localeCookieMaxAge,
	localeCookieName,
	localeFromCookie
} from './server-locale';
export { translate, type MessageArgs, type MessageKey, type MessageParamName } from './translate';
