import { z } from 'zod';
import { FeedbackContact, FeedbackKind } from './feedback';
import { IsoDateTime } from './localized';

/*
 * The feedback channel's public side (issue 7): tracking codes, the status lifecycle, the
 * response deadline, and what the public may send and see.
 */

/** No 0/O, 1/I/L: a code read aloud over the phone or copied from paper cannot be misread. */
export const TRACKING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const TRACKING_CODE_LENGTH = 8;

/** `ABCD-EFGH`, the form it is stored and shown in. */
export const TrackingCode = z.string().regex(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
export type TrackingCode = z.infer<typeof TrackingCode>;

/**
 * A new code. `randomInt(n)` returns an integer in [0, n): `crypto.randomInt` on the server, a
 * fixed sequence in tests. 31^8 ≈ 8.5e11 codes, so guessing a valid one is impractical and a
 * clash (retried by the store) is rare.
 */
export function newTrackingCode(randomInt: (n: number) => number): TrackingCode {
	let raw = '';
	for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
		raw += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
	}
	return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/**
 * A code as typed: any case, spaces or dashes anywhere, and the look-alikes people write for
 * letters the alphabet leaves out (O→0 is not mapped back: neither is in the alphabet, so such a
 * code is simply not found). null when it cannot be a code.
 */
export function normalizeTrackingCode(typed: string): TrackingCode | null {
	const raw = typed.toUpperCase().replace(/[\s\-‐-―_.]/g, '');
	if (raw.length !== TRACKING_CODE_LENGTH) return null;
	const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
	return TrackingCode.safeParse(code).success ? code : null;
}

export const FeedbackStatus = z.enum([
	'received',
	'acknowledged',
	'in_progress',
	'resolved',
	'not_actionable'
]);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

/**
 * Forward only, except that a closed item can be reopened to in_progress (a reply turned out
 * wrong). Screening may close an item straight away as not actionable.
 */
const transitions: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
	received: ['acknowledged', 'in_progress', 'not_actionable'],
	acknowledged: ['in_progress', 'resolved', 'not_actionable'],
	in_progress: ['resolved', 'not_actionable'],
	resolved: ['in_progress'],
	not_actionable: ['in_progress']
};

export function canChangeStatus(from: FeedbackStatus, to: FeedbackStatus): boolean {
	return transitions[from].includes(to);
}

export function isClosed(status: FeedbackStatus): boolean {
	return status === 'resolved' || status === 'not_actionable';
}

/**
 * DOMAIN.md §6: "Tell the complainant what was done within 15 days", for every kind (an opinion
 * or a compliment gets an answer too). The rule says days, not working days, and the office
 * calendar of public holidays is not in the app, so: 15 calendar days, counted in Asia/Bangkok,
 * the day of submission being day 0; due by the end (23:59:59.999 Bangkok) of day 15.
 */
export const RESPONSE_DAYS = 15;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000; // Thailand has no daylight saving time.
const DAY_MS = 24 * 60 * 60 * 1000;

/** The last instant at which a response is on time. */
export function responseDeadline(submittedAt: Date): Date {
	const bangkokDayStart =
		Math.floor((submittedAt.getTime() + BANGKOK_OFFSET_MS) / DAY_MS) * DAY_MS - BANGKOK_OFFSET_MS;
	return new Date(bangkokDayStart + (RESPONSE_DAYS + 1) * DAY_MS - 1);
}

/** Overdue: still open after its deadline. A closed item is never overdue. */
export function isOverdue(
	item: { submittedAt: Date | string; status: FeedbackStatus },
	now: Date
): boolean {
	if (isClosed(item.status)) return false;
	return now.getTime() > responseDeadline(new Date(item.submittedAt)).getTime();
}

export const FEEDBACK_SUBJECT_MAX = 200;
export const FEEDBACK_BODY_MAX = 5000;
export const FEEDBACK_REPLY_MAX = 2000;

/** What the public page sends. The server adds id, office, channel, time and code. */
export const PublicFeedbackSubmission = z
	.object({
		kind: FeedbackKind,
		subject: z.string().trim().max(FEEDBACK_SUBJECT_MAX).optional(),
		body: z.string().trim().min(1).max(FEEDBACK_BODY_MAX),
		schoolId: z.uuid().nullable().default(null),
		groupId: z.uuid().nullable().default(null),
		anonymous: z.boolean(),
		contact: FeedbackContact.nullable().default(null),
		/** PDPA: contact details are kept only with this consent. */
		consent: z.boolean().default(false)
	})
	.refine((s) => s.anonymous || (s.contact !== null && Object.keys(s.contact).length > 0), {
		path: ['contact'],
		message: 'give a name, phone or e-mail, or send anonymously'
	})
	.refine((s) => s.anonymous || s.consent, {
		path: ['consent'],
		message: 'consent is needed to keep contact details'
	})
	.refine((s) => !s.anonymous || s.contact === null, {
		path: ['contact'],
		message: 'an anonymous item carries no contact details'
	});
export type PublicFeedbackSubmission = z.infer<typeof PublicFeedbackSubmission>;

export const FeedbackFollowUp = z.object({
	text: z.string().trim().min(1).max(FEEDBACK_REPLY_MAX)
});

export const PublicFeedbackReply = z.object({
	text: z.string(),
	at: IsoDateTime,
	/** 'office' for a staff reply, 'submitter' for a follow-up sent with the code. */
	from: z.enum(['office', 'submitter'])
});
export type PublicFeedbackReply = z.infer<typeof PublicFeedbackReply>;

/**
 * What anyone holding the code may see. Deliberately no contact details, no group, no id: the
 * code is a bearer credential that may be shared or guessed, so it reveals only the item itself.
 */
export const FeedbackStatusLookup = z.strictObject({
	trackingCode: TrackingCode,
	kind: FeedbackKind,
	subject: z.string().optional(),
	body: z.string(),
	anonymous: z.boolean(),
	status: FeedbackStatus,
	submittedAt: IsoDateTime,
	statusChangedAt: IsoDateTime,
	deadline: IsoDateTime,
	overdue: z.boolean(),
	replies: z.array(PublicFeedbackReply)
});
export type FeedbackStatusLookup = z.infer<typeof FeedbackStatusLookup>;

/** `POST /api/feedback`: the submission, the office it is for, and the honeypot field. */
export const PublicFeedbackRequest = z.object({
	officeId: z.string().min(1).max(64),
	submission: z.unknown(),
	/** The honeypot: people leave it out or empty. */
	website: z.string().max(1000).optional()
});
export type PublicFeedbackRequest = z.infer<typeof PublicFeedbackRequest>;

export const PublicFeedbackCreated = z.object({ trackingCode: TrackingCode });
