import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, type FormDefinition } from '$lib/domain';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoOffice } from '$lib/server/seed/demo-office';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';
import { seedDemoContent } from '$lib/server/seed/seed';
import type { Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';
import type { OutboxExport } from '$lib/sync/protocol';
import { importOutboxExport, OutboxImportError } from './import-outbox';
import { ingestRecords } from './ingest';

describe.each(storesUnderTest())('importing an outbox export file on $name', (target) => {
	let store: Store;
	let form: FormDefinition;

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		form = (await store.forms.get(demoSatisfactionFormId, 1))!;
	});
	afterAll(() => target.dispose());

	/** What a supervisor saves from a tablet that could not sync: 600 records, one of them bad. */
	function exportFile(deviceId: string): OutboxExport {
		const responses = buildDemoResponses(form, { count: 599, seed: 77, now: new Date() });
		const records: OutboxExport['records'] = responses.map((r) => ({
			kind: 'response',
			record: { ...r, id: newId(), deviceId },
			state: 'pending'
		}));
		// Valid on the tablet, but it names a group the server does not have.
		const stray = buildFeedbackItem({ officeId: demoOffice.id, groupId: newId(), deviceId });
		records.splice(300, 0, {
			kind: 'feedback',
			record: stray,
			state: 'needs_attention',
			lastError: null
		});
		return {
			format: 'ruamjai-outbox',
			version: 1,
			deviceId,
			exportedAt: new Date().toISOString(),
			records
		};
	}

	it('stores each record once, whether it synced before or the file is imported twice', async () => {
		const deviceId = newId();
		const file = exportFile(deviceId);
		// Some records reached the server before the tablet gave up.
		await ingestRecords(
			store,
			{ deviceId, officeId: demoOffice.id, source: 'sync' },
			file.records.slice(0, 10)
		);
		const before = await store.counts(demoOffice.id);

		const report = await importOutboxExport(store, JSON.stringify(file));

		expect(report).toMatchObject({ deviceId, stored: 589, duplicate: 10, rejected: 1 });
		expect(report.results).toHaveLength(600);
		expect(report.results[300]).toMatchObject({
			status: 'rejected',
			error: { code: 'unknown-reference' }
		});
		expect((await store.counts(demoOffice.id)).responses - before.responses).toBe(589);

		const again = await importOutboxExport(store, JSON.stringify(file));
		expect(again).toMatchObject({ stored: 0, duplicate: 599, rejected: 1 });
	});

	it('refuses a file that is not JSON, not an export, or of a newer version, storing nothing', async () => {
		const file = exportFile(newId());
		const cases: [string, string][] = [
			['{"format": "ruamjai-outbox", ', 'not-json'],
			[JSON.stringify({ responses: [] }), 'not-an-outbox-export'],
			[JSON.stringify({ ...file, deviceId: 'tablet-3' }), 'not-an-outbox-export'],
			[JSON.stringify({ ...file, version: 2 }), 'unsupported-version']
		];
		const before = await store.counts();
		for (const [text, reason] of cases) {
			const error = await importOutboxExport(store, text).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(OutboxImportError);
			expect(error).toMatchObject({ reason });
		}
		expect(await store.counts()).toEqual(before);
	});
});
