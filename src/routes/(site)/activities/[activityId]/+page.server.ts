import { error } from '@sveltejs/kit';
import {
	ActivityError,
	inviteRepresentatives,
	openActivity,
	publishActivity,
	recordOutcome,
	uninviteRepresentative,
	updateActivityDetails,
	withdrawActivity
} from '$lib/server/activities/activities';
import {
	activityDraftInput,
	activityOutcomeInput,
	attempt
} from '$lib/server/activities/form-input';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const user = locals.user!;
	const store = await getStore();
	try {
		const view = await openActivity(store, user, params.activityId);
		const [schools, forms] = view.mayManage
			? await Promise.all([
					store.schools.list(user.officeId),
					store.forms.listPublished(user.officeId)
				])
			: [[], []];
		return {
			...view,
			schools: schools.map((s) => ({ id: s.id, name: s.name })),
			forms: forms.map((f) => ({ id: f.id, title: f.title }))
		};
	} catch (cause) {
		if (cause instanceof ActivityError) error(404, `${cause.text.th} — ${cause.text.en}`);
		throw cause;
	}
};

const user = (locals: App.Locals) => locals.user!;

export const actions: Actions = {
	details: async ({ request, params, locals }) => {
		const input = activityDraftInput(await request.formData());
		const store = await getStore();
		return attempt(
			'details',
			async () => void (await updateActivityDetails(store, user(locals), params.activityId, input)),
			input
		);
	},

	outcome: async ({ request, params, locals }) => {
		const input = activityOutcomeInput(await request.formData());
		const store = await getStore();
		return attempt(
			'outcome',
			async () => void (await recordOutcome(store, user(locals), params.activityId, input)),
			input
		);
	},

	invite: async ({ request, params, locals }) => {
		const form = await request.formData();
		const ids = form.getAll('representativeId').map(String).filter(Boolean);
		const store = await getStore();
		return attempt('invite', () =>
			inviteRepresentatives(store, user(locals), params.activityId, ids)
		);
	},

	uninvite: async ({ request, params, locals }) => {
		const form = await request.formData();
		const store = await getStore();
		return attempt('uninvite', () =>
			uninviteRepresentative(
				store,
				user(locals),
				params.activityId,
				String(form.get('representativeId') ?? '')
			)
		);
	},

	// Without JavaScript there is no dialog: the page asks again, with a second button.
	publish: async ({ request, params, locals }) => {
		const form = await request.formData();
		if (form.get('confirmed') !== 'yes') return { action: 'publish', confirm: true as const };
		const store = await getStore();
		return attempt(
			'publish',
			async () => void (await publishActivity(store, user(locals), params.activityId))
		);
	},

	withdraw: async ({ request, params, locals }) => {
		const form = await request.formData();
		if (form.get('confirmed') !== 'yes') return { action: 'withdraw', confirm: true as const };
		const store = await getStore();
		return attempt(
			'withdraw',
			async () => void (await withdrawActivity(store, user(locals), params.activityId))
		);
	}
};
