import { error, fail, type RequestEvent } from '@sveltejs/kit';
import type { FeedbackTrack } from '$lib/domain';
import { getStore } from '../store';
import { HONEYPOT_FIELD, submissionFromForm, submitPublicFeedback } from './public-feedback';

/*
 * What the general page and the misconduct page share (issue 7): the office and its schools,
 * the school the page was opened for (`?school=`, from a school's poster), and the submission
 * with its honeypot and rate limit.
 */

export async function loadPublicFeedbackPage(officeId: string, url: URL) {
	const store = await getStore();
	const office = (await store.offices.list()).find((o) => o.id === officeId);
	if (office === undefined) error(404, 'No such office');
	const schools = (await store.schools.list(office.id)).map((s) => ({ id: s.id, name: s.name }));
	// An unknown school in the address is ignored: the page still works, for the whole office.
	const school = schools.find((s) => s.id === url.searchParams.get('school')) ?? null;
	return {
		office: { id: office.id, name: office.name },
		schools,
		school,
		honeypotField: HONEYPOT_FIELD
	};
}

export async function submitPublicFeedbackForm(
	{ request, params, getClientAddress }: RequestEvent<{ officeId: string }>,
	track: FeedbackTrack
) {
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
		now: new Date(),
		track
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
	if (outcome.kind === 'rate-limited') {
		return fail(429, { problem: 'rate-limited' as const, fields: [] as string[], typed });
	}
	return fail(400, { problem: 'invalid' as const, fields: [...outcome.fields], typed });
}
