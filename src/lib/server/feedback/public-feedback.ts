import { randomInt } from 'node:crypto';
import {
	FeedbackFollowUp,
	type FeedbackTrack,
	newTrackingCode,
	normalizeTrackingCode,
	PublicFeedbackSubmission,
	type FeedbackStatusLookup
} from '$lib/domain';
import type { Store } from '../store/types';

/*
 * The public feedback page's server side (issue 7): no account, so the defences are a honeypot,
 * a rate limit per client address and size caps (the zod schemas). No captcha: it would need a
 * service on the internet.
 */

/** Submissions and follow-ups per client address and window. */
export const SUBMIT_LIMIT = 10;
/** Code look-ups per client address and window: enough for a person, too few to guess codes. */
export const LOOKUP_LIMIT = 30;
export const RATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * A field hidden from people (off screen, out of the tab order, autocomplete off) that form-filling
 * bots fill in. Its name looks like a real field on purpose.
 */
export const HONEYPOT_FIELD = 'website';

let honeypotHits = 0;
/** Honeypot submissions since the server started (logged, for the administrator). */
export function honeypotCount(): number {
	return honeypotHits;
}

export type SubmitOutcome =
	| { kind: 'stored'; trackingCode: string }
	/** The paths of the fields to correct. */
	| { kind: 'invalid'; fields: readonly string[] }
	| { kind: 'rate-limited' };

const text = (form: FormData, name: string): string | undefined => {
	const value = form.get(name);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
};

/** The page's form fields as the shape `PublicFeedbackSubmission` validates. */
export function submissionFromForm(form: FormData): unknown {
	const anonymous = form.get('anonymous') !== 'no';
	const contact = {
		...(text(form, 'name') ? { name: text(form, 'name') } : {}),
		...(text(form, 'phone') ? { phone: text(form, 'phone') } : {}),
		...(text(form, 'email') ? { email: text(form, 'email') } : {})
	};
	return {
		kind: text(form, 'kind'),
		subject: text(form, 'subject'),
		body: form.get('body') ?? '',
		schoolId: text(form, 'schoolId') ?? null,
		groupId: text(form, 'groupId') ?? null,
		anonymous,
		// Details typed before choosing "anonymous" are dropped, not kept (PDPA).
		contact: anonymous ? null : contact,
		consent: form.get('consent') === 'yes'
	};
}

const fieldsOf = (paths: readonly string[]) => [...new Set(paths.map((p) => p.split('.')[0]!))];

/**
 * Stores one submission. A filled honeypot is answered like success, with a code that was never
 * stored, so a bot learns nothing; only a count is kept.
 */
export async function submitPublicFeedback(
	store: Store,
	request: {
		officeId: string;
		input: unknown;
		honeypot: string | null;
		clientAddress: string;
		now: Date;
		/** The misconduct page's items go on their own track (default: general). */
		track?: FeedbackTrack;
	}
): Promise<SubmitOutcome> {
	if (request.honeypot !== null && request.honeypot.trim() !== '') {
		honeypotHits++;
		if (honeypotHits === 1 || honeypotHits % 100 === 0) {
			console.warn(`ruamjai: feedback: honeypot filled, ${honeypotHits} since start; not stored`);
		}
		return { kind: 'stored', trackingCode: newTrackingCode((n) => randomInt(n)) };
	}
	const allowed = await store.feedback.takeRateToken(
		`feedback:${request.clientAddress}`,
		SUBMIT_LIMIT,
		RATE_WINDOW_MS,
		request.now
	);
	if (!allowed) return { kind: 'rate-limited' };
	const track = request.track ?? 'general';
	// The misconduct track takes complaints only, and no group: a group's leader must not get it.
	const input =
		track === 'misconduct' && typeof request.input === 'object' && request.input !== null
			? { ...request.input, kind: 'complaint', groupId: null }
			: request.input;
	const parsed = PublicFeedbackSubmission.safeParse(input);
	if (!parsed.success)
		return {
			kind: 'invalid',
			fields: fieldsOf(parsed.error.issues.map((i) => i.path.map(String).join('.')))
		};
	const created = await store.feedback.createPublic(
		request.officeId,
		parsed.data,
		request.now,
		track
	);
	if (!created.ok) return { kind: 'invalid', fields: fieldsOf(created.issues.map((i) => i.path)) };
	return { kind: 'stored', trackingCode: created.trackingCode };
}

export type LookupOutcome =
	| { kind: 'found'; item: FeedbackStatusLookup }
	| { kind: 'not-found' | 'malformed' | 'rate-limited' };

export async function lookUpFeedback(
	store: Store,
	request: { typedCode: string; clientAddress: string; now: Date }
): Promise<LookupOutcome> {
	const code = normalizeTrackingCode(request.typedCode);
	if (code === null) return { kind: 'malformed' };
	const allowed = await store.feedback.takeRateToken(
		`feedback-lookup:${request.clientAddress}`,
		LOOKUP_LIMIT,
		RATE_WINDOW_MS,
		request.now
	);
	if (!allowed) return { kind: 'rate-limited' };
	const item = await store.feedback.findByTrackingCode(code, request.now);
	return item === null ? { kind: 'not-found' } : { kind: 'found', item };
}

export type FollowUpOutcome = { kind: 'added' } | LookupOutcome | { kind: 'invalid' };

/**
 * The submitter's follow-up, sent with the code: stored as a reply with no author and public,
 * so that whoever holds the code sees the whole exchange (it reveals no more than the item's
 * own body, which the code shows anyway).
 */
export async function addFollowUp(
	store: Store,
	request: { typedCode: string; text: unknown; clientAddress: string; now: Date }
): Promise<FollowUpOutcome> {
	const code = normalizeTrackingCode(request.typedCode);
	if (code === null) return { kind: 'malformed' };
	const parsed = FeedbackFollowUp.safeParse({ text: request.text });
	if (!parsed.success) return { kind: 'invalid' };
	const allowed = await store.feedback.takeRateToken(
		`feedback:${request.clientAddress}`,
		SUBMIT_LIMIT,
		RATE_WINDOW_MS,
		request.now
	);
	if (!allowed) return { kind: 'rate-limited' };
	const id = await store.feedback.idOfTrackingCode(code);
	if (id === null) return { kind: 'not-found' };
	await store.feedback.addReply({
		feedbackId: id,
		authorId: null,
		text: parsed.data.text,
		at: request.now,
		public: true
	});
	return { kind: 'added' };
}
