/**
 * `npm run device:code -- --office spp-demo [--minutes 30]`: prints a new one-time enrollment code
 * for a tablet of that office. Until accounts exist (issue 6), this is how an administrator lets a
 * tablet sync. Only a hash of the code is stored.
 */
import { parseArgs } from 'node:util';
import { defaultCodeValidityMinutes, issueEnrollmentCode } from '$lib/server/devices';
import { bangkokTime, runWithStore, UsageError } from './cli-store';

const usage = 'usage: npm run device:code -- --office <office-id> [--minutes <1-1440>]';

await runWithStore('device:code', async (store, where) => {
	let values: { office?: string; minutes?: string };
	try {
		({ values } = parseArgs({
			options: { office: { type: 'string' }, minutes: { type: 'string' } },
			strict: true
		}));
	} catch (error) {
		throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	}
	const minutes = Number(values.minutes ?? defaultCodeValidityMinutes);
	if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
		throw new UsageError(`--minutes must be a whole number from 1 to 1440.\n${usage}`);
	}

	const offices = await store.offices.list();
	// With one office there is nothing to choose.
	const officeId = values.office ?? (offices.length === 1 ? offices[0]!.id : undefined);
	const office = offices.find((o) => o.id === officeId);
	if (office === undefined) {
		const known = offices.map((o) => `${o.id} (${o.name.th})`).join(', ') || 'none yet';
		throw new UsageError(
			`${officeId === undefined ? 'Say which office' : `No office ${officeId}`} in ${where}. Offices: ${known}.\n${usage}`
		);
	}

	const issued = await issueEnrollmentCode(store, office.id, { validMinutes: minutes });
	console.log(`Enrollment code for ${office.name.th} (${office.id}):

    ${issued.code}

Valid until ${bangkokTime(issued.expiresAt)}, for one tablet. Enter it on the tablet
when it asks to be enrolled, while it is online. Store: ${where}.`);
});
