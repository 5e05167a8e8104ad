import { ApiError } from '$lib/api/contract';
import {
	DeviceSupervisorResponse,
	DeviceSupervisorsResponse,
	type DeviceSupervisor,
	type DeviceSupervisorRequest
} from '$lib/api/device-supervisor-contract';
import type { BilingualMessage } from '$lib/domain';
import { exchange, parseReply, type FetchJsonOptions, type Reply } from '$lib/sync/fetch-json';
import { SyncError } from '$lib/sync/sync-error';
import type { DeviceStore, TabletSupervisor } from './repos';

export const supervisorsUrl = '/api/devices/supervisors';

/** The server would not confirm the supervisor; `userMessage` is its own words, in both languages. */
export class SupervisorSignInError extends Error {
	constructor(
		/** The API's error code, e.g. `sign-in-invalid`, `not-a-supervisor`, `sign-in-throttled`. */
		readonly reason: string,
		readonly userMessage: BilingualMessage
	) {
		super(userMessage.en);
		this.name = 'SupervisorSignInError';
	}
}

/**
 * Asks the server, once and online, whether a name and password are those of a supervisor who may
 * collect on this tablet (its device token goes along). Stores nothing: the caller keeps the answer
 * with the supervisor's PIN (`supervisors.add`). A refused token makes the device ask to be
 * enrolled again, as a refused sync does.
 *
 * Throws SyncError('not-enrolled') without a token, SupervisorSignInError for a refusal, and
 * SyncError for a network failure or an unreadable answer.
 */
export async function confirmSupervisor(
	device: DeviceStore,
	credentials: DeviceSupervisorRequest,
	options: FetchJsonOptions = {}
): Promise<DeviceSupervisor> {
	const token = await device.settings.deviceToken();
	if (token === undefined) throw new SyncError('not-enrolled');
	const reply = await exchange(
		supervisorsUrl,
		{
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
			body: JSON.stringify(credentials)
		},
		options
	);
	if (reply.status >= 200 && reply.status <= 299) {
		return parseReply(reply, DeviceSupervisorResponse).user;
	}
	const refusal = await refusalOf(device, token, reply);
	if (refusal && reply.status >= 400 && reply.status < 500) {
		throw new SupervisorSignInError(refusal.code, refusal.message);
	}
	throw new SyncError('server', `HTTP ${reply.status}`);
}

/**
 * Asks the server, online, who may still collect on this tablet, and takes off the tablet every
 * supervisor it no longer lists (disabled, or no longer a supervisor), except one whose session is
 * open (`supervisors.keepOnly`). Resolves with who was taken off; nothing without a device token.
 *
 * Throws SyncError for a network failure, a refused token (forgotten, as a refused sync does), a
 * server error or an unreadable answer: the tablet's supervisors then stay as they were.
 */
export async function refreshSupervisors(
	device: DeviceStore,
	options: FetchJsonOptions = {}
): Promise<TabletSupervisor[]> {
	const token = await device.settings.deviceToken();
	if (token === undefined) return [];
	const reply = await exchange(
		supervisorsUrl,
		{ headers: { authorization: `Bearer ${token}` } },
		options
	);
	if (reply.status < 200 || reply.status > 299) {
		await refusalOf(device, token, reply);
		throw new SyncError('server', `${supervisorsUrl}: HTTP ${reply.status}`);
	}
	const { supervisors } = parseReply(reply, DeviceSupervisorsResponse);
	return device.supervisors.keepOnly(supervisors);
}

/**
 * The refusal in a reply that is not a success. A refused token makes the device ask to be
 * enrolled again: it is forgotten and SyncError('unauthorized') thrown.
 */
async function refusalOf(
	device: DeviceStore,
	token: string,
	reply: Reply
): Promise<ApiError['error'] | undefined> {
	const refusal = apiErrorOf(reply.text);
	if (reply.status === 401 && refusal?.code === 'device-not-enrolled') {
		await device.settings.forgetDeviceToken(token);
		throw new SyncError('unauthorized');
	}
	return refusal;
}

function apiErrorOf(text: string): ApiError['error'] | undefined {
	try {
		const parsed = ApiError.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data.error : undefined;
	} catch {
		return undefined;
	}
}
