import type { Locale } from '$lib/domain/locales';
import { en } from './messages/en';
import { th } from './messages/th';

type Thai = typeof th;

/** Every dotted path to a message, e.g. `home.cards.collect.title` or `respondentType.teacher`. */
export type MessageKey = PathsOf<Thai>;

/** The `{name}` placeholders of a message, read from the Thai text. */
export type MessageParamName<K extends MessageKey> = PlaceholdersOf<At<Thai, K>>;

/** `t(key)` for a message without placeholders; `t(key, { count: 3 })` when it has some. */
export type MessageArgs<K extends MessageKey> = [MessageParamName<K>] extends [never]
	? []
	: [params: Record<MessageParamName<K>, string | number>];

type PathsOf<T, Prefix extends string = ''> = {
	[K in keyof T & (string | number)]: T[K] extends string
		? `${Prefix}${K}`
		: PathsOf<T[K], `${Prefix}${K}.`>;
}[keyof T & (string | number)];

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
	? Head extends keyof T
		? At<T[Head], Rest>
		: never
	: Path extends keyof T
		? T[Path]
		: never;

type PlaceholdersOf<S> = S extends `${string}{${infer Name}}${infer Rest}`
	? Name | PlaceholdersOf<Rest>
	: never;

export const catalogues = { th, en } as const;

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled in. A placeholder without a
 * value stays visible as `{name}` rather than vanishing, so the mistake shows on screen.
 */
export function translate<K extends MessageKey>(
	locale: Locale,
	key: K,
	...[params]: MessageArgs<K>
): string {
	const message = lookup(catalogues[locale], key) ?? lookup(catalogues.th, key);
	if (message === undefined) throw new Error(`i18n: no message "${key}"`);
	if (!params) return message;
	const values: Record<string, string | number> = params;
	return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : placeholder
	);
}

function lookup(catalogue: unknown, key: string): string | undefined {
	let node: unknown = catalogue;
	for (const part of key.split('.')) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
		node = (node as Record<string, unknown>)[part];
	}
	return typeof node === 'string' ? node : undefined;
}
