import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { count, eq, max } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { bigint, pgSchema, serial, text, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { devicesRepo } from '../repos/devices.repo';
import { feedbackRepo } from '../repos/feedback.repo';
import { formsRepo } from '../repos/forms.repo';
import { groupsRepo } from '../repos/groups.repo';
import { officesRepo } from '../repos/offices.repo';
import { responsesRepo } from '../repos/responses.repo';
import { schoolsRepo } from '../repos/schools.repo';
import { syncRepo } from '../repos/sync.repo';
import { accountsRepo } from '../repos/accounts.repo';
import { surveyLinksRepo } from '../repos/survey-links.repo';
import { transparencyRepo } from '../repos/transparency.repo';
import { activitiesRepo } from '../repos/activities.repo';
import { representativesRepo } from '../repos/representatives.repo';
import { reportNotesRepo } from '../repos/report-notes.repo';
import { groupAggregates, ratingAggregates, ratingTrend } from '../reports/rating-aggregates';
import { openAnswers, respondentCounts, responsesOf } from '../reports/response-queries';
import type { Db } from './db';
import { lockDataDir } from './data-dir-lock';
import { reasonOf, redactUrl, StoreUnavailableError } from './errors';
import { schema } from './schema';
import { defaultMigrationsFolder, type StoreConfig } from './store-config';
import type { Store, StoreCounts, StoreKind } from './types';

/** Drizzle's own record of applied migrations (its default table). */
const migrationLog = pgSchema('drizzle').table('__drizzle_migrations', {
	id: serial('id').primaryKey(),
	hash: text('hash').notNull(),
	createdAt: bigint('created_at', { mode: 'number' })
});

/** Any fixed number: holders of this lock are Ruamjai servers migrating the same database. */
const migrationLockKey = 7_352_024;

interface JournalEntry {
	tag: string;
	when: number;
}

/** Opens the store, applies the checked-in migrations it lacks, and returns it. */
export async function openStore(config: StoreConfig): Promise<Store> {
	const migrationsFolder = config.migrationsFolder ?? defaultMigrationsFolder();
	const journal = readJournal(migrationsFolder);
	if (config.kind === 'postgres') return openPostgres(config.url, migrationsFolder, journal);
	return openPglite(config.dataDir, migrationsFolder, journal);
}

function readJournal(migrationsFolder: string): JournalEntry[] {
	const path = join(migrationsFolder, 'meta', '_journal.json');
	if (!existsSync(path)) {
		throw new StoreUnavailableError(
			'migrations-missing',
			`No database migrations at ${migrationsFolder}. Start from the project folder or set RUAMJAI_MIGRATIONS_DIR.`
		);
	}
	return (JSON.parse(readFileSync(path, 'utf8')) as { entries: JournalEntry[] }).entries;
}

async function openPglite(
	dataDir: string | null,
	migrationsFolder: string,
	journal: JournalEntry[]
): Promise<Store> {
	let client: PGlite;
	let unlock = () => {};
	try {
		if (dataDir !== null) {
			mkdirSync(dataDir, { recursive: true });
			unlock = lockDataDir(dataDir);
		}
		client = await PGlite.create(dataDir ?? undefined);
	} catch (error) {
		unlock();
		if (error instanceof StoreUnavailableError) throw error;
		throw new StoreUnavailableError(
			'unavailable',
			`Cannot open the embedded database at ${dataDir} (${reasonOf(error)}). Check RUAMJAI_DATA_DIR.`,
			{ cause: error }
		);
	}
	const db = drizzlePglite({ client, schema });
	const close = () => client.close().finally(unlock);
	try {
		await migratePglite(db, { migrationsFolder });
	} catch (error) {
		await close();
		throw error;
	}
	return createStore('pglite', db, journal, close);
}

async function openPostgres(
	url: string,
	migrationsFolder: string,
	journal: JournalEntry[]
): Promise<Store> {
	const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 10_000 });
	let closed = false;
	// An idle connection dropped by the server must not crash the process; the next query reconnects.
	pool.on('error', (error) => {
		if (!closed) console.error(`PostgreSQL connection lost: ${reasonOf(error)}`);
	});
	let connection: pg.PoolClient;
	try {
		connection = await pool.connect();
	} catch (error) {
		await pool.end();
		throw postgresUnavailable(url, error);
	}
	try {
		// Two servers starting together against one database must not both run the migrations.
		await connection.query('select pg_advisory_lock($1)', [migrationLockKey]);
		try {
			await migrateNodePg(drizzleNodePg({ client: connection }), { migrationsFolder });
		} finally {
			await connection.query('select pg_advisory_unlock($1)', [migrationLockKey]);
		}
	} catch (error) {
		connection.release(true);
		await pool.end();
		throw isServerError(error) ? postgresUnavailable(url, error) : error;
	}
	connection.release();
	return createStore('postgres', drizzleNodePg({ client: pool, schema }), journal, () => {
		closed = true;
		return pool.end();
	});
}

/** An error PostgreSQL itself reported (it has a SQLSTATE), such as a missing database or grant. */
function isServerError(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}

function postgresUnavailable(url: string, error: unknown): StoreUnavailableError {
	const where = redactUrl(url);
	const message = isServerError(error)
		? `PostgreSQL at ${where} refused to open the store (${reasonOf(error)}). Check DATABASE_URL and the user's rights.`
		: `Cannot reach PostgreSQL at ${where} (${reasonOf(error)}). Check DATABASE_URL.`;
	return new StoreUnavailableError('unavailable', message, { cause: error });
}

