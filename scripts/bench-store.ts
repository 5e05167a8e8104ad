import { openStore, seedDemoContent, type Store } from '$lib/server/store';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { buildDemoResponses } from '$lib/server/seed/demo-responses';

const ms = (start: number) => `${(performance.now() - start).toFixed(0)} ms`;

async function insertFigures(label: string, store: Store): Promise<void> {
	await seedDemoContent(store);
	const form = await store.forms.get(demoSatisfactionFormId, 1);
	if (!form) throw new Error('demo form missing');
	const batch = buildDemoResponses(form, { count: 500, seed: 7, now: new Date() });
	let start = performance.now();
	const first = await store.insertResponses(batch);
	console.log(`${label}: 500 responses in one batch: ${ms(start)} (${first.stored} stored)`);
	start = performance.now();
	const again = await store.insertResponses(batch);
	console.log(`${label}: the same 500 resent: ${ms(start)} (${again.duplicate} duplicates)`);
}

/** Store figures on PGlite in memory, and on PostgreSQL when TEST_DATABASE_URL is set. */
export async function benchStore(): Promise<void> {
	const start = performance.now();
	const pglite = await openStore({ kind: 'pglite', dataDir: null });
	console.log(`PGlite (memory): open + migrate: ${ms(start)}`);
	try {
		await insertFigures('PGlite', pglite);
	} finally {
		await pglite.close();
	}
	const url = process.env.TEST_DATABASE_URL;
	if (!url) {
		console.log('PostgreSQL: not measured (set TEST_DATABASE_URL)');
		return;
	}
	const pg = await openStore({ kind: 'postgres', url });
	try {
		await insertFigures('PostgreSQL', pg);
	} finally {
		await pg.close();
	}
}
