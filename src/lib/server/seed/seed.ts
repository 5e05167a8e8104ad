import type { InsertReport, Store } from '../store/types';
import { demoForms, demoSatisfactionFormId } from './demo-forms';
import { demoGroups, demoOffice, demoSchools } from './demo-office';
import { buildDemoFeedback, buildDemoResponses, demoDeviceIds } from './demo-responses';
export { seedDemoActivities } from './demo-activities';

/**
 * On a store with no office yet, writes the demo office, its groups and schools and the two
 * standard forms. A store that already holds an office is left alone.
 */
export async function seedDemoContent(store: Store): Promise<{ seeded: boolean }> {
	if ((await store.offices.list()).length > 0) return { seeded: false };
	await store.offices.upsert([demoOffice]);
	await store.groups.upsert(demoGroups);
	await store.schools.upsert(demoSchools);
	for (const form of demoForms) await store.forms.save(form);
	return { seeded: true };
}

export interface SyntheticSeedOptions {
	count?: number;
	seed?: number;
	now?: Date;
}

/**
 * Adds synthetic responses to the demo satisfaction form, the same ones for the same options.
 * Runs once per seed: records from the seed's demo devices mean it has run, so a later run (on
 * another day, hence other dates) does not add a second set.
 */
export async function seedDemoResponses(
	store: Store,
	options: SyntheticSeedOptions = {}
): Promise<{ inserted: number }> {
	const { count = 300, seed = 1, now = new Date() } = options;
	const form = await store.forms.get(demoSatisfactionFormId, 1);
	if (form === null) {
		throw new Error('The demo satisfaction form is not in the store: run seedDemoContent first.');
	}
	if (await seededBefore(seed, (device) => store.responses.countByDevice(device))) {
		return { inserted: 0 };
	}
	const report = await store.insertResponses(buildDemoResponses(form, { count, seed, now }));
	assertAllAccepted('response', report);
	return { inserted: report.stored };
}

/** Opinions and complaints to go with the responses; runs once per seed, like them. */
export async function seedDemoFeedback(
	store: Store,
	options: SyntheticSeedOptions = {}
): Promise<{ inserted: number }> {
	const { count = 24, seed = 1, now = new Date() } = options;
	if (await seededBefore(seed, (device) => store.feedback.countByDevice(device))) {
		return { inserted: 0 };
	}
	const report = await store.insertFeedback(buildDemoFeedback({ count, seed, now }));
	assertAllAccepted('feedback item', report);
	return { inserted: report.stored };
}

async function seededBefore(
	seed: number,
	countByDevice: (deviceId: string) => Promise<number>
): Promise<boolean> {
	const counts = await Promise.all(demoDeviceIds(seed).map(countByDevice));
	return counts.some((n) => n > 0);
}

/** Synthetic data is made valid; a rejection means the generator and the domain disagree. */
function assertAllAccepted(what: string, report: InsertReport): void {
	const rejected = report.outcomes.find((o) => o.status === 'rejected');
	if (rejected !== undefined && rejected.status === 'rejected') {
		const first = rejected.issues[0];
		throw new Error(
			`Synthetic ${what} ${rejected.index} was rejected: ${first?.path ?? ''} ${first?.message.en ?? ''}`
		);
	}
}
