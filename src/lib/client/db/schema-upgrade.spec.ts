import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import {
	answersFor,
	buildFeedbackItem,
	buildResponse,
	buildSatisfactionForm,
	fixtureIds
} from '$lib/domain/testing/factories';
import {
	fakeIndexedDb,
	testGroups,
	testOffice,
	testSchool,
	buildFeedbackForm
} from '../testing/device-store';
import { createDeviceStore } from '../repos';
import { AppDB } from './app-db';
import { declareSchema, latestSchemaVersion } from './schema-versions';
import { recordBytes } from './tables';

const opened: Dexie[] = [];
afterEach(() => {
	for (const db of opened.splice(0)) db.close();
});

/** What a tablet running the first release had stored, in version 1's shapes. */
function version1Records() {
	const form = buildSatisfactionForm();
	const oldForm = buildSatisfactionForm({ version: 1, publishedAt: '2024-06-01T08:30:00+07:00' });
	const currentForm = { ...form, version: 2 };
	const sessionId = newId();
	const otherSessionId = newId();
	const session = (id: string, startedAt: string, endedAt: string | null) => ({
		id,
		officeId: testOffice.id,
		schoolId: testSchool.id,
		groupIds: [fixtureIds.groupId],
		formIds: [form.id],
		collectorName: 'นางสาวศรีสุดา ใจดี',
		collectorId: null,
		deviceId: fixtureIds.deviceId,
		startedAt,
		endedAt
	});
	const responses = [1, 2, 3].map((n) =>
		buildResponse(oldForm, { sessionId, submittedAt: `2025-01-15T09:0${n}:00+07:00` })
	);
	const complaint = buildFeedbackItem({ kind: 'complaint' });
	const outboxEntry = (
		kind: 'response' | 'feedback',
		record: { id: string },
		entrySessionId: string | null,
		state: 'pending' | 'needs_attention',
		createdAt: string
	) => ({
		id: record.id,
		kind,
		record,
		sessionId: entrySessionId,
		formId: kind === 'response' ? oldForm.id : null,
		formVersion: kind === 'response' ? oldForm.version : null,
		createdAt,
		attempts: state === 'pending' ? 0 : 1,
		lastAttemptAt: state === 'pending' ? null : '2025-01-16T03:00:00.000Z',
		lastError:
			state === 'pending'
				? null
				: { code: 'form_mismatch', message: { th: 'แบบฟอร์มไม่ตรงกัน', en: 'Form mismatch' } },
		state
	});
	return {
		forms: [oldForm, currentForm, buildFeedbackForm()],
		groups: testGroups,
		schools: [testSchool],
		offices: [testOffice],
		sessions: [
			session(sessionId, '2025-01-15T01:55:00.000Z', '2025-01-15T07:00:00.000Z'),
			session(otherSessionId, '2025-01-16T01:55:00.000Z', null)
		],
		drafts: [
			{
				id: newId(),
				sessionId: otherSessionId,
				formId: oldForm.id,
				formVersion: oldForm.version,
				kind: 'response',
				respondent: { respondentType: 'parent', groupId: fixtureIds.groupId },
				answers: answersFor(oldForm, { overall: undefined }),
				sectionIndex: 1,
				startedAt: '2025-01-16T02:10:00.000Z',
				updatedAt: '2025-01-16T02:12:30.000Z'
			}
		],
		outbox: [
			outboxEntry('response', responses[0]!, sessionId, 'pending', '2025-01-15T02:01:00.000Z'),
			outboxEntry(
				'response',
				responses[1]!,
				sessionId,
				'needs_attention',
				'2025-01-15T02:02:00.000Z'
			),
			outboxEntry('response', responses[2]!, sessionId, 'pending', '2025-01-15T02:03:00.000Z'),
			outboxEntry('feedback', complaint, null, 'pending', '2025-01-15T02:04:00.000Z')
		],
		settings: [
			{ key: 'deviceId', value: fixtureIds.deviceId },
			{
				key: 'supervisorPin',
				value: {
					algorithm: 'PBKDF2-SHA256',
					iterations: 600_000,
					salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
					hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=',
					setAt: '2025-01-10T03:00:00.000Z'
				}
			}
		]
	};
}

