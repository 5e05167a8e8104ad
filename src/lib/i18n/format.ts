import type { Locale, LocalizedText } from '$lib/domain/localized';

/** Offices are in Thailand: a date is the Bangkok calendar day, whatever the device's time zone. */
const timeZone = 'Asia/Bangkok';

export type DateInput = Date | string | number;

export interface NumberOptions {
	/** Thai digits (๔.๕๐), preferred in printed official documents; Thai text only. */
	thaiDigits?: boolean;
	minimumFractionDigits?: number;
	maximumFractionDigits?: number;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A date in the Buddhist Era in both languages: "1 ตุลาคม 2567", "1 October 2567 BE". The
 * calendar is named explicitly because a browser's default calendar for `th` may be Gregorian.
 */
export function formatDate(
	value: DateInput,
	locale: Locale,
	options: { thaiDigits?: boolean; withTime?: boolean } = {}
): string {
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime()))
		throw new RangeError(`formatDate: not a date: ${String(value)}`);
	const tag =
		locale === 'th'
			? `th-TH-u-ca-buddhist${options.thaiDigits ? '-nu-thai' : ''}`
			: 'en-GB-u-ca-buddhist';
	// Bangkok time in 24-hour form, as Thai offices write it: "1 ตุลาคม 2567 เวลา 14:05".
	const key = options.withTime ? `${tag}|time` : tag;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(tag, {
			dateStyle: 'long',
			...(options.withTime ? { timeStyle: 'short', hourCycle: 'h23' } : {}),
			timeZone
		});
		dateFormats.set(key, format);
	}
	return format.format(date);
}

export function formatNumber(value: number, locale: Locale, options: NumberOptions = {}): string {
	const { thaiDigits = false, ...digits } = options;
	// Thai digits in an English sentence would be unreadable to the reader it is written for.
	const tag = locale === 'th' ? (thaiDigits ? 'th-TH-u-nu-thai' : 'th-TH') : 'en-GB';
	const key = `${tag}|${digits.minimumFractionDigits ?? ''}|${digits.maximumFractionDigits ?? ''}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(tag, digits);
		numberFormats.set(key, format);
	}
	return format.format(value);
}

/** The English text when there is one, otherwise the Thai, which every record has. */
export function localized(text: LocalizedText, locale: Locale): string {
	return locale === 'en' && text.en?.trim() ? text.en : text.th;
}
