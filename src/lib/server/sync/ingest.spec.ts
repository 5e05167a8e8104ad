import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId, type FeedbackItem, type FormDefinition, type Response } from '$lib/domain';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { enrollDevice, issueEnrollmentCode } from '$lib/server/devices';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoGroups, demoOffice } from '$lib/server/seed/demo-office';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import { maxBatchRecords, type SyncRecord, type SyncResult } from '$lib/sync/protocol';
import { ingestRecords, type Sender } from './ingest';

const now = new Date('2025-06-15T12:00:00+07:00');

/** How a device sends its records: each as `{ kind, record }`. */
function asItems(records: readonly (Response | FeedbackItem)[]): SyncRecord[] {
	return records.map((record) =>
		'formVersion' in record ? { kind: 'response', record } : { kind: 'feedback', record }
	);
}

const statuses = (results: SyncResult[]) =>
	results.map((r) => (r.status === 'rejected' ? `rejected:${r.error.code}` : r.status));

describe.each(storesUnderTest())('ingesting a device batch on $name', (target) => {
	let store: Store;
	let form: FormDefinition;
	let tablet: Sender;

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		const { code } = await issueEnrollmentCode(store, demoOffice.id, { now });
		const enrolled = await enrollDevice(
			store,
			{ code, deviceId: newId(), name: 'แท็บเล็ต 1' },
			{ now }
		);
		tablet = { deviceId: enrolled.deviceId, officeId: enrolled.officeId, source: 'sync' };
	});
	afterAll(() => target.dispose());

	let nextSeed = 1;
	/** Survey responses from the tablet, different every call. */
	function responses(count: number, onForm: FormDefinition = form): Response[] {
		return buildDemoResponses(onForm, { count, seed: nextSeed++, now }).map((r) => ({
			...r,
			id: newId(),
			deviceId: tablet.deviceId
		}));
	}
	function feedbackItem(overrides: Partial<FeedbackItem> = {}): FeedbackItem {
		return buildFeedbackItem({
			officeId: demoOffice.id,
			groupId: demoGroups[2]!.id,
			deviceId: tablet.deviceId,
			...overrides
		});
	}
	const counts = () => store.counts(demoOffice.id);

	it('stores new responses and opinions together and answers for each, in order', async () => {
		const records = [...responses(2), feedbackItem(), ...responses(1)];
		const before = await counts();

		const results = await ingestRecords(store, tablet, asItems(records), { now });

		expect(results).toEqual(records.map((r) => ({ id: r.id, status: 'stored' })));
		const after = await counts();
		expect(after.responses - before.responses).toBe(3);
		expect(after.feedback - before.feedback).toBe(1);
		expect(await store.responses.get(records[0]!.id)).toMatchObject({ id: records[0]!.id });
	});

	it('answers duplicate when a batch is sent again, and stores nothing twice', async () => {
		const items = asItems([...responses(3), feedbackItem()]);
		await ingestRecords(store, tablet, items, { now });
		const before = await counts();

		const again = await ingestRecords(store, tablet, items, { now });

		expect(statuses(again)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
		expect(await counts()).toEqual(before);
	});

	it('rejects the same id with other content as a conflict, logs it once, and keeps the original', async () => {
		const [original] = responses(1);
		await ingestRecords(store, tablet, asItems([original!]), { now });
		const edited = { ...original!, answers: { ...original!.answers, quality_overall: 1 } };

		const first = await ingestRecords(store, tablet, asItems([edited]), { now });
		const later = new Date(now.getTime() + 60_000);
		const second = await ingestRecords(store, tablet, asItems([edited]), { now: later });

		for (const results of [first, second]) {
			expect(results).toEqual([
				{
					id: original!.id,
					status: 'rejected',
					error: {
						code: 'conflict',
						message: { th: expect.stringContaining('เนื้อหาต่างกัน'), en: expect.any(String) }
					}
				}
			]);
		}
		expect((await store.responses.get(original!.id))?.answers).toEqual(original!.answers);
		const logged = (await store.sync.conflicts(demoOffice.id)).filter(
			(c) => c.recordId === original!.id
		);
		expect(logged).toEqual([
			expect.objectContaining({
				recordKind: 'response',
				deviceId: tablet.deviceId,
				source: 'sync',
				received: edited,
				times: 2,
				firstReceivedAt: now.toISOString(),
				lastReceivedAt: later.toISOString()
			})
		]);
	});

	it('stores the good records of a batch with one bad one, rejecting only that one, with its issues', async () => {
		const [good1, bad, good2] = responses(3);
		const outOfScale = { ...bad!, answers: { ...bad!.answers, staff_courtesy: 7 } };
		const before = await counts();

		const results = await ingestRecords(store, tablet, asItems([good1!, outOfScale, good2!]), {
			now
		});

		expect(statuses(results)).toEqual(['stored', 'rejected:invalid-record', 'stored']);
		const error = results[1]!.status === 'rejected' ? results[1]!.error : undefined;
		expect(error?.issues?.map((i) => i.path)).toEqual(['answers.staff_courtesy']);
		expect(error?.message.th).toMatch(/[\u0E00-\u0E7F]/);
		expect((await counts()).responses - before.responses).toBe(2);
		expect(await store.responses.get(bad!.id)).toBeNull();
	});

	it('answers a malformed item alone: no kind, an unknown kind, no record', async () => {
		const [good] = responses(1);
		const results = await ingestRecords(
			store,
			tablet,
			[
				{ record: good },
				{ kind: 'photo', record: good },
				{ kind: 'response' },
				'junk',
				asItems([good!])[0]
			],
			{ now }
		);
		expect(statuses(results)).toEqual([
			'rejected:invalid-record',
			'rejected:invalid-record',
			'rejected:invalid-record',
			'rejected:invalid-record',
			'stored'
		]);
		expect(results[0]).toMatchObject({ id: good!.id });
		expect(results[3]).toMatchObject({ id: null });
	});

	it('accepts records filled on an older published version of a form, each counted on its own version', async () => {
		const version2 = { ...structuredClone(form), version: 2, title: { th: 'แบบประเมิน ฉบับปรับปรุง' } };
		await store.forms.save(version2);
		const onVersion2 = (await store.forms.get(form.id, 2))!;
		const older = responses(2);
		const newer = responses(1, onVersion2);

		const results = await ingestRecords(store, tablet, asItems([...older, ...newer]), { now });

		expect(statuses(results)).toEqual(['stored', 'stored', 'stored']);
		expect((await store.responses.get(older[0]!.id))?.formVersion).toBe(1);
		expect((await store.responses.get(newer[0]!.id))?.formVersion).toBe(2);
	});

	it('rejects a record on a form version the server does not hold, saying which version', async () => {
		const [record] = responses(1);
		const unknown = { ...record!, formVersion: 9 };
		const draft = { ...structuredClone(form), version: 3, publishedAt: null };
		await store.forms.save(draft);
		const [onDraft] = responses(1);

		const results = await ingestRecords(
			store,
			tablet,
			asItems([unknown, { ...onDraft!, formVersion: 3 }]),
			{ now }
		);

		expect(statuses(results)).toEqual([
			'rejected:unknown-form-version',
			'rejected:unknown-form-version'
		]);
		const error = results[0]!.status === 'rejected' ? results[0]!.error : undefined;
		expect(error?.message.en).toContain('version 9');
		expect(error?.message.th).toContain('รุ่นที่ 9');
	});

	it('stores a batch of the largest size in one transaction: a failure before the commit leaves none of it', async () => {
		const records = responses(maxBatchRecords);
		const before = await counts();

		const failing = ingestRecords(store, tablet, asItems(records), {
			now,
			beforeCommit: () => Promise.reject(new Error('the server stopped before the commit'))
		});
		await expect(failing).rejects.toThrow('before the commit');
		expect(await counts()).toEqual(before);

		const results = await ingestRecords(store, tablet, asItems(records), { now });
		expect(results.every((r) => r.status === 'stored')).toBe(true);
		expect(results).toHaveLength(maxBatchRecords);
		expect((await counts()).responses - before.responses).toBe(maxBatchRecords);
	});

	it('counts a batch once when its answer was lost after the commit: the resend is all duplicates', async () => {
		const items = asItems([...responses(5), feedbackItem(), feedbackItem()]);
		const before = await counts();

		// The server committed and answered, but the connection dropped: the device never heard it.
		const lost = await ingestRecords(store, tablet, items, { now });
		expect(lost.every((r) => r.status === 'stored')).toBe(true);
		const resent = await ingestRecords(store, tablet, items, { now });

		expect(resent.every((r) => r.status === 'duplicate')).toBe(true);
		const after = await counts();
		expect(after.responses - before.responses).toBe(5);
		expect(after.feedback - before.feedback).toBe(2);
	});

	it('takes the same batch from two tabs at once: each record is stored once', async () => {
		const items = asItems([...responses(20), feedbackItem()]);
		const before = await counts();

		const [a, b] = await Promise.all([
			ingestRecords(store, tablet, items, { now }),
			ingestRecords(store, tablet, [...items].reverse(), { now })
		]);

		const storedTwice = items.filter((_, i) => {
			const fromB = b[items.length - 1 - i]!.status;
			return a[i]!.status === 'stored' && fromB === 'stored';
		});
		expect(storedTwice).toEqual([]);
		for (const results of [a, b]) {
			expect(results.every((r) => r.status === 'stored' || r.status === 'duplicate')).toBe(true);
		}
		const after = await counts();
		expect(after.responses - before.responses).toBe(20);
		expect(after.feedback - before.feedback).toBe(1);
	});

	it('refuses records of another office or naming another device', async () => {
		const [own, otherDevice] = responses(2);
		const strayOffice = feedbackItem({ officeId: 'other-office' });
		const results = await ingestRecords(
			store,
			tablet,
			asItems([own!, { ...otherDevice!, deviceId: newId() }, strayOffice]),
			{ now }
		);
		expect(statuses(results)).toEqual(['stored', 'rejected:wrong-device', 'rejected:wrong-office']);
	});

	it('rejects alone a record the database refuses (a NUL character), storing the others', async () => {
		const [good] = responses(1);
		const nul = feedbackItem({ body: 'ข้อความ\u0000ที่เก็บไม่ได้' });
		const fine = feedbackItem();
		const before = await counts();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

		const results = await ingestRecords(store, tablet, asItems([good!, nul, fine]), { now });

		expect(statuses(results)).toEqual(['stored', 'rejected:unstorable', 'stored']);
		// The operator learns which record and why, but not what the person wrote.
		expect(warn).toHaveBeenCalledOnce();
		expect(warn.mock.calls[0]![0]).toContain(nul.id);
		expect(warn.mock.calls[0]![0]).not.toContain('ข้อความ');
		warn.mockRestore();
		const after = await counts();
		expect(after.responses - before.responses).toBe(1);
		expect(after.feedback - before.feedback).toBe(1);
	});
});
