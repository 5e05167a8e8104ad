import { newId, type User } from '$lib/domain';
import type { Store } from '../store/types';

/** What the audit log records; every action in one list, so the admin page can name them. */
export const auditActions = [
	'sign-in',
	'sign-in-failed',
	'sign-in-throttled',
	'sign-out',
	'sign-out-everywhere',
	'user-created',
	'roles-changed',
	'user-disabled',
	'user-enabled',
	'password-changed',
	'device-code-issued',
	'device-enrolled',
	'device-revoked',
	'supervisor-added-to-device',
	'form-published',
	'form-imported',
	'transparency-published',
	'transparency-withdrawn',
	'activity-published',
	'activity-withdrawn',
	'responses-exported',
	'feedback-status-changed',
	'feedback-replied',
	'feedback-assigned',
	'survey-link-created',
	'survey-link-revoked'
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditInput {
	officeId: string | null;
	/** The signed-in user who did it; null for the command line or an anonymous attempt. */
	actor: Pick<User, 'id' | 'displayName'> | null;
	action: AuditAction;
	subject?: string | null;
	detail?: Record<string, unknown>;
}

/** Appends one line to the audit log. */
export async function recordAudit(
	store: Store,
	input: AuditInput,
	now: Date = new Date()
): Promise<void> {
	await store.accounts.audit.append({
		id: newId(),
		officeId: input.officeId,
		at: now,
		actorId: input.actor?.id ?? null,
		actorName: input.actor?.displayName ?? null,
		action: input.action,
		subject: input.subject ?? null,
		detail: input.detail
	});
}
