import { error, fail } from '@sveltejs/kit';
import { FEEDBACK_REPLY_MAX, FeedbackStatus, isClosed } from '$lib/domain';
import { AccessDeniedError } from '$lib/server/auth/policy';
import {
	assignFeedback,
	openFeedbackItem,
	triageFeedback,
	TriageError
} from '$lib/server/feedback/feedback-triage';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

// The same words for an item that does not exist and one the user may not see (a group leader
// and a misconduct complaint): the answer must not tell them apart.
const notFoundText = 'ไม่พบเรื่องนี้ในกล่องเรื่องของท่าน — There is no such item in your inbox.';

export const load: PageServerLoad = async ({ params, locals }) => {
	const user = locals.user!;
	const store = await getStore();
	const view = await openFeedbackItem(store, user, params.feedbackId, new Date());
	if (view === null) error(404, notFoundText);
	const [groups, schools] = await Promise.all([
		store.groups.list(user.officeId),
		store.schools.list(user.officeId)
	]);
	return {
		view,
		groups: groups.map((g) => ({ id: g.id, name: g.name, shortName: g.shortName })),
		schools: schools.map((s) => ({ id: s.id, name: s.name })),
		replyMax: FEEDBACK_REPLY_MAX
	};
};

/** Runs one change; a refusal comes back as the form's message, an unseen item as a 404. */
async function attempt(action: 'triage' | 'assign', work: () => Promise<void>) {
	try {
		await work();
		return { action, done: true as const };
	} catch (cause) {
		if (cause instanceof TriageError && cause.code === 'not-found') error(404, notFoundText);
		if (cause instanceof TriageError) {
			return fail(cause.code === 'transition' ? 409 : 400, { action, message: cause.text });
		}
		if (cause instanceof AccessDeniedError) return fail(403, { action, message: cause.text });
		throw cause;
	}
}

export const actions: Actions = {
	triage: async ({ request, params, locals }) => {
		const form = await request.formData();
		const chosen = FeedbackStatus.safeParse(form.get('status'));
		const step = {
			status: chosen.success ? chosen.data : null,
			text: String(form.get('text') ?? ''),
			visibility: form.get('visibility') === 'internal' ? 'internal' : 'public'
		};
		// Closing is asked twice. Without JavaScript there is no dialog: the page asks again.
		if (step.status !== null && isClosed(step.status) && form.get('confirmed') !== 'yes') {
			return fail(400, { action: 'triage' as const, confirm: true as const, typed: step });
		}
		const store = await getStore();
		return attempt('triage', () => triageFeedback(store, locals.user!, params.feedbackId, step));
	},

	assign: async ({ request, params, locals }) => {
		const form = await request.formData();
		const store = await getStore();
		return attempt('assign', () =>
			assignFeedback(store, locals.user!, params.feedbackId, form.get('groupId'))
		);
	}
};
