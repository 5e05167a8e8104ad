import { Dexie } from 'dexie';
import { z } from 'zod';
import { issuesFromZod, newId, OfficeId, type Validated } from '$lib/domain';
import { withStorageErrors } from '../storage';
import type { CollectionSession } from '../db/tables';
import { CollectionError } from './collection-error';
import { nowIso, type RepoContext } from './context';
import type { MasterDataRepo } from './master-data.repo';
import type { SettingsRepo } from './settings.repo';

/**
 * What the supervisor chooses to start a session. The collector is one of the tablet's supervisors
 * (supervisors.repo.ts), by user id; the session takes their name from there. Sessions with a null
 * `collectorId` and a typed name are only those started before schema v3.
 */
export const SessionStart = z
	.object({
		officeId: OfficeId,
		schoolId: z.uuid().nullable(),
		groupIds: z.array(z.uuid()).default([]),
		formIds: z.array(z.uuid()).default([]),
		collectorId: z.uuid(),
		/** Sign-ins to this participation activity, and its evaluation form if it has one. */
		activityId: z.uuid().optional()
	})
	// A survey visit needs a form; an activity's sign-in sheet is enough without one.
	.refine((s) => s.activityId !== undefined || s.formIds.length > 0, {
		path: ['formIds'],
		message: 'choose at least one form',
		params: { th: 'โปรดเลือกแบบฟอร์มอย่างน้อยหนึ่งแบบ' }
	});
export type SessionStart = z.input<typeof SessionStart>;

export interface SessionRecordCounts {
	/** Every record submitted in the session, synced or not. */
	submitted: number;
	/** Those still on the device, waiting for sync or for attention. */
	waiting: number;
}

export class SessionsRepo {
	constructor(
		private readonly context: RepoContext,
		private readonly masterData: MasterDataRepo,
		private readonly settings: SettingsRepo
	) {}

	/**
	 * Starts a session for one of the tablet's supervisors; only one may be open on a tablet at a
	 * time. Throws CollectionError('supervisor-not-on-device') for anyone else. Their PIN is checked
	 * before (supervisors.checkPin): this never sees it.
	 */
	async start(input: SessionStart): Promise<Validated<CollectionSession>> {
		const parsed = SessionStart.safeParse(input, { reportInput: true });
		if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
		const choice = parsed.data;
		for (const formId of choice.formIds) {
			const form = await this.masterData.latestForm(formId);
			if (!form) throw new CollectionError('form-not-cached', formId);
			if (!form.ok) return form;
		}
		if (choice.activityId !== undefined && !(await this.masterData.activity(choice.activityId))) {
			throw new CollectionError('activity-not-cached', choice.activityId);
		}
		const deviceId = await this.settings.deviceId();
		const { db } = this.context;
		const session = await withStorageErrors(() =>
			// Checked and written in one transaction, so two tabs cannot both open a session.
			db.transaction('rw', db.sessions, db.supervisors, async () => {
				const open = await openSession(this.context);
				if (open) throw new CollectionError('session-already-open', open.id);
				const supervisor = await db.supervisors.get(choice.collectorId);
				if (!supervisor) throw new CollectionError('supervisor-not-on-device', choice.collectorId);
				const session: CollectionSession = {
					id: newId(),
					...choice,
					collectorName: supervisor.displayName,
					deviceId,
					startedAt: nowIso(this.context),
					endedAt: null,
					recordCount: 0
				};
				await db.sessions.add(session);
				return session;
			})
		);
		return { ok: true, value: session };
	}

	/**
	 * Ends a session. A form still in progress would be orphaned, so it must be finished first or
	 * explicitly discarded. Ending an ended session changes nothing.
	 *
	 * The session's attendance sheet goes with it: names of participants have no business staying
	 * on a shared tablet (PDPA). The sign-ins themselves are untouched in the outbox until synced,
	 * and the server's activity page keeps the list.
	 */
	end(sessionId: string, options: { discardDrafts?: boolean } = {}): Promise<CollectionSession> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.sessions, db.drafts, db.attendance, async () => {
				const session = await db.sessions.get(sessionId);
				if (!session) throw new CollectionError('session-not-found', sessionId);
				if (session.endedAt !== null) return session;
				const drafts = db.drafts
					.where('[sessionId+updatedAt]')
					.between([sessionId, Dexie.minKey], [sessionId, Dexie.maxKey]);
				if ((await drafts.count()) > 0) {
					if (!options.discardDrafts) throw new CollectionError('draft-in-progress', sessionId);
					await drafts.delete();
				}
				if (session.activityId !== undefined) {
					await db.attendance
						.where('[activityId+signedAt]')
						.between([session.activityId, Dexie.minKey], [session.activityId, Dexie.maxKey])
						.filter((entry) => entry.sessionId === sessionId)
						.delete();
				}
				const ended = { ...session, endedAt: nowIso(this.context) };
				await db.sessions.put(ended);
				return ended;
			})
		);
	}

	/** The open session, to resume after a reload; undefined when none is open. */
	current(): Promise<CollectionSession | undefined> {
		return withStorageErrors(() => openSession(this.context));
	}

	get(sessionId: string): Promise<CollectionSession | undefined> {
		return withStorageErrors(() => this.context.db.sessions.get(sessionId));
	}

	/** The most recent sessions first. */
	list(limit = 20): Promise<CollectionSession[]> {
		return withStorageErrors(() =>
			this.context.db.sessions.orderBy('startedAt').reverse().limit(limit).toArray()
		);
	}

	recordCounts(sessionId: string): Promise<SessionRecordCounts> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('r', db.sessions, db.outbox, async () => {
				const session = await db.sessions.get(sessionId);
				if (!session) throw new CollectionError('session-not-found', sessionId);
				const waiting = await db.outbox.where('sessionId').equals(sessionId).count();
				return { submitted: session.recordCount, waiting };
			})
		);
	}
}

/** Sessions are few (one a school visit), so a scan from the newest is cheap. */
function openSession({ db }: RepoContext): Promise<CollectionSession | undefined> {
	return db.sessions
		.orderBy('startedAt')
		.reverse()
		.filter((s) => s.endedAt === null)
		.first();
}
