import type { LocalizedText } from '$lib/domain/localized';

/** What the admin pages need of a group: its id and how to name it. */
export interface GroupOption {
	id: string;
	name: LocalizedText;
	shortName: string;
}
