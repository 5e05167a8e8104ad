import type { APIRequestContext } from '@playwright/test';

/**
 * The enrollment code the end-to-end server accepts for any number of tablets (it runs with
 * `RUAMJAI_DEMO_ENROLLMENT_CODE`, see playwright.config.ts). Only for tests and demos.
 */
export const e2eEnrollmentCode = 'E2E-TABLET';

/** Enrolls a new tablet with the test code and returns its id and token. */
export async function enrollTestTablet(
	request: APIRequestContext,
	name = 'แท็บเล็ตทดสอบ'
): Promise<{ deviceId: string; token: string; officeId: string }> {
	const deviceId = crypto.randomUUID();
	const response = await request.post('/api/devices/enroll', {
		data: { code: e2eEnrollmentCode, deviceId, name }
	});
	if (response.status() !== 200) {
		throw new Error(`enrollment failed: HTTP ${response.status()} ${await response.text()}`);
	}
	const { token, officeId } = (await response.json()) as { token: string; officeId: string };
	return { deviceId, token, officeId };
}
