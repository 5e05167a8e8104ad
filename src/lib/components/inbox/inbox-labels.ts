import type { LocalizedText } from '$lib/domain';

/** A group or school as the inbox pages name it. */
export interface NamedRef {
	id: string;
	name: LocalizedText;
}

/** The name of `id` among `refs`; null when there is no id or it is not among them. */
export function nameOf<T extends NamedRef>(refs: readonly T[], id: string | null): T | null {
	return id === null ? null : (refs.find((r) => r.id === id) ?? null);
}
