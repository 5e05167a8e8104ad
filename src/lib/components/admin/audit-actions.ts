import type { MessageKey } from '$lib/i18n';
import { adminTh } from '$lib/i18n/messages/admin.th';

type NamedAction = keyof typeof adminTh.actions;

/** The message key naming an audit action, or null for one this version has no name for. */
export function auditActionKey(action: string): MessageKey | null {
	return Object.hasOwn(adminTh.actions, action)
		? (`admin.actions.${action as NamedAction}` as const)
		: null;
}
