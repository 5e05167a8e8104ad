import type { z } from 'zod';
import type { EnrolledDevice, Store } from '$lib/server/store';
import type { EnrollmentRequest, EnrollmentResponse } from '$lib/sync/protocol';
import { recordAudit } from '../auth/audit';
import type { Principal } from '../auth/policy';
import { DeviceError } from './device-error';
import {
	bearerToken,
	hashDeviceToken,
	hashEnrollmentCode,
	newDeviceToken,
	newEnrollmentCode,
	normalizeEnrollmentCode,
	sameSecret
} from './secrets';

export const defaultCodeValidityMinutes = 30;

/**
 * `RUAMJAI_DEMO_ENROLLMENT_CODE`, for demos and end-to-end tests only: a code that any number of
 * tablets may use, for the first office. Unset (the default), there is none.
 */
export function demoEnrollmentCodeFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
	const code = env.RUAMJAI_DEMO_ENROLLMENT_CODE?.trim();
	return code ? code : null;
}

export interface IssuedCode {
	code: string;
	officeId: string;
	expiresAt: string;
}

/** A new one-time enrollment code for an office; only its hash is stored. */
export async function issueEnrollmentCode(
	store: Store,
	officeId: string,
	options: { now?: Date; validMinutes?: number; actor?: Principal | null } = {}
): Promise<IssuedCode> {
	const now = options.now ?? new Date();
	const validMinutes = options.validMinutes ?? defaultCodeValidityMinutes;
	const expiresAt = new Date(now.getTime() + validMinutes * 60_000);
	// A clash with an old code's hash is possible (40 bits), just very rare: draw again.
	for (let attempt = 0; attempt < 5; attempt++) {
		const code = newEnrollmentCode();
		const issued = await store.devices.issueCode({
			codeHash: hashEnrollmentCode(code),
			officeId,
			createdAt: now,
			expiresAt
		});
		if (issued) {
			await recordAudit(
				store,
				{
					officeId,
					actor: options.actor ?? null,
					action: 'device-code-issued',
					detail: { expiresAt: expiresAt.toISOString() }
				},
				now
			);
			return { code, officeId, expiresAt: expiresAt.toISOString() };
		}
	}
	throw new Error('Could not draw an unused enrollment code in 5 attempts.');
}

export interface EnrollOptions {
	now?: Date;
	/** The demo code, when the server runs with one (`demoEnrollmentCodeFromEnv`). */
	demoCode?: string | null;
}

/**
 * Trades an enrollment code for a device token. Throws DeviceError('enrollment-code-invalid' or
 * 'enrollment-code-expired').
 */
export async function enrollDevice(
	store: Store,
	request: z.output<typeof EnrollmentRequest>,
	options: EnrollOptions = {}
): Promise<EnrollmentResponse> {
	const { code, deviceId, name } = request;
	const now = options.now ?? new Date();
	const token = newDeviceToken();
	const device = { id: deviceId, name, tokenHash: hashDeviceToken(token) };

	let via: { codeHash: string } | { officeId: string };
	const { demoCode } = options;
	if (demoCode && sameSecret(normalizeEnrollmentCode(code), normalizeEnrollmentCode(demoCode))) {
		const [first] = await store.offices.list();
		if (first === undefined) throw new DeviceError('enrollment-code-invalid', 'no office yet');
		console.warn(
			`ruamjai: device ${deviceId} enrolled in ${first.id} with the demo code (RUAMJAI_DEMO_ENROLLMENT_CODE); unset it outside demos and tests`
		);
		via = { officeId: first.id };
	} else {
		via = { codeHash: hashEnrollmentCode(code) };
	}

	const outcome = await store.devices.enroll({ device, via, now });
	if (!outcome.ok) {
		throw new DeviceError(
			outcome.reason === 'code-expired' ? 'enrollment-code-expired' : 'enrollment-code-invalid'
		);
	}
	await recordAudit(
		store,
		{
			officeId: outcome.device.officeId,
			actor: null,
			action: 'device-enrolled',
			subject: outcome.device.id,
			detail: { name, demoCode: 'officeId' in via }
		},
		now
	);
	return {
		deviceId: outcome.device.id,
		officeId: outcome.device.officeId,
		token,
		enrolledAt: outcome.device.enrolledAt
	};
}

/**
 * Stops a device from syncing; it keeps its records until it is enrolled again. Null for an
 * unknown device.
 */
export async function revokeDevice(
	store: Store,
	deviceId: string,
	actor: Principal | null,
	now: Date = new Date()
): Promise<EnrolledDevice | null> {
	const device = await store.devices.revoke(deviceId, now);
	if (device !== null) {
		await recordAudit(
			store,
			{ officeId: device.officeId, actor, action: 'device-revoked', subject: device.id },
			now
		);
	}
	return device;
}

/**
 * The enrolled, unrevoked device of an `Authorization: Bearer` header, noting that it was seen.
 * Throws DeviceError('device-not-enrolled') for a missing, unknown or revoked token.
 */
export async function authenticateDevice(
	store: Store,
	authorization: string | null,
	now: Date = new Date()
): Promise<EnrolledDevice> {
	const token = bearerToken(authorization);
	if (token === null) throw new DeviceError('device-not-enrolled', 'no bearer token');
	const device = await store.devices.authenticate(hashDeviceToken(token), now);
	if (device === null) throw new DeviceError('device-not-enrolled', 'unknown or revoked token');
	return device;
}
