import { describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import { buildResponse, buildSatisfactionForm } from '$lib/domain/testing/factories';
import { fakeIndexedDb } from '../testing/device-store';
import { PhoneDB } from './phone-db';
import { PhoneSurveyStore } from './phone-survey.repo';

const code = 'K7QM2XD4PA';
const form = buildSatisfactionForm();
const survey = {
	code,
	allowMultiple: false,
	office: { id: form.officeId, name: { th: 'สพป.ทดสอบ' } },
	group: {
		id: form.groupId ?? newId(),
		officeId: form.officeId,
		code: 'legal',
		name: { th: 'กลุ่มกฎหมายและคดี' },
		shortName: 'กลุ่มกฎหมายฯ',
		activeFromFy: null,
		activeToFy: null,
		sortOrder: 0
	},
	school: null,
	activityId: null,
	form
};

type Answer = { status: number; body: unknown } | 'offline';

/** A server that answers each request with the next of `answers`, and records what it got. */
function fakeServer(answers: Answer[]) {
	const requests: { url: string; body: unknown }[] = [];
	const fetch = (async (url: string, init?: RequestInit) => {
		requests.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
		const answer = answers.shift();
		if (answer === undefined || answer === 'offline') throw new TypeError('Failed to fetch');
		return new Response(JSON.stringify(answer.body), { status: answer.status });
	}) as typeof globalThis.fetch;
	return { fetch, requests };
}

function phone(answers: Answer[]) {
	const server = fakeServer(answers);
	const db = new PhoneDB(`phone-${newId()}`, fakeIndexedDb);
	return { server, store: new PhoneSurveyStore(db, { fetch: server.fetch }) };
}

describe('a phone answering a survey by link', () => {
	it('keeps the survey it opened online, to open it offline', async () => {
		const { store } = phone([{ status: 200, body: survey }, 'offline']);
		expect(await store.refresh(code)).toMatchObject({ kind: 'fresh' });
		expect(await store.refresh(code)).toEqual({ kind: 'offline' });
		expect((await store.keptSurvey(code))?.form.id).toBe(form.id);
	});

	it('keeps one ballot key, sent with every response', async () => {
		const { store, server } = phone([
			{ status: 201, body: { status: 'stored' } },
			{ status: 201, body: { status: 'stored' } }
		]);
		const key = await store.ballotKey();
		expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
		await store.queue(code, buildResponse(form));
		await store.queue(code, buildResponse(form));
		expect(await store.push()).toEqual({ sent: 2, refused: 0, waiting: 0 });
		expect(server.requests.map((r) => (r.body as { ballotKey: string }).ballotKey)).toEqual([
			key,
			key
		]);
	});

	it('keeps a response waiting while offline and sends it later', async () => {
		const { store } = phone(['offline', { status: 503, body: {} }, { status: 201, body: {} }]);
		const response = buildResponse(form);
		await store.queue(code, response);
		expect(await store.push()).toEqual({ sent: 0, refused: 0, waiting: 1 });
		expect(await store.push()).toEqual({ sent: 0, refused: 0, waiting: 1 });
		// 201 with a body the contract does not know is a server fault: nothing is marked sent.
		await expect(store.push()).rejects.toThrow();
		expect((await store.entries(code)).map((e) => e.status)).toEqual(['waiting']);
	});

	it("keeps a refused response with the server's words, and never sends it again", async () => {
		const message = { th: 'โทรศัพท์เครื่องนี้ตอบแบบสอบถามนี้แล้ว', en: 'This phone has already answered.' };
		const { store, server } = phone([
			{ status: 409, body: { error: { code: 'already-answered', message } } }
		]);
		await store.queue(code, buildResponse(form));
		expect(await store.push()).toEqual({ sent: 0, refused: 1, waiting: 0 });
		expect(await store.entries(code)).toMatchObject([
			{ status: 'refused', reason: 'already-answered', message }
		]);
		expect(await store.push()).toEqual({ sent: 0, refused: 0, waiting: 0 });
		expect(server.requests).toHaveLength(1);
	});
});
