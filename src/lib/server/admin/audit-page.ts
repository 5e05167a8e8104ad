import { auditActions, type AuditAction } from '../auth/audit';
import type { Store } from '../store/types';

export const auditPageSize = 50;

/** One line of the audit log as the admin page shows it. */
export interface AuditLine {
	id: string;
	at: string;
	actorName: string | null;
	action: string;
	/** What it was done to, by name when it is a user or a tablet of the office. */
	subject: string | null;
	detail: Record<string, unknown> | null;
}

export interface AuditPage {
	lines: AuditLine[];
	/** 1-based, within 1…pages. */
	page: number;
	pages: number;
	total: number;
	action: AuditAction | null;
}

/** `?page=` and `?action=` as the page reads them: anything unknown means "the first page, all". */
export function readAuditQuery(params: URLSearchParams): {
	page: number;
	action: AuditAction | null;
} {
	const page = Number(params.get('page') ?? '1');
	const action = params.get('action');
	return {
		page: Number.isInteger(page) && page >= 1 ? page : 1,
		action: auditActions.find((a) => a === action) ?? null
	};
}

/** A page of the office's audit log, newest first. */
export async function auditPage(
	store: Store,
	officeId: string,
	query: { page: number; action: AuditAction | null }
): Promise<AuditPage> {
	const filter = query.action === null ? {} : { action: query.action };
	const total = await store.accounts.audit.count(officeId, filter);
	const pages = Math.max(1, Math.ceil(total / auditPageSize));
	const page = Math.min(query.page, pages);
	const [entries, users, devices] = await Promise.all([
		store.accounts.audit.list(officeId, auditPageSize, {
			...filter,
			offset: (page - 1) * auditPageSize
		}),
		store.accounts.list(officeId),
		store.devices.list(officeId)
	]);
	const names = new Map<string, string>([
		...users.map((u): [string, string] => [u.id, `${u.displayName} (${u.username})`]),
		...devices.map((d): [string, string] => [d.id, d.name])
	]);
	return {
		lines: entries.map((e) => ({
			id: e.id,
			at: e.at.toISOString(),
			actorName: e.actorName,
			action: e.action,
			subject: e.subject === null ? null : (names.get(e.subject) ?? e.subject),
			detail: e.detail ?? null
		})),
		page,
		pages,
		total,
		action: query.action
	};
}
