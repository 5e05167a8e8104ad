import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { answersFor, buildResponse } from '$lib/domain/testing/factories';
import { THAI_SCRIPT } from '$lib/domain/testing/issues';
import type { OutboxEntry } from './repos';
import { DeviceStorageError, storageFailureOf, withStorageErrors } from './storage';
import {
	deviceAtSchool,
	failingWrites,
	openTestDevice,
	quotaExceeded,
	type TestDevice
} from './testing/device-store';

let devices: TestDevice[] = [];
afterEach(() => {
	for (const { db } of devices) db.close();
	devices = [];
});

/** A school visit that has already filled the outbox with three responses. */
async function deviceWithThreeResponses() {
	const device = openTestDevice();
	devices.push(device);
	const visit = await deviceAtSchool(device);
	const { drafts, records } = device.store;
	const entries: OutboxEntry[] = [];
	for (const respondentType of ['teacher', 'parent', 'student'] as const) {
		const draft = await drafts.create(visit.session.id, visit.satisfaction.id);
		await drafts.setRespondent(draft.id, { respondentType });
		for (const [key, value] of Object.entries(answersFor(visit.satisfaction))) {
			await drafts.saveAnswer(draft.id, key, value);
		}
		const submitted = await records.submitDraft(draft.id);
		if (!submitted.ok) throw new Error(JSON.stringify(submitted.issues));
		entries.push(submitted.entry);
	}
	return { ...visit, entries };
}

describe('a tablet whose storage is full', () => {
	it('says so in Thai and English, keeps the respondent’s draft, and loses no earlier record', async () => {
		const { device, satisfaction, session, entries } = await deviceWithThreeResponses();
		const draft = await device.store.drafts.create(session.id, satisfaction.id);
		await device.store.drafts.setRespondent(draft.id, { respondentType: 'community' });
		for (const [key, value] of Object.entries(answersFor(satisfaction))) {
			await device.store.drafts.saveAnswer(draft.id, key, value);
		}

		const full = device.reload([failingWrites('outbox', quotaExceeded)]);
		devices.push(full);
		const failure = await full.store.records.submitDraft(draft.id).catch((e: unknown) => e);

		expect(failure).toBeInstanceOf(DeviceStorageError);
		expect(failure).toMatchObject({ reason: 'quota-exceeded' });
		const { userMessage } = failure as DeviceStorageError;
		expect(userMessage.th).toMatch(THAI_SCRIPT);
		expect(userMessage.en).toMatch(/storage is full/);
		expect(await full.store.records.listOutbox()).toEqual(entries);
		expect((await full.store.drafts.get(draft.id))?.answers).toEqual(answersFor(satisfaction));
		expect(await full.store.sessions.recordCounts(session.id)).toEqual({
			submitted: 3,
			waiting: 3
		});
	});

	it('rolls back a whole batch that does not fit, keeping what was stored before', async () => {
		const { device, satisfaction, session, entries } = await deviceWithThreeResponses();
		const full = device.reload([failingWrites('outbox', quotaExceeded)]);
		devices.push(full);
		const batch = Array.from({ length: 50 }, () => ({
			kind: 'response' as const,
			record: buildResponse(satisfaction, { sessionId: session.id })
		}));

		await expect(full.store.records.enqueueRecords(batch)).rejects.toMatchObject({
			reason: 'quota-exceeded'
		});
		expect(await full.store.records.listOutbox({ limit: 1000 })).toEqual(entries);
		expect(await full.store.sessions.recordCounts(session.id)).toEqual({
			submitted: 3,
			waiting: 3
		});
	});

	it('keeps the previous answer when saving the next one does not fit', async () => {
		const { device, satisfaction, session } = await deviceWithThreeResponses();
		const draft = await device.store.drafts.create(session.id, satisfaction.id);
		await device.store.drafts.saveAnswer(draft.id, 'speed', 4);

		const full = device.reload([failingWrites('drafts', quotaExceeded)]);
		devices.push(full);
		await expect(full.store.drafts.saveAnswer(draft.id, 'overall', 5)).rejects.toMatchObject({
			reason: 'quota-exceeded'
		});
		expect((await full.store.drafts.get(draft.id))?.answers).toEqual({ speed: 4 });
	});
});

describe('recognizing storage failures however they are wrapped', () => {
	it('finds a quota error by its own name or by the name of the error Dexie wraps', () => {
		const raw = quotaExceeded();
		const wrappedByDexie = new Dexie.AbortError('Transaction aborted', raw);
		const inBulk = new Dexie.BulkError('bulkAdd failed', { 0: new Dexie.QuotaExceededError(raw) });

		expect(storageFailureOf(raw)?.reason).toBe('quota-exceeded');
		expect(storageFailureOf(new Dexie.QuotaExceededError(raw))?.reason).toBe('quota-exceeded');
		expect(storageFailureOf(wrappedByDexie)?.reason).toBe('quota-exceeded');
		expect(storageFailureOf(new Error('save failed', { cause: raw }))?.reason).toBe(
			'quota-exceeded'
		);
		expect(storageFailureOf(inBulk)?.reason).toBe('quota-exceeded');
		expect(storageFailureOf(new Dexie.UnknownError('write failed', raw))?.reason).toBe(
			'quota-exceeded'
		);
	});

	it('tells a missing IndexedDB and a newer database apart, and lets other errors through', async () => {
		expect(storageFailureOf(new Dexie.MissingAPIError())?.reason).toBe('unavailable');
		expect(storageFailureOf(new Dexie.VersionError('newer'))?.reason).toBe('blocked');
		expect(storageFailureOf(new TypeError('bug'))).toBeUndefined();

		const bug = new TypeError('bug');
		await expect(withStorageErrors(() => Promise.reject(bug))).rejects.toBe(bug);
	});
});
