/**
 * `npm run sync:import -- outbox.json [more.json …]`: imports the outbox export file a supervisor
 * saved from a tablet that could not sync, with the rules of POST /api/sync: what is already
 * stored is not stored again, a conflicting record is logged and not stored, a bad one is reported.
 * Importing a file twice is harmless.
 */
import { readFileSync } from 'node:fs';
import { importOutboxExport, OutboxImportError } from '$lib/server/sync';
import { bangkokTime, runWithStore, UsageError } from './cli-store';

const files = process.argv.slice(2);

await runWithStore('sync:import', async (store, where) => {
	if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
		throw new UsageError('usage: npm run sync:import -- <outbox-export.json> [more.json …]');
	}
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
		}
		try {
			const report = await importOutboxExport(store, text);
			console.log(
				`${file}: device ${report.deviceId}, exported ${bangkokTime(report.exportedAt)}, into ${where}:\n` +
					`  ${report.stored} stored, ${report.duplicate} duplicate (already there), ${report.rejected} rejected`
			);
			for (const result of report.results) {
				if (result.status !== 'rejected') continue;
				console.log(
					`  rejected ${result.id ?? '(no id)'}: ${result.error.code}: ${result.error.message.en}`
				);
			}
		} catch (error) {
			if (!(error instanceof OutboxImportError)) throw error;
			console.error(`sync:import: ${file}: ${error.message} Nothing of it was imported.`);
			process.exitCode = 1;
		}
	}
});
