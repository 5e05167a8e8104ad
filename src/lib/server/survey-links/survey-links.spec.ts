import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildResponse } from '$lib/domain/testing/factories';
import { newId, type FormDefinition } from '$lib/domain';
import { createActivity } from '../activities/activities';
import { adminOf, leaderOf } from '../auth/testing/principals';
import { demoFeedbackFormId, demoSatisfactionFormId } from '../seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import type { StoredSurveyLink } from '../repos/survey-links.repo';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import {
	ballotHash,
	createSurveyLink,
	newBallotKey,
	publicSurvey,
	revokeSurveyLink,
	submitSurveyResponse,
	SURVEY_SUBMIT_LIMIT,
	surveyLinksView
} from './survey-links';

const [ownGroup, otherGroup] = [demoGroups[0]!, demoGroups[1]!];
const school = demoSchools[0]!;
const now = new Date('2026-02-01T09:00:00+07:00');

describe('ballot hashes', () => {
	it('differ per link for the same key, so one phone cannot be followed across links', () => {
		const key = newBallotKey();
		expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(ballotHash(newId(), key)).not.toBe(ballotHash(newId(), key));
		const link = newId();
		expect(ballotHash(link, key)).toBe(ballotHash(link, key));
		expect(ballotHash(link, key)).not.toContain(key);
	});
});

