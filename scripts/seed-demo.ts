/**
 * `npm run seed:demo`: puts the demo office, its forms and a few hundred synthetic responses into
 * the store named by the environment (DATABASE_URL, or PGlite in RUAMJAI_DATA_DIR / ./data).
 * Safe to run again: what is already there is not added twice. Stop the server first when the
 * store is PGlite on disk: only one process may open it.
 */
import {
	describeStoreConfig,
	openStore,
	seedDemoActivities,
	seedDemoContent,
	seedDemoFeedback,
	seedDemoResponses,
	storeConfigFromEnv,
	StoreUnavailableError
} from '$lib/server/store';

try {
	const config = storeConfigFromEnv();
	const store = await openStore(config);
	try {
		const content = await seedDemoContent(store);
		const responses = await seedDemoResponses(store, { count: 300 });
		const feedback = await seedDemoFeedback(store);
		const activities = await seedDemoActivities(store);
		console.log(
			`seed:demo: ${describeStoreConfig(config)}: demo office and forms ${content.seeded ? 'added' : 'already there'}; ` +
				`${responses.inserted} responses, ${feedback.inserted} opinions/complaints and ` +
				`${activities.inserted} participation records added`
		);
	} finally {
		await store.close();
	}
} catch (error) {
	if (!(error instanceof StoreUnavailableError)) throw error;
	console.error(`seed:demo: ${error.message}`);
	process.exit(1);
}
