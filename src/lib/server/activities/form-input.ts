import { error, fail } from '@sveltejs/kit';
import { AccessDeniedError } from '../auth/policy';
import { ActivityError } from './activities';

/*
 * What the activity and representative forms post, read into the shapes the domain parses: an
 * empty choice is null, numbers are numbers. Validation itself is the domain's (activities.ts).
 */

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const orNull = (value: string) => (value === '' ? null : value);

export function activityDraftInput(form: FormData) {
	const planned = text(form, 'plannedParticipants');
	return {
		kind: text(form, 'kind'),
		topic: text(form, 'topic'),
		heldOn: text(form, 'heldOn'),
		schoolId: orNull(text(form, 'schoolId')),
		placeNote: text(form, 'placeNote'),
		groupId: text(form, 'groupId'),
		plannedParticipants: planned === '' ? 0 : Number(planned),
		evaluationFormId: orNull(text(form, 'evaluationFormId'))
	};
}

export function activityOutcomeInput(form: FormData) {
	return {
		status: text(form, 'status'),
		results: String(form.get('results') ?? ''),
		actionsTaken: String(form.get('actionsTaken') ?? '')
	};
}

export function representativeInput(form: FormData) {
	return {
		id: text(form, 'id'),
		groupId: text(form, 'groupId'),
		name: text(form, 'name'),
		organisation: text(form, 'organisation'),
		respondentType: text(form, 'respondentType'),
		termStart: text(form, 'termStart'),
		termEnd: orNull(text(form, 'termEnd'))
	};
}

/**
 * Runs one change of a form action: a refusal comes back as the form's message (with what was
 * typed, so nothing is lost), an activity the user may not see as a 404.
 */
export async function attempt<A extends string, T extends object>(
	action: A,
	work: () => Promise<T | void>,
	typed?: Record<string, unknown>
) {
	try {
		const result = await work();
		return { action, done: true as const, ...(result ?? {}) };
	} catch (cause) {
		if (cause instanceof ActivityError && cause.code === 'not-found') {
			error(404, `${cause.text.th} — ${cause.text.en}`);
		}
		if (cause instanceof ActivityError) {
			return fail(400, { action, message: cause.text, typed });
		}
		if (cause instanceof AccessDeniedError)
			return fail(403, { action, message: cause.text, typed });
		throw cause;
	}
}
