import { error, fail } from '@sveltejs/kit';
import {
	HONEYPOT_FIELD,
	submissionFromForm,
	submitPublicFeedback
} from '$lib/server/feedback/public-feedback';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const store = await getStore();
	const office = (await store.offices.list()).find((o) => o.id === params.officeId);
	if (office === undefined) error(404, 'No such office');
	const schools = await store.schools.list(office.id);
	return {
		office: { id: office.id, name: office.name },
		schools: schools.map((s) => ({ id: s.id, name: s.name })),
		honeypotField: HONEYPOT_FIELD
	};
};

export const actions: Actions = {
	default: async ({ request, params, getClientAddress }) => {
		const form = await request.formData();
		const store = await getStore();
		if (!(await store.offices.list()).some((o) => o.id === params.officeId)) {
			error(404, 'No such office');
		}
		const honeypot = form.get(HONEYPOT_FIELD);
		const outcome = await submitPublicFeedback(store, {
			officeId: params.officeId,
			input: submissionFromForm(form),
			honeypot: typeof honeypot === 'string' ? honeypot : null,
			clientAddress: getClientAddress(),
			now: new Date()
		});
		if (outcome.kind === 'stored') return { trackingCode: outcome.trackingCode };
		// Send back what was typed so that nothing is lost; never the honeypot.
		const typed = {
			kind: String(form.get('kind') ?? ''),
			subject: String(form.get('subject') ?? ''),
			body: String(form.get('body') ?? ''),
			schoolId: String(form.get('schoolId') ?? ''),
			anonymous: form.get('anonymous') !== 'no',
			name: String(form.get('name') ?? ''),
			phone: String(form.get('phone') ?? ''),
			email: String(form.get('email') ?? ''),
			consent: form.get('consent') === 'yes'
		};
		if (outcome.kind === 'rate-limited')
			return fail(429, { problem: 'rate-limited', fields: [], typed });
		return fail(400, { problem: 'invalid', fields: outcome.fields, typed });
	}
};