function createStore(
	kind: StoreKind,
	db: Db,
	journal: JournalEntry[],
	closeClient: () => Promise<void>
): Store {
	const offices = officesRepo(db);
	const groups = groupsRepo(db);
	const schools = schoolsRepo(db);
	const forms = formsRepo(db);
	const responses = responsesRepo(db);
	const feedback = feedbackRepo(db);
	const devices = devicesRepo(db);
	const sync = syncRepo(db);
	const notes = reportNotesRepo(db);
	const accounts = accountsRepo(db);
	let closing: Promise<void> | undefined;

	// Each table with the column that names its office.
	const counted = {
		offices: [schema.offices, schema.offices.id],
		groups: [schema.groups, schema.groups.officeId],
		schools: [schema.schools, schema.schools.officeId],
		forms: [schema.forms, schema.forms.officeId],
		responses: [schema.responses, schema.responses.officeId],
		ratingAnswers: [schema.ratingAnswers, schema.ratingAnswers.officeId],
		feedback: [schema.feedback, schema.feedback.officeId]
	} satisfies Record<keyof StoreCounts, [PgTable, PgColumn]>;

	return {
		kind,
		offices: { list: () => offices.list(), upsert: (rows) => offices.upsert(rows) },
		groups: { list: (officeId) => groups.list(officeId), upsert: (rows) => groups.upsert(rows) },
		schools: {
			list: (officeId) => schools.list(officeId),
			upsert: (rows) => schools.upsert(rows)
		},
		forms: {
			listPublished: (officeId) => forms.listPublished(officeId),
			get: (id, version) => forms.get(id, version),
			listVersions: (officeId) => forms.listVersions(officeId),
			versionsOfForm: (id) => forms.versionsOfForm(id),
			discardDraft: (id, version) => forms.discardDraft(id, version),
			responseCounts: (id) => forms.responseCounts(id),
			save: (form) => forms.save(form)
		},
		responses: {
			get: (id) => responses.get(id),
			countByDevice: (deviceId) => responses.countByDevice(deviceId)
		},
		feedback: {
			get: (id) => feedback.get(id),
			countByDevice: (deviceId) => feedback.countByDevice(deviceId),
			createPublic: (officeId, submission, now, track) =>
				feedback.createPublic(officeId, submission, now, track),
			trackingCodeOf: (id) => feedback.trackingCodeOf(id),
			idOfTrackingCode: (code) => feedback.idOfTrackingCode(code),
			findByTrackingCode: (code, now) => feedback.findByTrackingCode(code, now),
			setStatus: (id, to, now) => feedback.setStatus(id, to, now),
			addReply: (reply) => feedback.addReply(reply),
			getForTriage: (id) => feedback.getForTriage(id),
			listForInbox: (query) => feedback.listForInbox(query),
			thread: (id) => feedback.thread(id),
			triage: (reply, now) => feedback.triage(reply, now),
			assign: (id, groupId) => feedback.assign(id, groupId),
			takeRateToken: (key, limit, windowMs, now) =>
				feedback.takeRateToken(key, limit, windowMs, now)
		},
		insertResponses: (records) => responses.insert(records),
		insertFeedback: (items) => feedback.insert(items),
		devices: {
			issueCode: (code) => devices.issueCode(code),
			enroll: (input) => devices.enroll(input),
			authenticate: (tokenHash, now) => devices.authenticate(tokenHash, now),
			get: (id) => devices.get(id),
			list: (officeId) => devices.list(officeId),
			revoke: (id, now) => devices.revoke(id, now)
		},
		sync: {
			storeBatch: (batch, options) => sync.storeBatch(batch, options),
			conflicts: (officeId) => sync.conflicts(officeId)
		},
		reports: {
			ratingAggregates: (filter) => ratingAggregates(db, filter),
			groupAggregates: (filter) => groupAggregates(db, filter),
			ratingTrend: (filter) => ratingTrend(db, filter),
			respondentCounts: (filter) => respondentCounts(db, filter),
			openAnswers: (filter, keys, limit) => openAnswers(db, filter, keys, limit),
			responses: (filter) => responsesOf(db, filter),
			notes: {
				list: (officeId, period, groupIds) => notes.list(officeId, period, groupIds),
				save: (note) => notes.save(note)
			}
		},

		accounts,
		transparency: transparencyRepo(db),
		surveyLinks: surveyLinksRepo(db),
		activities: activitiesRepo(db),
		representatives: representativesRepo(db),

		async counts(officeId?: string): Promise<StoreCounts> {
			const entries = await Promise.all(
				Object.entries(counted).map(async ([name, [table, office]]) => {
					const where = officeId === undefined ? undefined : eq(office, officeId);
					return [name, await db.$count(table, where)] as const;
				})
			);
			return Object.fromEntries(entries) as unknown as StoreCounts;
		},

		async health() {
			const [row] = await db
				.select({ applied: count(), latest: max(migrationLog.createdAt) })
				.from(migrationLog);
			const latest = row?.latest ?? null;
			return {
				store: kind,
				migrations: {
					applied: row?.applied ?? 0,
					latest:
						latest === null
							? null
							: (journal.find((e) => e.when === Number(latest))?.tag ?? String(latest))
				}
			};
		},

		close() {
			closing ??= closeClient();
			return closing;
		}
	};
}
