/**
 * `npm run device:revoke -- <deviceId>` stops a tablet from syncing (it gets 401 and keeps its
 * records until it is enrolled again with a new code). `npm run device:revoke -- --list
 * [--office <id>]` lists the enrolled tablets.
 */
import { parseArgs } from 'node:util';
import type { EnrolledDevice } from '$lib/server/store';
import { revokeDevice } from '$lib/server/devices';
import { bangkokTime, runWithStore, UsageError } from './cli-store';

const usage =
	'usage: npm run device:revoke -- <device-id>\n       npm run device:revoke -- --list [--office <office-id>]';

function describeDevice(device: EnrolledDevice): string {
	const state = device.revokedAt === null ? 'active' : `revoked ${bangkokTime(device.revokedAt)}`;
	return [
		device.id,
		`  ${device.name} · office ${device.officeId} · ${state}`,
		`  enrolled ${bangkokTime(device.enrolledAt)} · last seen ${bangkokTime(device.lastSeenAt)}`
	].join('\n');
}

await runWithStore('device:revoke', async (store, where) => {
	let parsed;
	try {
		parsed = parseArgs({
			options: { list: { type: 'boolean' }, office: { type: 'string' } },
			allowPositionals: true,
			strict: true
		});
	} catch (error) {
		throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
	}
	const { values, positionals } = parsed;

	if (values.list) {
		const devices = await store.devices.list(values.office);
		if (devices.length === 0) console.log(`No enrolled devices in ${where}.`);
		for (const device of devices) console.log(describeDevice(device));
		return;
	}

	const [deviceId, ...extra] = positionals;
	if (deviceId === undefined || extra.length > 0) throw new UsageError(usage);
	if (!/^[0-9a-f-]{36}$/i.test(deviceId)) {
		throw new UsageError(`"${deviceId}" is not a device id (a UUID; see --list).\n${usage}`);
	}
	const device = await revokeDevice(store, deviceId.toLowerCase(), null);
	if (device === null) throw new UsageError(`No device ${deviceId} in ${where} (see --list).`);
	console.log(
		`Revoked: it can no longer sync, and keeps its records until enrolled again.\n${describeDevice(device)}`
	);
});
