import { createHash, randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import {
	BallotKey,
	newSurveyLinkCode,
	normalizeSurveyLinkCode,
	type PublicSurvey
} from '$lib/api/survey-link-contract';
import { newId, parseResponse, type BilingualMessage, type ValidationIssue } from '$lib/domain';
import { recordAudit } from '../auth/audit';
import { policy, type Principal } from '../auth/policy';
import type { StoredSurveyLink } from '../repos/survey-links.repo';
import type { Store } from '../store/types';

/*
 * Surveys by link or QR code on the respondent's own phone (issue 8). A group leader (or an
 * administrator) publishes a link for a published survey form of the group, optionally for one
 * school and one participation activity. Anyone with the link may answer, with no account; the
 * response is validated exactly as a tablet's is.
 *
 * Ballot stuffing, without collecting who answered: the phone presents two random keys, one it
 * keeps in IndexedDB and one the server keeps in a long-lived cookie. For a link that takes one
 * response per phone, a sha256 of each key with the link's id is stored with the response
 * (survey_ballots), and a later response presenting either key is refused. Clearing one of the
 * two is not enough; clearing all of the site's data, a private window, or another phone is, and
 * that is what the rate limit per address and the counts per link (against the planned
 * participants) are for.
 */

/** Submissions per client address and window: a school's staff behind one address fit. */
export const SURVEY_SUBMIT_LIMIT = 60;
export const SURVEY_RATE_WINDOW_MS = 10 * 60 * 1000;

/**
 * The ballot cookie: first party, out of reach of scripts, sent only to the survey endpoints, for
 * 400 days (the longest Chromium keeps a cookie).
 */
export const BALLOT_COOKIE_OPTIONS = {
	path: '/api/public/surveys',
	httpOnly: true,
	sameSite: 'strict',
	maxAge: 400 * 24 * 60 * 60
} as const;

/** The hash of a ballot key that the store keeps for one link: not joinable across links. */
export function ballotHash(linkId: string, key: string): string {
	return createHash('sha256').update(`ruamjai-ballot:${linkId}:${key}`).digest('hex');
}

/** A new key for the server's ballot cookie. */
export function newBallotKey(): string {
	return randomBytes(32).toString('base64url');
}

// ---------------------------------------------------------------------------------------------
// The staff side

export interface SurveyLinkInput {
	groupId: string;
	formId: string;
	schoolId: string | null;
	activityId: string | null;
	allowMultiple: boolean;
}

export const SurveyLinkForm = z.object({
	groupId: z.uuid(),
	formId: z.uuid(),
	schoolId: z.uuid().nullable(),
	activityId: z.uuid().nullable(),
	allowMultiple: z.boolean()
});

export type CreateLinkOutcome =
	| { ok: true; link: StoredSurveyLink }
	| {
			ok: false;
			reason:
				'not-allowed' | 'invalid' | 'form-not-published' | 'unknown-school' | 'unknown-activity';
	  };

/** What the links page shows and offers to one user. */
export interface SurveyLinksView {
	groups: { id: string; name: PublicSurvey['group']['name'] }[];
	/** The published surveys (not the opinion form) each group may publish: its own and the office-wide ones. */
	forms: { id: string; groupId: string | null; title: PublicSurvey['form']['title'] }[];
	schools: { id: string; name: PublicSurvey['group']['name'] }[];
	/** Activities of those groups not cancelled: a link may collect one's evaluations. */
	activities: { id: string; groupId: string; topic: string; heldOn: string }[];
	links: (StoredSurveyLink & { responses: number })[];
}

async function manageableGroups(store: Store, user: Principal) {
	const groups = await store.groups.list(user.officeId);
	return groups.filter((g) => policy.manageSurveyLinks(user, g));
}

export async function surveyLinksView(store: Store, user: Principal): Promise<SurveyLinksView> {
	const groups = await manageableGroups(store, user);
	const ids = groups.map((g) => g.id);
	const [forms, schools, links, activities] = await Promise.all([
		store.forms.listPublished(user.officeId),
		store.schools.list(user.officeId),
		store.surveyLinks.list(user.officeId, ids),
		store.activities.list({ officeId: user.officeId, groupIds: ids })
	]);
	return {
		groups: groups.map((g) => ({ id: g.id, name: g.name })),
		forms: forms
			.filter((f) => f.kind !== 'feedback' && (f.groupId === null || ids.includes(f.groupId)))
			.map((f) => ({ id: f.id, groupId: f.groupId, title: f.title })),
		schools: schools.map((s) => ({ id: s.id, name: s.name })),
		activities: activities
			.filter((a) => a.status !== 'cancelled')
			.map((a) => ({ id: a.id, groupId: a.groupId, topic: a.topic, heldOn: a.heldOn })),
		links
	};
}

/** A new link; the form must be a published survey of the group or of the whole office. */
export async function createSurveyLink(
	store: Store,
	user: Principal,
	input: unknown,
	now: Date = new Date()
): Promise<CreateLinkOutcome> {
	const parsed = SurveyLinkForm.safeParse(input);
	if (!parsed.success) return { ok: false, reason: 'invalid' };
	const { groupId, formId, schoolId, activityId, allowMultiple } = parsed.data;
	const group = (await manageableGroups(store, user)).find((g) => g.id === groupId);
	if (group === undefined) return { ok: false, reason: 'not-allowed' };
	const form = (await store.forms.listPublished(group.officeId)).find((f) => f.id === formId);
	if (form === undefined || form.kind === 'feedback' || (form.groupId ?? groupId) !== groupId) {
		return { ok: false, reason: 'form-not-published' };
	}
	if (
		schoolId !== null &&
		!(await store.schools.list(group.officeId)).some((s) => s.id === schoolId)
	) {
		return { ok: false, reason: 'unknown-school' };
	}
	if (activityId !== null) {
		// The responses count in the activity's evaluation: it must be this group's, of this office.
		const activity = await store.activities.get(activityId);
		if (activity === null || activity.officeId !== group.officeId || activity.groupId !== groupId) {
			return { ok: false, reason: 'unknown-activity' };
		}
	}
	for (;;) {
		const link: Omit<StoredSurveyLink, 'revokedAt'> = {
			id: newId(),
			code: newSurveyLinkCode(randomInt),
			officeId: group.officeId,
			groupId,
			formId,
			schoolId,
			activityId,
			allowMultiple,
			createdBy: user.id,
			createdAt: now
		};
		// 31^10 codes: a clash is so rare that trying again is all it needs.
		if (!(await store.surveyLinks.create(link))) continue;
		await recordAudit(
			store,
			{
				officeId: link.officeId,
				actor: user,
				action: 'survey-link-created',
				subject: link.id,
				detail: { code: link.code, groupId, formId, schoolId, activityId, allowMultiple }
			},
			now
		);
		return { ok: true, link: { ...link, revokedAt: null } };
	}
}

/** A link of a group the user manages, or null (another group's is as unknown as a missing one). */
export async function manageableLink(
	store: Store,
	user: Principal,
	linkId: string
): Promise<StoredSurveyLink | null> {
	if (!z.uuid().safeParse(linkId).success) return null;
	const link = await store.surveyLinks.get(linkId);
	if (link === null) return null;
	return policy.manageSurveyLinks(user, { id: link.groupId, officeId: link.officeId })
		? link
		: null;
}

export async function revokeSurveyLink(
	store: Store,
	user: Principal,
	linkId: string,
	now: Date = new Date()
): Promise<StoredSurveyLink | null> {
	const link = await manageableLink(store, user, linkId);
	if (link === null) return null;
	const revoked = await store.surveyLinks.revoke(link.id, now);
	if (link.revokedAt === null) {
		await recordAudit(
			store,
			{
				officeId: link.officeId,
				actor: user,
				action: 'survey-link-revoked',
				subject: link.id,
				detail: { code: link.code }
			},
			now
		);
	}
	return revoked;
}

// ---------------------------------------------------------------------------------------------
// The public side

export type PublicSurveyOutcome =
	{ kind: 'found'; survey: PublicSurvey } | { kind: 'not-found' | 'closed' };

/** What a phone needs to show the link's survey: the latest published version of its form. */
export async function publicSurvey(store: Store, typedCode: string): Promise<PublicSurveyOutcome> {
	const code = normalizeSurveyLinkCode(typedCode);
	const link = code === null ? null : await store.surveyLinks.byCode(code);
	if (link === null) return { kind: 'not-found' };
	if (link.revokedAt !== null) return { kind: 'closed' };
	const [offices, groups, schools, forms] = await Promise.all([
		store.offices.list(),
		store.groups.list(link.officeId),
		store.schools.list(link.officeId),
		store.forms.listPublished(link.officeId)
	]);
	const office = offices.find((o) => o.id === link.officeId);
	const group = groups.find((g) => g.id === link.groupId);
	const form = forms.find((f) => f.id === link.formId);
	// A form withdrawn since (no published version left) leaves the link with nothing to show.
	if (office === undefined || group === undefined || form === undefined) {
		return { kind: 'closed' };
	}
	const school = schools.find((s) => s.id === link.schoolId);
	return {
		kind: 'found',
		survey: {
			code: link.code,
			allowMultiple: link.allowMultiple,
			office: { id: office.id, name: office.name },
			group,
			school: school === undefined ? null : { id: school.id, name: school.name },
			activityId: link.activityId,
			form
		}
	};
}

export type SubmitSurveyOutcome =
	| { kind: 'stored' | 'duplicate' }
	| { kind: 'not-found' | 'closed' | 'rate-limited' | 'already-answered' | 'conflict' }
	| { kind: 'invalid'; issues: ValidationIssue[] };

const linkIssue = (path: string, th: string, en: string): ValidationIssue => ({
	path,
	code: 'invalid_value',
	message: { th, en } satisfies BilingualMessage
});

/**
 * What the link fixes must be the link's: a response cannot be moved to another group, school,
 * form or activity by editing the request, nor pass for a tablet's.
 */
function linkIssues(link: StoredSurveyLink, record: unknown): ValidationIssue[] {
	const shape = parseResponse(record);
	if (!shape.ok) return shape.issues;
	const r = shape.value;
	const issues: ValidationIssue[] = [];
	const differs = (field: string, ok: boolean) => {
		if (!ok)
			issues.push(
				linkIssue(
					field,
					'คำตอบไม่ตรงกับลิงก์แบบสอบถามนี้',
					'The response does not match this survey link.'
				)
			);
	};
	differs('officeId', r.officeId === link.officeId);
	differs('groupId', r.groupId === link.groupId);
	differs('formId', r.formId === link.formId);
	differs('schoolId', r.schoolId === link.schoolId);
	differs('activityId', (r.activityId ?? null) === link.activityId);
	differs('deviceId', r.deviceId === null && r.collectorId === null && r.sessionId === null);
	return issues;
}

export async function submitSurveyResponse(
	store: Store,
	request: {
		code: string;
		body: unknown;
		/** The server's half of the ballot, from the cookie; null when the phone sent none. */
		cookieKey: string | null;
		clientAddress: string;
		now: Date;
	}
): Promise<SubmitSurveyOutcome> {
	const code = normalizeSurveyLinkCode(request.code);
	const link = code === null ? null : await store.surveyLinks.byCode(code);
	if (link === null) return { kind: 'not-found' };
	const allowed = await store.feedback.takeRateToken(
		`survey:${request.clientAddress}`,
		SURVEY_SUBMIT_LIMIT,
		SURVEY_RATE_WINDOW_MS,
		request.now
	);
	if (!allowed) return { kind: 'rate-limited' };
	if (link.revokedAt !== null) return { kind: 'closed' };

	const body = z.object({ response: z.unknown(), ballotKey: BallotKey }).safeParse(request.body);
	if (!body.success) {
		return { kind: 'invalid', issues: [linkIssue('ballotKey', 'ไม่มีรหัสเครื่อง', 'No ballot key.')] };
	}
	const issues = linkIssues(link, body.data.response);
	if (issues.length > 0) return { kind: 'invalid', issues };

	const keys = [body.data.ballotKey];
	if (request.cookieKey !== null && BallotKey.safeParse(request.cookieKey).success) {
		keys.push(request.cookieKey);
	}
	const hashes = link.allowMultiple ? [] : [...new Set(keys)].map((k) => ballotHash(link.id, k));
	const outcome = await store.surveyLinks.submit(link, body.data.response, hashes);
	if (outcome.status === 'rejected') return { kind: 'invalid', issues: outcome.issues };
	return { kind: outcome.status };
}
