import { fail } from '@sveltejs/kit';
import { getStore } from '$lib/server/store';
import {
	createSurveyLink,
	revokeSurveyLink,
	surveyLinksView
} from '$lib/server/survey-links/survey-links';
import { surveyAddress } from '$lib/server/survey-links/survey-address';
import type { Actions, PageServerLoad } from './$types';

// Group leaders (their groups) and admins (the office): route-access.ts, then policy per group.
export const load: PageServerLoad = async ({ locals, url }) => {
	const view = await surveyLinksView(await getStore(), locals.user!);
	return {
		...view,
		links: view.links.map((link) => ({
			id: link.id,
			code: link.code,
			groupId: link.groupId,
			formId: link.formId,
			schoolId: link.schoolId,
			allowMultiple: link.allowMultiple,
			createdAt: link.createdAt.toISOString(),
			revokedAt: link.revokedAt?.toISOString() ?? null,
			responses: link.responses,
			address: surveyAddress(url, link.code)
		}))
	};
};

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const form = await request.formData();
		const created = await createSurveyLink(await getStore(), locals.user!, {
			groupId: text(form, 'groupId'),
			formId: text(form, 'formId'),
			schoolId: text(form, 'schoolId'),
			activityId: text(form, 'activityId'),
			allowMultiple: form.get('allowMultiple') === 'yes'
		});
		if (!created.ok)
			return fail(created.reason === 'not-allowed' ? 403 : 400, { error: created.reason });
		return { created: { code: created.link.code, address: surveyAddress(url, created.link.code) } };
	},

	revoke: async ({ request, locals }) => {
		const form = await request.formData();
		const linkId = String(form.get('linkId') ?? '');
		// Without JavaScript there is no dialog: the page asks again, with a second button.
		if (form.get('confirmed') !== 'yes') return { confirmRevoke: linkId };
		const revoked = await revokeSurveyLink(await getStore(), locals.user!, linkId);
		if (revoked === null) return fail(404, { notFound: true as const });
		return { revoked: { code: revoked.code } };
	}
};
