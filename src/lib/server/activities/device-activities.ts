import { ActivitiesResponse, type DeviceActivity } from '$lib/api/activities-contract';
import { DeviceError } from '../devices/device-error';
import { authenticateDevice } from '../devices/enrollment';
import { apiError, respondCacheable } from '../http/respond';
import type { EnrolledDevice, Store } from '../store/types';

/** How far back and ahead a tablet holds activities: enough for a trip without a signal. */
export const deviceWindow = { daysBack: 30, daysAhead: 60 } as const;

const dayMs = 86_400_000;
const bangkokOffsetMs = 7 * 60 * 60 * 1000;

/** The Bangkok calendar day `days` days from `now`. */
function bangkokDay(now: Date, days: number): string {
	return new Date(now.getTime() + bangkokOffsetMs + days * dayMs).toISOString().slice(0, 10);
}

/** The activities of the device's office a tablet may open, with who was invited to each. */
export async function activitiesForDevice(
	store: Store,
	device: Pick<EnrolledDevice, 'officeId'>,
	now: Date
): Promise<ActivitiesResponse> {
	const from = bangkokDay(now, -deviceWindow.daysBack);
	const to = bangkokDay(now, deviceWindow.daysAhead);
	const list = await store.activities.list({ officeId: device.officeId, from, to });
	const invited = await store.activities.invited(list.map((a) => a.id));
	const activities = list.map((a): DeviceActivity => ({
		id: a.id,
		officeId: a.officeId,
		groupId: a.groupId,
		kind: a.kind,
		topic: a.topic,
		heldOn: a.heldOn,
		schoolId: a.schoolId,
		placeNote: a.placeNote,
		status: a.status,
		evaluationFormId: a.evaluationFormId,
		invited: (invited.get(a.id) ?? []).map((r) => ({
			representativeId: r.id,
			name: r.name,
			organisation: r.organisation,
			respondentType: r.respondentType
		}))
	}));
	return { from, to, activities };
}

/**
 * `GET /api/activities`: 401 unless the bearer token is an enrolled device's; otherwise its
 * office's activities, with an ETag (304 when the tablet's copy is current).
 */
export async function handleActivitiesRequest(
	store: Store,
	request: Request,
	now: Date = new Date()
): Promise<Response> {
	let device: EnrolledDevice;
	try {
		device = await authenticateDevice(store, request.headers.get('authorization'), now);
	} catch (error) {
		if (error instanceof DeviceError) return apiError(401, error.reason, error.userMessage);
		throw error;
	}
	return respondCacheable(
		request,
		ActivitiesResponse,
		await activitiesForDevice(store, device, now)
	);
}
