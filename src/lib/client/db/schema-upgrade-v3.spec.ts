import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import {
	answersFor,
	buildResponse,
	buildSatisfactionForm,
	fixtureIds
} from '$lib/domain/testing/factories';
import { hashPin } from '../repos/pin-hash';
import { createDeviceStore } from '../repos';
import {
	fakeIndexedDb,
	testGroups,
	testOffice,
	testSchool,
	testSupervisor
} from '../testing/device-store';
import { AppDB } from './app-db';
import { declareSchema, latestSchemaVersion } from './schema-versions';
import { recordBytes } from './tables';

const opened: Dexie[] = [];
afterEach(() => {
	for (const db of opened.splice(0)) db.close();
});

const legacyPin = '2468';

/**
 * A tablet in the field on the release before per-supervisor PINs: one device-wide PIN, a session
 * open with a typed collector's name, a respondent halfway through a form and records waiting.
 */
async function version2Records() {
	const form = buildSatisfactionForm();
	const sessionId = newId();
	const responses = [1, 2].map((n) =>
		buildResponse(form, { sessionId, submittedAt: `2025-01-15T09:0${n}:00+07:00` })
	);
	const pin = await hashPin(legacyPin, '2025-01-10T03:00:00.000Z');
	if (!pin.ok) throw new Error('test PIN refused');
	return {
		forms: [form],
		groups: testGroups,
		schools: [testSchool],
		offices: [testOffice],
		sessions: [
			{
				id: sessionId,
				officeId: testOffice.id,
				schoolId: testSchool.id,
				groupIds: [fixtureIds.groupId],
				formIds: [form.id],
				collectorName: 'นางสาวศรีสุดา ใจดี',
				collectorId: null,
				deviceId: fixtureIds.deviceId,
				startedAt: '2025-01-15T01:55:00.000Z',
				endedAt: null,
				recordCount: 2
			}
		],
		drafts: [
			{
				id: newId(),
				sessionId,
				formId: form.id,
				formVersion: form.version,
				kind: 'response',
				respondent: { respondentType: 'parent', groupId: fixtureIds.groupId },
				answers: answersFor(form, { overall: undefined }),
				sectionIndex: 1,
				startedAt: '2025-01-15T02:10:00.000Z',
				updatedAt: '2025-01-15T02:12:30.000Z'
			}
		],
		outbox: responses.map((record, i) => ({
			id: record.id,
			kind: 'response',
			record,
			sessionId,
			formId: form.id,
			formVersion: form.version,
			createdAt: `2025-01-15T02:0${i + 1}:00.000Z`,
			bytes: recordBytes(record),
			attempts: 0,
			lastAttemptAt: null,
			lastError: null,
			state: 'pending'
		})),
		settings: [
			{ key: 'deviceId', value: fixtureIds.deviceId },
			{ key: 'supervisorPin', value: pin.value },
			{ key: 'collectorName', value: 'นางสาวศรีสุดา ใจดี' }
		]
	};
}

async function writeVersion2Database(name: string) {
	const old = new Dexie(name, fakeIndexedDb);
	declareSchema(old, 2);
	const records = await version2Records();
	await old.transaction('rw', old.tables, async () => {
		for (const [table, rows] of Object.entries(records)) await old.table(table).bulkAdd(rows);
	});
	expect(old.verno).toBe(2);
	old.close();
	return records;
}

describe('upgrading a version 2 device database to per-supervisor PINs (version 3)', () => {
	it('keeps the open session, its draft and its waiting records, and the old PIN still lets it out', async () => {
		const name = `ruamjai-v2-${newId()}`;
		const written = await writeVersion2Database(name);
		const db = new AppDB(name, fakeIndexedDb);
		opened.push(db);
		await db.open();
		// Straight on to the latest version: version 4 (activities) only adds empty tables.
		expect(db.verno).toBe(latestSchemaVersion);
		expect(await db.activities.count()).toBe(0);
		expect(await db.attendance.count()).toBe(0);

		for (const [table, rows] of Object.entries(written)) {
			const key = table === 'settings' ? 'key' : 'id';
			const sorted = (list: Record<string, unknown>[]) =>
				[...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
			expect(sorted(await db.table(table).toArray()), table).toEqual(
				sorted(rows as Record<string, unknown>[])
			);
		}
		expect(await db.supervisors.count()).toBe(0);

		const store = createDeviceStore(db);
		const session = await store.sessions.current();
		expect(session).toMatchObject({ id: written.sessions[0]!.id, collectorId: null });
		// The supervisor in the field is not locked out: the device-wide PIN still works.
		expect(await store.settings.verifySupervisorPin(legacyPin)).toBe('match');
		expect(await store.settings.verifySupervisorPin('1357')).toBe('mismatch');

		// The respondent's form is finished and waits with the others.
		const draft = await store.drafts.current(session!.id);
		await store.drafts.saveAnswer(draft!.id, 'overall', 5);
		expect((await store.records.submitDraft(draft!.id)).ok).toBe(true);
		expect(await store.sessions.recordCounts(session!.id)).toEqual({ submitted: 3, waiting: 3 });

		// The next session needs one of the tablet's supervisors.
		await store.sessions.end(session!.id);
		const start = {
			officeId: testOffice.id,
			schoolId: null,
			formIds: [written.forms[0]!.id],
			collectorId: testSupervisor.id
		};
		await expect(store.sessions.start(start)).rejects.toMatchObject({
			reason: 'supervisor-not-on-device'
		});
		expect((await store.supervisors.add(testSupervisor, '13579')).ok).toBe(true);
		const started = await store.sessions.start(start);
		expect(started.ok && started.value.collectorName).toBe(testSupervisor.displayName);
	});
});
