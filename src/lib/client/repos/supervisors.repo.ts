import { DeviceSupervisor } from '$lib/api/device-supervisor-contract';
import { issuesFromZod, type Validated } from '$lib/domain';
import { withStorageErrors } from '../storage';
import type { TabletSupervisor } from '../db/tables';
import { CollectionError } from './collection-error';
import { nowIso, type RepoContext } from './context';
import { checkPin, hashPin, type PinCheck } from './pin-hash';

/**
 * The supervisors who may collect on this tablet. One is added while online, after the server has
 * confirmed their password for this tablet (POST /api/devices/supervisors); from then on they start
 * sessions and leave the kiosk with a PIN of their own, offline.
 *
 * The tablet learns what happens to the account only when it is online: a supervisor disabled on
 * the server, or no longer a supervisor, still opens sessions here until the tablet's next online
 * pull (`keepOnly`), or until they are removed by hand or the tablet is revoked. Their records
 * still carry their user id.
 */
export class SupervisorsRepo {
	constructor(private readonly context: RepoContext) {}

	/** By display name, as the start form offers them. */
	async list(): Promise<TabletSupervisor[]> {
		const rows = await withStorageErrors(() => this.context.db.supervisors.toArray());
		return rows.sort((a, b) => a.displayName.localeCompare(b.displayName, 'th'));
	}

	get(id: string): Promise<TabletSupervisor | undefined> {
		return withStorageErrors(() => this.context.db.supervisors.get(id));
	}

	/**
	 * Keeps (or refreshes) a supervisor the server just confirmed, with the PIN they chose: both in
	 * one write, so there is never a supervisor on the tablet whom a stranger could give a PIN to.
	 * Adding someone again is also how a forgotten PIN is replaced: it takes their password.
	 */
	async add(confirmed: unknown, pin: string): Promise<Validated<TabletSupervisor>> {
		const parsed = DeviceSupervisor.safeParse(confirmed, { reportInput: true });
		if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
		const now = nowIso(this.context);
		const hashed = await hashPin(pin, now);
		if (!hashed.ok) return hashed;
		const { db } = this.context;
		const supervisor = await withStorageErrors(() =>
			db.transaction('rw', db.supervisors, async () => {
				const before = await db.supervisors.get(parsed.data.id);
				const row: TabletSupervisor = {
					...parsed.data,
					pin: hashed.value,
					addedAt: before?.addedAt ?? now,
					lastVerifiedAt: now
				};
				await db.supervisors.put(row);
				return row;
			})
		);
		return { ok: true, value: supervisor };
	}

	/** Changes a supervisor's PIN. Throws CollectionError('supervisor-not-on-device') for a stranger. */
	async setPin(id: string, pin: string): Promise<Validated<true>> {
		const hashed = await hashPin(pin, nowIso(this.context));
		if (!hashed.ok) return hashed;
		const { db } = this.context;
		await withStorageErrors(() =>
			db.transaction('rw', db.supervisors, async () => {
				const changed = await db.supervisors.update(id, { pin: hashed.value });
				if (changed === 0) throw new CollectionError('supervisor-not-on-device', id);
			})
		);
		return { ok: true, value: true };
	}

	/** 'not-set' for someone not on the tablet or without a PIN: never a match. */
	async checkPin(id: string, pin: string): Promise<PinCheck> {
		return checkPin((await this.get(id))?.pin, pin);
	}

	/**
	 * Takes a supervisor off the tablet; the records they collected stay. Refused while a session of
	 * theirs is open, since only their PIN lets it out of the kiosk.
	 */
	remove(id: string): Promise<void> {
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.supervisors, db.sessions, async () => {
				const open = await db.sessions
					.filter((s) => s.endedAt === null && s.collectorId === id)
					.first();
				if (open) throw new CollectionError('supervisor-in-session', open.id);
				await db.supervisors.delete(id);
			})
		);
	}

	/**
	 * Keeps only the supervisors the server still lists for this tablet (GET
	 * /api/devices/supervisors), refreshing the names of those it lists, and returns who was taken
	 * off. One whose session is open stays, whatever the server says: only their PIN lets that
	 * session out of the kiosk, so they are taken off at the first pull after it ends.
	 */
	keepOnly(
		active: readonly Pick<DeviceSupervisor, 'id' | 'displayName'>[]
	): Promise<TabletSupervisor[]> {
		const names = new Map(active.map((s) => [s.id, s.displayName]));
		const { db } = this.context;
		return withStorageErrors(() =>
			db.transaction('rw', db.supervisors, db.sessions, async () => {
				const inSession = new Set(
					(await db.sessions.filter((s) => s.endedAt === null).toArray()).map((s) => s.collectorId)
				);
				const removed: TabletSupervisor[] = [];
				for (const supervisor of await db.supervisors.toArray()) {
					const displayName = names.get(supervisor.id);
					if (displayName === undefined) {
						if (inSession.has(supervisor.id)) continue;
						await db.supervisors.delete(supervisor.id);
						removed.push(supervisor);
					} else if (displayName !== supervisor.displayName) {
						await db.supervisors.update(supervisor.id, { displayName });
					}
				}
				return removed.sort((a, b) => a.displayName.localeCompare(b.displayName, 'th'));
			})
		);
	}
}