async function writeVersion1Database(name: string) {
	const old = new Dexie(name, fakeIndexedDb);
	declareSchema(old, 1);
	const records = version1Records();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
	});
	expect(old.verno).toBe(1);
	old.close();
	return records;
}

function sortBy<T>(rows: T[], key: (row: T) => string): T[] {
	return [...rows].sort((a, b) => key(a).localeCompare(key(b)));
}

function indexNames(db: Dexie, table: string): string[] {
	return [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
}

describe('upgrading a tablet from the first release', () => {
	it('keeps every record of every table and adds what version 2 needs', async () => {
		const name = `ruamjai-upgrade-${newId()}`;
		const written = await writeVersion1Database(name);

		const db = new AppDB(name, fakeIndexedDb);
		opened.push(db);
		await db.open();
		expect(db.verno).toBe(latestSchemaVersion);

		const byId = <T extends { id: string }>(rows: T[]) => sortBy(rows, (r) => r.id);
		expect(await db.forms.toArray()).toEqual(
			[...written.forms].sort((a, b) => a.id.localeCompare(b.id) || a.version - b.version)
		);
		expect(byId(await db.groups.toArray())).toEqual(byId(written.groups));
		expect(await db.schools.toArray()).toEqual(written.schools);
		expect(await db.offices.toArray()).toEqual(written.offices);
		expect(await db.drafts.toArray()).toEqual(written.drafts);
		expect(sortBy(await db.settings.toArray(), (r) => r.key)).toEqual(
			sortBy(written.settings, (r) => r.key)
		);

		// Every outbox entry intact, each now with its size for batching.
		expect(byId(await db.outbox.toArray())).toEqual(
			byId(written.outbox.map((entry) => ({ ...entry, bytes: recordBytes(entry.record) })))
		);
		// Sessions now count their records themselves, from the outbox as version 1 left it.
		const [first, second] = written.sessions;
		expect(await db.sessions.get(first!.id)).toEqual({ ...first, recordCount: 3 });
		expect(await db.sessions.get(second!.id)).toEqual({ ...second, recordCount: 0 });

		// The new index: pending records oldest first, the one needing attention left out.
		const pending = await db.outbox
			.where('[state+createdAt]')
			.between(['pending', Dexie.minKey], ['pending', Dexie.maxKey])
			.toArray();
		expect(pending.map((e) => e.createdAt)).toEqual([
			'2025-01-15T02:01:00.000Z',
			'2025-01-15T02:03:00.000Z',
			'2025-01-15T02:04:00.000Z'
		]);
		expect(indexNames(db, 'outbox')).toEqual([
			'[formId+formVersion]',
			'[state+createdAt]',
			'createdAt',
			'sessionId'
		]);

		// The app carries on where the old one stopped: the open session's draft is finished and sent.
		const store = createDeviceStore(db);
		const draft = await store.drafts.current(second!.id);
		expect(draft?.id).toBe(written.drafts[0]!.id);
		await store.drafts.saveAnswer(draft!.id, 'overall', 5);
		expect((await store.records.submitDraft(draft!.id)).ok).toBe(true);
		expect(await store.sessions.recordCounts(second!.id)).toEqual({ submitted: 1, waiting: 1 });
	});

	it('ends with the same schema as a tablet that installed the latest version directly', async () => {
		const upgradedName = `ruamjai-upgrade-${newId()}`;
		await writeVersion1Database(upgradedName);
		const upgraded = new AppDB(upgradedName, fakeIndexedDb);
		const fresh = new AppDB(`ruamjai-fresh-${newId()}`, fakeIndexedDb);
		opened.push(upgraded, fresh);
		await Promise.all([upgraded.open(), fresh.open()]);

		for (const table of fresh.tables.map((t) => t.name)) {
			expect(indexNames(upgraded, table), table).toEqual(indexNames(fresh, table));
		}
		expect(upgraded.tables.map((t) => t.name).sort()).toEqual(
			fresh.tables.map((t) => t.name).sort()
		);
	});
});
