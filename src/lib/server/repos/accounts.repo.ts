import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { RoleGrant, User, Username, type Role } from '$lib/domain';
import type { Db } from '../store/db';
import { auditLog, sessions, signInThrottle, userRoles, users } from '../store/schema';
import type { AuditEntry, NewUser, StoredSession, UserWithSecret } from '../store/types';
import { assertOfficesExist } from './offices.repo';

type UserRow = typeof users.$inferSelect;
type RoleRow = typeof userRoles.$inferSelect;

function toUser(row: UserRow, roleRows: readonly RoleRow[]): User {
	return User.parse({
		id: row.id,
		officeId: row.officeId,
		username: row.username,
		displayName: row.displayName,
		roles: roleRows
			.filter((r) => r.userId === row.id)
			.map((r) => RoleGrant.parse({ role: r.role, groupId: r.groupId }))
			.sort(
				(a, b) => a.role.localeCompare(b.role) || (a.groupId ?? '').localeCompare(b.groupId ?? '')
			),
		disabledAt: row.disabledAt?.toISOString() ?? null
	});
}

/** Narrows the audit log: one action, and/or what it was done to. */
export interface AuditFilter {
	action?: string;
	subjects?: readonly string[];
}

function auditWhere(officeId: string, filter: AuditFilter) {
	return and(
		// Entries of no office: sign-in attempts with a name no user has.
		or(eq(auditLog.officeId, officeId), isNull(auditLog.officeId)),
		filter.action === undefined ? undefined : eq(auditLog.action, filter.action),
		filter.subjects === undefined ? undefined : inArray(auditLog.subject, [...filter.subjects])
	);
}

