/**
 * Sync throughput, printed, not asserted: 10,000 responses to the standard satisfaction form, in
 * the batches a device makes (`takeBatch`: at most maxBatchRecords records, maxBatchBytes bytes).
 * Each tablet sends its batches one after another, as the client does; measured with one tablet
 * and with four syncing at once (2,500 records each). Through the ingest function on PGlite (in
 * memory) and on PostgreSQL (TEST_DATABASE_URL), and through HTTP (POST /api/sync on the built
 * server) when a build exists. The goal is ≥ 2,000 records/s on PostgreSQL. Wall times are for a
 * quiet machine: anything else running (tests, a build) shows up in them directly.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { FormsResponse } from '$lib/api/contract';
import { newId, type FormDefinition, type Response } from '$lib/domain';
import { enrollDevice, issueEnrollmentCode } from '$lib/server/devices';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoOffice } from '$lib/server/seed/demo-office';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import { seedDemoContent } from '$lib/server/store';
import { ingestRecords } from '$lib/server/sync';
import { storesUnderTest } from '$lib/server/testing/stores';
import { startBuiltServer } from './built-server';
import {
	EnrollmentResponse,
	SyncResponse,
	takeBatch,
	type SyncRecord,
	type SyncResult
} from '$lib/sync/protocol';

const total = 10_000;
const tabletCounts = [1, 4];
const port = Number(process.env.RUAMJAI_BENCH_SYNC_PORT ?? 4393);

export interface SyncFigure {
	path: 'ingest' | 'http';
	store: string;
	/** Tablets syncing at once, each its share of the records. */
	tablets: number;
	records: number;
	batches: number;
	ms: number;
	recordsPerSecond: number;
	/** The same batches sent again: every record a duplicate. */
	resendRecordsPerSecond: number;
	/**
	 * CPU of this process per stored record (the ingest path only: over HTTP the server is another
	 * process). Unlike the wall time, it does not grow when other work shares the machine.
	 */
	cpuMicrosecondsPerRecord?: number;
}

/** One enrolled tablet: its batches, and how it sends one. */
interface Tablet {
	batches: SyncRecord[][];
	send(batch: SyncRecord[]): Promise<SyncResult[]>;
}

/** The device's batches for these responses, as its outbox would cut them. */
function batchesOf(deviceId: string, responses: Response[]): SyncRecord[][] {
	const encoder = new TextEncoder();
	let rest = responses.map((record) => ({
		kind: 'response' as const,
		record,
		bytes: encoder.encode(JSON.stringify(record)).length
	}));
	const batches: SyncRecord[][] = [];
	while (rest.length > 0) {
		const batch = takeBatch(deviceId, rest);
		batches.push(batch.map(({ kind, record }) => ({ kind, record })));
		rest = rest.slice(batch.length);
	}
	return batches;
}

function tabletBatches(form: FormDefinition, deviceId: string, count: number): SyncRecord[][] {
	const responses = buildDemoResponses(form, { count, seed: 2025, now: new Date() }).map((r) => ({
		...r,
		id: newId(),
		deviceId
	}));
	return batchesOf(deviceId, responses);
}

