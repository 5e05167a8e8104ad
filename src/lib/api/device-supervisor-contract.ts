import { z } from 'zod';
import { OfficeId } from '$lib/domain';

/**
 * `POST /api/devices/supervisors`: a supervisor's name and password, typed on an enrolled tablet
 * (whose device token goes in the Authorization header). No web session is opened.
 */
export const DeviceSupervisorRequest = z.object({
	username: z.string().max(200),
	password: z.string().max(200)
});
export type DeviceSupervisorRequest = z.infer<typeof DeviceSupervisorRequest>;

/** What the tablet keeps of the supervisor: who they are, never their password. */
export const DeviceSupervisor = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	username: z.string(),
	displayName: z.string()
});
export type DeviceSupervisor = z.infer<typeof DeviceSupervisor>;

export const DeviceSupervisorResponse = z.object({ user: DeviceSupervisor });
export type DeviceSupervisorResponse = z.infer<typeof DeviceSupervisorResponse>;

/**
 * `GET /api/devices/supervisors`: who may still collect on the tablet (its office's supervisors
 * whose accounts are not disabled). The tablet drops any supervisor it holds who is not listed.
 */
export const DeviceSupervisorsResponse = z.object({ supervisors: z.array(DeviceSupervisor) });
export type DeviceSupervisorsResponse = z.infer<typeof DeviceSupervisorsResponse>;
