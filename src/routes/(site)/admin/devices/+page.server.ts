import { fail } from '@sveltejs/kit';
import { officeDevices, revokeOfficeDevice } from '$lib/server/admin/admin-devices';
import { issueEnrollmentCode } from '$lib/server/devices';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

// Only admins get here (hooks.server.ts, route-access.ts); only their own office's tablets.
export const load: PageServerLoad = async ({ locals }) => ({
	devices: await officeDevices(await getStore(), locals.user!.officeId)
});

export const actions: Actions = {
	// The code exists only in this answer: the store keeps its hash.
	issueCode: async ({ locals }) => {
		const admin = locals.user!;
		const issued = await issueEnrollmentCode(await getStore(), admin.officeId, { actor: admin });
		return { issued: { code: issued.code, expiresAt: issued.expiresAt } };
	},

	revoke: async ({ request, locals }) => {
		const form = await request.formData();
		const deviceId = String(form.get('deviceId') ?? '');
		// Without JavaScript there is no dialog: the page asks again, with a second button.
		if (form.get('confirmed') !== 'yes') {
			return fail(400, { confirmRevoke: deviceId });
		}
		const revoked = await revokeOfficeDevice(await getStore(), locals.user!, deviceId);
		if (revoked === null) return fail(404, { notFound: true as const });
		return { revoked: { id: revoked.id, name: revoked.name } };
	}
};