/** Every tablet sends all its batches, in turn, at the same time as the others. */
async function timed(
	tablets: readonly Tablet[],
	expected: 'stored' | 'duplicate'
): Promise<{ ms: number; cpuMs: number }> {
	const cpu = process.cpuUsage();
	const start = performance.now();
	await Promise.all(
		tablets.map(async ({ batches, send }) => {
			for (const batch of batches) {
				const results = await send(batch);
				const wrong = results.find((r) => r.status !== expected);
				if (wrong !== undefined) {
					throw new Error(`expected ${expected}, got ${JSON.stringify(wrong)}`);
				}
			}
		})
	);
	const used = process.cpuUsage(cpu);
	return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function measure(
	path: SyncFigure['path'],
	store: string,
	tablets: readonly Tablet[]
): Promise<SyncFigure> {
	const first = await timed(tablets, 'stored');
	const resend = await timed(tablets, 'duplicate');
	const batches = tablets.reduce((n, t) => n + t.batches.length, 0);
	const result: SyncFigure = {
		path,
		store,
		tablets: tablets.length,
		records: total,
		batches,
		ms: Math.round(first.ms),
		recordsPerSecond: Math.round((total / first.ms) * 1000),
		resendRecordsPerSecond: Math.round((total / resend.ms) * 1000),
		...(path === 'ingest'
			? { cpuMicrosecondsPerRecord: Math.round((first.cpuMs * 1000) / total) }
			: {})
	};
	const cpu =
		result.cpuMicrosecondsPerRecord === undefined
			? ''
			: `; Node CPU ${result.cpuMicrosecondsPerRecord} µs/record`;
	console.log(
		`sync via ${path} on ${store}, ${tablets.length} tablet(s): ${total} responses in ${batches} batches: ` +
			`${(first.ms / 1000).toFixed(1)} s, ${result.recordsPerSecond} records/s ` +
			`(all resent as duplicates: ${result.resendRecordsPerSecond} records/s${cpu})`
	);
	return result;
}

async function benchIngest(): Promise<SyncFigure[]> {
	const figures: SyncFigure[] = [];
	for (const target of storesUnderTest()) {
		try {
			const store = await target.open();
			await seedDemoContent(store);
			const form = await store.forms.get(demoSatisfactionFormId, 1);
			if (form === null) throw new Error('demo form missing');
			for (const count of tabletCounts) {
				const tablets: Tablet[] = [];
				for (let i = 0; i < count; i++) {
					const { code } = await issueEnrollmentCode(store, demoOffice.id);
					const device = await enrollDevice(store, { code, deviceId: newId(), name: 'bench' });
					const sender = { ...device, source: 'sync' as const };
					tablets.push({
						batches: tabletBatches(form, device.deviceId, total / count),
						send: (batch) => ingestRecords(store, sender, batch)
					});
				}
				figures.push(await measure('ingest', target.name, tablets));
			}
		} finally {
			await target.dispose();
		}
	}
	return figures;
}

/** The built server on a fresh store; tablets enroll with a one-off demo code. */
async function benchHttpOn(store: string, env: Record<string, string>): Promise<SyncFigure[]> {
	const demoCode = `BENCH-${newId().slice(-8)}`;
	const server = await startBuiltServer(port, { ...env, RUAMJAI_DEMO_ENROLLMENT_CODE: demoCode });
	const { origin } = server;
	try {
		const { forms } = FormsResponse.parse(await (await fetch(`${origin}/api/forms`)).json());
		const form = forms.find((f) => f.id === demoSatisfactionFormId);
		if (form === undefined) throw new Error('demo form missing');

		const enroll = async (count: number): Promise<Tablet> => {
			const deviceId = newId();
			const enrolled = await fetch(`${origin}/api/devices/enroll`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ code: demoCode, deviceId, name: 'bench' })
			});
			const { token } = EnrollmentResponse.parse(await enrolled.json());
			return {
				batches: tabletBatches(form, deviceId, count),
				async send(records) {
					const response = await fetch(`${origin}/api/sync`, {
						method: 'POST',
						headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
						body: JSON.stringify({ deviceId, records })
					});
					if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
					return SyncResponse.parse(await response.json()).results;
				}
			};
		};
		const figures: SyncFigure[] = [];
		for (const count of tabletCounts) {
			const tablets = await Promise.all(Array.from({ length: count }, () => enroll(total / count)));
			figures.push(await measure('http', store, tablets));
		}
		return figures;
	} finally {
		server.stop();
	}
}

async function benchHttp(): Promise<SyncFigure[]> {
	const buildDir = process.env.RUAMJAI_BUILD_DIR ?? 'build';
	if (!existsSync(join(buildDir, 'index.js'))) {
		console.log(`sync via http: not measured (no ${buildDir}/index.js: run npm run build)`);
		return [];
	}
	const figures: SyncFigure[] = [];
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-bench-sync-'));
	try {
		figures.push(...(await benchHttpOn('pglite', { RUAMJAI_DATA_DIR: dataDir })));
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}

	const adminUrl = process.env.TEST_DATABASE_URL?.trim();
	if (!adminUrl) return figures;
	const database = `ruamjai_bench_${newId().replaceAll('-', '').slice(-12)}`;
	const admin = async (statement: string) => {
		const client = new pg.Client({ connectionString: adminUrl });
		await client.connect();
		try {
			await client.query(statement);
		} finally {
			await client.end();
		}
	};
	await admin(`create database ${database}`);
	try {
		const url = new URL(adminUrl);
		url.pathname = `/${database}`;
		figures.push(...(await benchHttpOn('postgres', { DATABASE_URL: url.toString() })));
	} finally {
		await admin(`drop database if exists ${database} (force)`);
	}
	return figures;
}

/** Prints the figures and returns them; the PostgreSQL ones only with TEST_DATABASE_URL set. */
export async function benchSync(): Promise<SyncFigure[]> {
	if (!process.env.TEST_DATABASE_URL) {
		console.log('sync on PostgreSQL: not measured (set TEST_DATABASE_URL)');
	}
	return [...(await benchIngest()), ...(await benchHttp())];
}