describe.each(storesUnderTest())('survey links on $name', (target) => {
	let store: Store;
	let form: FormDefinition;
	const leader = leaderOf(ownGroup);
	let address = 0;
	/** Each submission from its own address, unless a test is about the rate limit. */
	const nextAddress = () => `198.51.100.${++address}`;

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
		form = (await store.forms.listPublished(demoOffice.id)).find(
			(f) => f.id === demoSatisfactionFormId
		)!;
	});
	afterAll(() => target.dispose());

	async function newLink(
		overrides: Partial<{ schoolId: string | null; allowMultiple: boolean }> = {}
	): Promise<StoredSurveyLink> {
		const created = await createSurveyLink(store, leader, {
			groupId: ownGroup.id,
			formId: form.id,
			schoolId: school.id,
			activityId: null,
			allowMultiple: false,
			...overrides
		});
		if (!created.ok) throw new Error(`not created: ${created.reason}`);
		return created.link;
	}

	const responseFor = (link: StoredSurveyLink) =>
		buildResponse(form, {
			groupId: link.groupId,
			schoolId: link.schoolId,
			deviceId: null,
			collectorId: null,
			sessionId: null,
			respondentType: 'parent'
		});

	const submit = (
		link: StoredSurveyLink,
		response: unknown,
		ballotKey: string,
		cookieKey: string | null = null,
		clientAddress = nextAddress()
	) =>
		submitSurveyResponse(store, {
			code: link.code,
			body: { response, ballotKey },
			cookieKey,
			clientAddress,
			now
		});

	it("lets a group leader publish their group's survey, not another group's, nor the opinion form", async () => {
		const link = await newLink();
		expect(link.code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
		const base = { formId: form.id, schoolId: null, activityId: null, allowMultiple: false };
		expect(await createSurveyLink(store, leader, { ...base, groupId: otherGroup.id })).toEqual({
			ok: false,
			reason: 'not-allowed'
		});
		expect(
			await createSurveyLink(store, leader, {
				...base,
				groupId: ownGroup.id,
				formId: demoFeedbackFormId
			})
		).toEqual({ ok: false, reason: 'form-not-published' });
		// An administrator may publish for any group of the office.
		const byAdmin = await createSurveyLink(store, adminOf(demoOffice.id), {
			...base,
			groupId: otherGroup.id
		});
		expect(byAdmin.ok).toBe(true);
		// Each leader's page lists only their own group's links.
		const view = await surveyLinksView(store, leaderOf(otherGroup));
		expect(view.links.map((l) => l.groupId)).toEqual([otherGroup.id]);
		expect(view.groups.map((g) => g.id)).toEqual([otherGroup.id]);
	});

	it("collects an activity's evaluation only for an activity of the link's group", async () => {
		const activityInput = (groupId: string) => ({
			kind: 'training',
			topic: 'อบรมการใช้แบบสอบถามออนไลน์',
			heldOn: '2026-01-20',
			schoolId: null,
			placeNote: '',
			groupId,
			plannedParticipants: 20,
			evaluationFormId: form.id
		});
		const own = await createActivity(store, leader, activityInput(ownGroup.id), now);
		const other = await createActivity(
			store,
			leaderOf(otherGroup),
			activityInput(otherGroup.id),
			now
		);
		const base = { groupId: ownGroup.id, formId: form.id, schoolId: null, allowMultiple: false };

		expect((await surveyLinksView(store, leader)).activities.map((a) => a.id)).toContain(own.id);
		const created = await createSurveyLink(store, leader, { ...base, activityId: own.id });
		expect(created.ok && created.link.activityId).toBe(own.id);
		expect(await createSurveyLink(store, leader, { ...base, activityId: other.id })).toEqual({
			ok: false,
			reason: 'unknown-activity'
		});
	});

	it('gives the phone the form, the group and the school, by code in any case', async () => {
		const link = await newLink();
		const found = await publicSurvey(store, link.code.toLowerCase());
		if (found.kind !== 'found') throw new Error(found.kind);
		expect(found.survey).toMatchObject({
			code: link.code,
			allowMultiple: false,
			group: { id: ownGroup.id },
			school: { id: school.id },
			form: { id: form.id, version: form.version }
		});
		expect(await publicSurvey(store, 'AAAAAAAAAA')).toEqual({ kind: 'not-found' });
	});

	it('stores a response once, takes it again as a duplicate, and refuses a second from the same phone', async () => {
		const link = await newLink();
		const phone = newBallotKey();
		const first = responseFor(link);
		expect(await submit(link, first, phone)).toEqual({ kind: 'stored' });
		expect(await store.responses.get(first.id)).toMatchObject({
			id: first.id,
			schoolId: school.id
		});
		// The answer to the phone was lost and it sends again: not a second ballot.
		expect(await submit(link, first, phone)).toEqual({ kind: 'duplicate' });
		expect(await submit(link, responseFor(link), phone)).toEqual({ kind: 'already-answered' });
		// Another phone answers.
		expect(await submit(link, responseFor(link), newBallotKey())).toEqual({ kind: 'stored' });
		const [listed] = (await surveyLinksView(store, leader)).links.filter((l) => l.id === link.id);
		expect(listed?.responses).toBe(2);
	});

	it('refuses a phone that cleared its IndexedDB but kept the cookie, and one that did the opposite', async () => {
		const link = await newLink();
		const [stored, cookie] = [newBallotKey(), newBallotKey()];
		expect(await submit(link, responseFor(link), stored, cookie)).toEqual({ kind: 'stored' });
		expect(await submit(link, responseFor(link), newBallotKey(), cookie)).toEqual({
			kind: 'already-answered'
		});
		expect(await submit(link, responseFor(link), stored, null)).toEqual({
			kind: 'already-answered'
		});
	});

	it('keeps no ballot at all for a link that takes several responses per phone', async () => {
		const link = await newLink({ allowMultiple: true });
		const phone = newBallotKey();
		expect(await submit(link, responseFor(link), phone)).toEqual({ kind: 'stored' });
		expect(await submit(link, responseFor(link), phone)).toEqual({ kind: 'stored' });
	});

	it('settles two different responses sent at once with the same key: one is stored', async () => {
		const link = await newLink();
		const phone = newBallotKey();
		const outcomes = await Promise.all([
			submit(link, responseFor(link), phone),
			submit(link, responseFor(link), phone)
		]);
		expect(outcomes.map((o) => o.kind).sort()).toEqual(['already-answered', 'stored']);
	});

	it('validates the answers as a tablet response is validated, and the link fields against the link', async () => {
		const link = await newLink();
		const { answers, ...noAnswers } = responseFor(link);
		expect(Object.keys(answers).length).toBeGreaterThan(0);
		const missing = await submit(link, { ...noAnswers, answers: {} }, newBallotKey());
		expect(missing.kind).toBe('invalid');
		const moved = await submit(
			link,
			{ ...responseFor(link), groupId: otherGroup.id },
			newBallotKey()
		);
		expect(moved).toMatchObject({ kind: 'invalid', issues: [{ path: 'groupId' }] });
		const asTablet = await submit(
			link,
			{ ...responseFor(link), deviceId: newId() },
			newBallotKey()
		);
		expect(asTablet).toMatchObject({ kind: 'invalid', issues: [{ path: 'deviceId' }] });
		const noKey = await submitSurveyResponse(store, {
			code: link.code,
			body: { response: responseFor(link) },
			cookieKey: null,
			clientAddress: nextAddress(),
			now
		});
		expect(noKey.kind).toBe('invalid');
	});

	it('takes nothing through a revoked link, and only its group leader may revoke it', async () => {
		const link = await newLink();
		expect(await revokeSurveyLink(store, leaderOf(otherGroup), link.id, now)).toBeNull();
		expect((await revokeSurveyLink(store, leader, link.id, now))?.revokedAt).toEqual(now);
		expect(await publicSurvey(store, link.code)).toEqual({ kind: 'closed' });
		expect(await submit(link, responseFor(link), newBallotKey())).toEqual({ kind: 'closed' });
		const audited = await store.accounts.audit.list(demoOffice.id, 10, { subjects: [link.id] });
		expect(audited.map((e) => e.action).sort()).toEqual([
			'survey-link-created',
			'survey-link-revoked'
		]);
	});

	it(`refuses more than ${SURVEY_SUBMIT_LIMIT} submissions from one address in the window`, async () => {
		const link = await newLink({ allowMultiple: true });
		const address = '203.0.113.77';
		for (let i = 0; i < SURVEY_SUBMIT_LIMIT; i++) {
			expect((await submit(link, responseFor(link), newBallotKey(), null, address)).kind).toBe(
				'stored'
			);
		}
		expect(await submit(link, responseFor(link), newBallotKey(), null, address)).toEqual({
			kind: 'rate-limited'
		});
	});
});
