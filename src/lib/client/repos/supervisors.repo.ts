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
 * The tablet cannot see what happens to the account later: a supervisor disabled on the server
 * still opens sessions here until they are removed from the tablet (or the tablet is revoked,
 * which stops its records from syncing). Their records still carry their user id.
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
}
