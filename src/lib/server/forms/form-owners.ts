import { formOwnersFor, type Principal } from '../auth/policy';
import type { Store } from '../store/types';

/** A group a new or imported form may belong to, as the pages offer it. */
export interface FormOwnerChoice {
	/** '' for the office-wide choice. */
	value: string;
	/** null: the office itself, named by the page. */
	name: { th: string; en?: string } | null;
}

/** What a user may choose as the owner of a new form: their groups, and the office for an admin. */
export async function ownerChoices(store: Store, user: Principal): Promise<FormOwnerChoice[]> {
	const groups = await store.groups.list(user.officeId);
	const { groups: allowed, officeWide } = formOwnersFor(user, groups);
	const choices = allowed.map((g) => ({ value: g.id, name: g.name }));
	return officeWide ? [{ value: '', name: null }, ...choices] : choices;
}

/** The group id a posted owner names, if it is one of the choices; null for the office. */
export function chosenOwner(
	choices: readonly FormOwnerChoice[],
	posted: FormDataEntryValue | null
): { groupId: string | null } | undefined {
	const value = typeof posted === 'string' ? posted : undefined;
	const choice = choices.find((c) => c.value === value);
	return choice === undefined ? undefined : { groupId: choice.value === '' ? null : choice.value };
}

/** Group names by id, for the list of forms. */
export async function groupNames(store: Store, officeId: string) {
	const groups = await store.groups.list(officeId);
	return Object.fromEntries(groups.map((g) => [g.id, g.name]));
}
