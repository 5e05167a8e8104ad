import { z } from 'zod';
import { FormDefinition, Group, LocalizedText, OfficeId, TRACKING_ALPHABET } from '$lib/domain';

/*
 * Surveys by link or QR code on the respondent's own phone (issue 8): what the public survey page
 * reads and sends. Shared by the server (which validates with it) and the phone.
 */

export const SURVEY_LINK_CODE_LENGTH = 10;

/**
 * The link's code, in the address after `#` (`/s#K7QM2XD4PA`): 10 letters and digits without
 * look-alikes (31^10 ≈ 8e14), so links cannot be found by guessing. It opens the survey and
 * nothing else.
 */
export const SurveyLinkCode = z.string().regex(/^[A-HJKMNP-Z2-9]{10}$/);
export type SurveyLinkCode = z.infer<typeof SurveyLinkCode>;

/** A new code; `randomInt(n)` returns an integer in [0, n) (`crypto.randomInt` on the server). */
export function newSurveyLinkCode(randomInt: (n: number) => number): SurveyLinkCode {
	let code = '';
	for (let i = 0; i < SURVEY_LINK_CODE_LENGTH; i++) {
		code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
	}
	return code;
}

/** The code as it may arrive in an address (any case, spaces or dashes); null if it cannot be one. */
export function normalizeSurveyLinkCode(typed: string): SurveyLinkCode | null {
	const code = typed.toUpperCase().replace(/[\s\-_.#]/g, '');
	return SurveyLinkCode.safeParse(code).success ? code : null;
}

/**
 * The phone's ballot key: 32 random bytes, base64url, made on the phone the first time it opens
 * a survey. The server keeps only a hash of it per link, never the key.
 */
export const BallotKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
export type BallotKey = z.infer<typeof BallotKey>;

/** GET /api/public/surveys/{code}: everything the phone needs to show the survey offline. */
export const PublicSurvey = z.object({
	code: SurveyLinkCode,
	/** More than one response from the same phone is accepted. */
	allowMultiple: z.boolean(),
	office: z.object({ id: OfficeId, name: LocalizedText }),
	group: Group,
	school: z.object({ id: z.uuid(), name: LocalizedText }).nullable(),
	/** The participation activity the survey evaluates, if the link names one. */
	activityId: z.uuid().nullable(),
	form: FormDefinition
});
export type PublicSurvey = z.infer<typeof PublicSurvey>;

/**
 * POST /api/public/surveys/{code}/responses. `response` is checked by the server as a tablet's
 * response is (parseResponse against the form), and against the link: its office, group,
 * school, form and activity must be the link's.
 */
export const PublicSurveySubmission = z.object({
	response: z.unknown(),
	ballotKey: BallotKey
});
export type PublicSurveySubmission = z.infer<typeof PublicSurveySubmission>;

/** 201 stored, 200 duplicate: the phone sent again what the server already holds. */
export const PublicSurveyAccepted = z.object({
	status: z.enum(['stored', 'duplicate'])
});
export type PublicSurveyAccepted = z.infer<typeof PublicSurveyAccepted>;

/** The cookie with the server's half of the ballot (see survey-links.ts). */
export const BALLOT_COOKIE = 'ruamjai_ballot';
