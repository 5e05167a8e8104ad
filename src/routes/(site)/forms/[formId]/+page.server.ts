import { error, fail, redirect } from '@sveltejs/kit';
import type { ValidationIssue } from '$lib/domain';
import { AccessDeniedError } from '$lib/server/auth/policy';
import {
	discardDraft,
	FormNotFoundError,
	loadFormForEditing,
	publishDraft,
	saveDraft
} from '$lib/server/forms/form-drafts';
import { groupNames } from '$lib/server/forms/form-owners';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

/** Turns the service's refusals into the page's 404 and 403. */
async function orHttpError<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (cause) {
		if (cause instanceof FormNotFoundError) error(404, `${cause.text.th} — ${cause.text.en}`);
		if (cause instanceof AccessDeniedError) error(403, `${cause.text.th} — ${cause.text.en}`);
		throw cause;
	}
}

const notJson: ValidationIssue = {
	path: '',
	code: 'invalid_json',
	message: { th: 'ข้อมูลแบบฟอร์มที่ส่งมาอ่านไม่ได้', en: 'The posted form could not be read' }
};

function postedDefinition(value: FormDataEntryValue | null): unknown {
	if (typeof value !== 'string') return undefined;
	try {
		return JSON.parse(value) as unknown;
	} catch {
		return null;
	}
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const store = await getStore();
	const user = locals.user!;
	const editing = await orHttpError(() => loadFormForEditing(store, user, params.formId));
	const groups = await groupNames(store, user.officeId);
	return {
		editing,
		owner: editing.form.groupId === null ? null : (groups[editing.form.groupId] ?? null)
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const definition = postedDefinition((await request.formData()).get('definition'));
		if (definition === null || definition === undefined) return fail(400, { issues: [notJson] });
		const store = await getStore();
		const saved = await orHttpError(() =>
			saveDraft(store, locals.user!, params.formId, definition)
		);
		if (!saved.ok) return fail(400, { issues: saved.issues });
		return { saved: saved.form };
	},

	/** Saves what the editor holds, then publishes it: the author sees what they publish. */
	publish: async ({ request, params, locals }) => {
		const posted = await request.formData();
		if (posted.get('confirmed') !== 'yes') return { confirmPublish: true as const };
		const store = await getStore();
		const user = locals.user!;
		const definition = postedDefinition(posted.get('definition'));
		if (definition === null) return fail(400, { issues: [notJson] });
		if (definition !== undefined) {
			const saved = await orHttpError(() => saveDraft(store, user, params.formId, definition));
			if (!saved.ok) return fail(400, { issues: saved.issues });
		}
		const published = await orHttpError(() => publishDraft(store, user, params.formId));
		if (!published.ok) return fail(409, { noDraft: true as const });
		return { published: published.form.version, saved: published.form };
	},

	discard: async ({ request, params, locals }) => {
		const posted = await request.formData();
		if (posted.get('confirmed') !== 'yes') return { confirmDiscard: true as const };
		const store = await getStore();
		const user = locals.user!;
		await orHttpError(() => discardDraft(store, user, params.formId));
		// A form that was never published has nothing left once its draft goes.
		const rest = await store.forms.versionsOfForm(params.formId);
		if (rest.length === 0) redirect(303, '/forms');
		return { discarded: true as const };
	}
};
