import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { thaiCollator, type Db } from '../store/db';
import { devices, enrollmentCodes } from '../store/schema';
import type { EnrolledDevice, EnrollInput, EnrollOutcome } from '../store/types';
import { assertOfficesExist } from './offices.repo';

type DeviceRow = typeof devices.$inferSelect;

function toDevice(row: DeviceRow): EnrolledDevice {
	return {
		id: row.id,
		officeId: row.officeId,
		name: row.name,
		tokenHash: row.tokenHash,
		enrolledAt: row.enrolledAt.toISOString(),
		lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
		revokedAt: row.revokedAt?.toISOString() ?? null
	};
}

export function devicesRepo(db: Db) {
	return {
		async issueCode(code: {
			codeHash: string;
			officeId: string;
			createdAt: Date;
			expiresAt: Date;
		}): Promise<boolean> {
			await assertOfficesExist(db, [code.officeId]);
			const rows = await db
				.insert(enrollmentCodes)
				.values(code)
				.onConflictDoNothing({ target: enrollmentCodes.codeHash })
				.returning({ codeHash: enrollmentCodes.codeHash });
			return rows.length === 1;
		},

		async enroll({ device, via, now }: EnrollInput): Promise<EnrollOutcome> {
			return db.transaction(async (tx): Promise<EnrollOutcome> => {
				let officeId: string;
				if ('officeId' in via) {
					await assertOfficesExist(tx, [via.officeId]);
					officeId = via.officeId;
				} else {
					// One statement both checks and uses the code: of two devices racing with it, the
					// second finds `used_at` set once the first commits, and gets nothing.
					const [used] = await tx
						.update(enrollmentCodes)
						.set({ usedAt: now, usedByDevice: device.id })
						.where(
							and(
								eq(enrollmentCodes.codeHash, via.codeHash),
								isNull(enrollmentCodes.usedAt),
								gt(enrollmentCodes.expiresAt, now)
							)
						)
						.returning({ officeId: enrollmentCodes.officeId });
					if (used === undefined) {
						const [known] = await tx
							.select({ usedAt: enrollmentCodes.usedAt })
							.from(enrollmentCodes)
							.where(eq(enrollmentCodes.codeHash, via.codeHash));
						const expired = known !== undefined && known.usedAt === null;
						return { ok: false, reason: expired ? 'code-expired' : 'code-invalid' };
					}
					officeId = used.officeId;
				}
				const row = {
					id: device.id,
					officeId,
					name: device.name,
					tokenHash: device.tokenHash,
					enrolledAt: now,
					lastSeenAt: now,
					revokedAt: null
				};
				const [enrolled] = await tx
					.insert(devices)
					.values(row)
					.onConflictDoUpdate({ target: devices.id, set: row })
					.returning();
				return { ok: true, device: toDevice(enrolled!) };
			});
		},

		async authenticate(tokenHash: string, now: Date): Promise<EnrolledDevice | null> {
			const [row] = await db
				.update(devices)
				.set({ lastSeenAt: now })
				.where(and(eq(devices.tokenHash, tokenHash), isNull(devices.revokedAt)))
				.returning();
			return row === undefined ? null : toDevice(row);
		},

		async get(id: string): Promise<EnrolledDevice | null> {
			const [row] = await db.select().from(devices).where(eq(devices.id, id));
			return row === undefined ? null : toDevice(row);
		},

		async list(officeId?: string): Promise<EnrolledDevice[]> {
			const rows = await db
				.select()
				.from(devices)
				.where(officeId === undefined ? undefined : eq(devices.officeId, officeId));
			return rows
				.map(toDevice)
				.sort(
					(a, b) =>
						a.officeId.localeCompare(b.officeId) ||
						thaiCollator.compare(a.name, b.name) ||
						a.id.localeCompare(b.id)
				);
		},

		async revoke(id: string, now: Date): Promise<EnrolledDevice | null> {
			const [row] = await db
				.update(devices)
				.set({ revokedAt: sql`coalesce(${devices.revokedAt}, ${now.toISOString()}::timestamptz)` })
				.where(eq(devices.id, id))
				.returning();
			return row === undefined ? null : toDevice(row);
		}
	};
}