/** Users and their roles, sign-in sessions, the sign-in throttle and the audit log. */
export function accountsRepo(db: Db) {
	async function withRoles(rows: readonly UserRow[]): Promise<User[]> {
		if (rows.length === 0) return [];
		const roleRows = await db
			.select()
			.from(userRoles)
			.where(
				inArray(
					userRoles.userId,
					rows.map((r) => r.id)
				)
			);
		return rows.map((row) => toUser(row, roleRows));
	}

	return {
		async count(): Promise<number> {
			return db.$count(users);
		},

		async create(user: NewUser, now: Date): Promise<User> {
			await assertOfficesExist(db, [user.officeId]);
			const username = Username.parse(user.username);
			const grants = user.roles.map((r) => RoleGrant.parse(r));
			return db.transaction(async (tx) => {
				await tx.insert(users).values({
					id: user.id,
					officeId: user.officeId,
					username,
					displayName: user.displayName.trim(),
					passwordHash: user.passwordHash,
					createdAt: now
				});
				if (grants.length > 0) {
					await tx
						.insert(userRoles)
						.values(grants.map((g) => ({ userId: user.id, ...g, grantedAt: now })));
				}
				const [row] = await tx.select().from(users).where(eq(users.id, user.id));
				const roleRows = await tx.select().from(userRoles).where(eq(userRoles.userId, user.id));
				return toUser(row!, roleRows);
			});
		},

		async get(id: string): Promise<User | null> {
			const rows = await db.select().from(users).where(eq(users.id, id));
			return (await withRoles(rows))[0] ?? null;
		},

		/** With the password hash: only sign-in and password changes read it. */
		async findForSignIn(username: string): Promise<UserWithSecret | null> {
			const rows = await db.select().from(users).where(eq(users.username, username));
			const [user] = await withRoles(rows);
			return user === undefined ? null : { user, passwordHash: rows[0]!.passwordHash };
		},

		async list(officeId?: string): Promise<User[]> {
			const rows = await db
				.select()
				.from(users)
				.where(officeId === undefined ? undefined : eq(users.officeId, officeId))
				.orderBy(asc(users.username));
			return withRoles(rows);
		},

		/** Replaces every role of the user; returns the user as it is now, or null if unknown. */
		async setRoles(userId: string, grants: readonly RoleGrant[], now: Date): Promise<User | null> {
			const valid = grants.map((g) => RoleGrant.parse(g));
			return db.transaction(async (tx) => {
				const [row] = await tx.select().from(users).where(eq(users.id, userId));
				if (row === undefined) return null;
				await tx.delete(userRoles).where(eq(userRoles.userId, userId));
				if (valid.length > 0) {
					await tx
						.insert(userRoles)
						.values(valid.map((g) => ({ userId, ...g, grantedAt: now })))
						.onConflictDoNothing();
				}
				const roleRows = await tx.select().from(userRoles).where(eq(userRoles.userId, userId));
				return toUser(row, roleRows);
			});
		},

		async setDisabled(userId: string, disabledAt: Date | null): Promise<User | null> {
			const rows = await db
				.update(users)
				.set({ disabledAt })
				.where(eq(users.id, userId))
				.returning();
			return (await withRoles(rows))[0] ?? null;
		},

		async setPasswordHash(userId: string, passwordHash: string): Promise<boolean> {
			const rows = await db
				.update(users)
				.set({ passwordHash })
				.where(eq(users.id, userId))
				.returning({ id: users.id });
			return rows.length === 1;
		},

		/** Users holding a role, e.g. every executive of the office. */
		async withRole(officeId: string, role: Role): Promise<User[]> {
			const rows = await db
				.select({ user: users })
				.from(users)
				.innerJoin(userRoles, eq(userRoles.userId, users.id))
				.where(and(eq(users.officeId, officeId), eq(userRoles.role, role)));
			return withRoles([...new Map(rows.map((r) => [r.user.id, r.user])).values()]);
		},

		sessions: {
			async insert(session: StoredSession): Promise<void> {
				await db.insert(sessions).values(session);
			},
			async get(id: string): Promise<StoredSession | null> {
				const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
				return row ?? null;
			},
			async extend(id: string, expiresAt: Date): Promise<void> {
				await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
			},
			async delete(id: string): Promise<void> {
				await db.delete(sessions).where(eq(sessions.id, id));
			},
			/** Sign out everywhere. Returns how many sessions ended. */
			async deleteAllOf(userId: string): Promise<number> {
				const rows = await db
					.delete(sessions)
					.where(eq(sessions.userId, userId))
					.returning({ id: sessions.id });
				return rows.length;
			},
			async deleteExpired(now: Date): Promise<number> {
				const rows = await db
					.delete(sessions)
					.where(lt(sessions.expiresAt, now))
					.returning({ id: sessions.id });
				return rows.length;
			}
		},

		throttle: {
			async get(keys: readonly string[]): Promise<{ failures: number; lastFailureAt: Date }[]> {
				if (keys.length === 0) return [];
				return db
					.select({
						failures: signInThrottle.failures,
						lastFailureAt: signInThrottle.lastFailureAt
					})
					.from(signInThrottle)
					.where(inArray(signInThrottle.key, [...keys]));
			},
			/** One more failure on each key; a failure long after the last starts a new count. */
			async recordFailure(keys: readonly string[], now: Date, resetAfter: Date): Promise<void> {
				for (const key of keys) {
					await db
						.insert(signInThrottle)
						.values({ key, failures: 1, lastFailureAt: now })
						.onConflictDoUpdate({
							target: signInThrottle.key,
							set: {
								failures: sql`case when ${signInThrottle.lastFailureAt} < ${resetAfter}
									then 1 else ${signInThrottle.failures} + 1 end`,
								lastFailureAt: now
							}
						});
				}
			},
			async clear(keys: readonly string[]): Promise<void> {
				if (keys.length === 0) return;
				await db.delete(signInThrottle).where(inArray(signInThrottle.key, [...keys]));
			}
		},

		audit: {
			async append(entry: AuditEntry): Promise<void> {
				await db.insert(auditLog).values({
					...entry,
					detail: entry.detail ?? null
				});
			},
			/** Newest first; `offset` lines skipped, for paging. */
			async list(
				officeId: string,
				limit: number,
				options: AuditFilter & { offset?: number } = {}
			): Promise<AuditEntry[]> {
				const rows = await db
					.select()
					.from(auditLog)
					.where(auditWhere(officeId, options))
					.orderBy(desc(auditLog.at), desc(auditLog.id))
					.limit(limit)
					.offset(options.offset ?? 0);
				return rows.map((r) => ({ ...r, detail: r.detail ?? undefined }));
			},
			/** How many lines `list` would give without a limit. */
			async count(officeId: string, filter: AuditFilter = {}): Promise<number> {
				return db.$count(auditLog, auditWhere(officeId, filter));
			}
		}
	};
}
