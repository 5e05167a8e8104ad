import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoGroups, demoOffice } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import {
	addFollowUp,
	honeypotCount,
	lookUpFeedback,
	SUBMIT_LIMIT,
	submissionFromForm,
	submitPublicFeedback
} from './public-feedback';

const formOf = (fields: Record<string, string>) => {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) form.set(name, value);
	return form;
};

describe('reading the public form', () => {
	it('drops contact details typed before choosing anonymous', () => {
		expect(
			submissionFromForm(
				formOf({ kind: 'complaint', body: 'x', anonymous: 'yes', name: 'Somchai', consent: 'yes' })
			)
		).toMatchObject({ anonymous: true, contact: null });
		expect(
			submissionFromForm(formOf({ kind: 'complaint', body: 'x', anonymous: 'no', name: 'Somchai' }))
		).toMatchObject({ anonymous: false, contact: { name: 'Somchai' }, consent: false });
	});
});

describe.each(storesUnderTest())('the public feedback service on $name', (target) => {
	let store: Store;
	const now = new Date('2026-02-01T09:00:00+07:00');
	const input = { kind: 'opinion', body: 'ดีมาก', anonymous: true };

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
	});
	afterAll(() => target.dispose());

	it('answers a filled honeypot like success, stores nothing and counts it', async () => {
		const before = (await store.counts(demoOffice.id)).feedback;
		const hits = honeypotCount();
		const outcome = await submitPublicFeedback(store, {
			officeId: demoOffice.id,
			input,
			honeypot: 'http://spam',
			clientAddress: '203.0.113.1',
			now
		});
		expect(outcome.kind).toBe('stored');
		expect(honeypotCount()).toBe(hits + 1);
		expect((await store.counts(demoOffice.id)).feedback).toBe(before);
	});

	it('puts a misconduct page item on its own track, as a complaint with no group', async () => {
		const outcome = await submitPublicFeedback(store, {
			officeId: demoOffice.id,
			// A crafted post naming a kind and a group: neither may take the item out of the track.
			input: { ...input, kind: 'opinion', groupId: demoGroups[0]!.id },
			honeypot: null,
			clientAddress: '203.0.113.9',
			now,
			track: 'misconduct'
		});
		if (outcome.kind !== 'stored') throw new Error(`not stored: ${outcome.kind}`);
		const id = await store.feedback.idOfTrackingCode(outcome.trackingCode);
		expect(await store.feedback.get(id!)).toMatchObject({
			track: 'misconduct',
			kind: 'complaint',
			groupId: null
		});
	});

	it(`refuses the submission after ${SUBMIT_LIMIT} from one address in the window`, async () => {
		const submit = (clientAddress: string) =>
			submitPublicFeedback(store, {
				officeId: demoOffice.id,
				input,
				honeypot: '',
				clientAddress,
				now
			});
		const kinds = [];
		for (let i = 0; i <= SUBMIT_LIMIT; i++) kinds.push((await submit('203.0.113.2')).kind);
		expect(kinds.slice(0, SUBMIT_LIMIT).every((k) => k === 'stored')).toBe(true);
		expect(kinds.at(-1)).toBe('rate-limited');
		expect((await submit('203.0.113.3')).kind).toBe('stored');
	});

	it('names the fields to correct and refuses an unknown office', async () => {
		const bad = await submitPublicFeedback(store, {
			officeId: demoOffice.id,
			input: { kind: 'rumour', body: '', anonymous: true },
			honeypot: null,
			clientAddress: '203.0.113.4',
			now
		});
		expect(bad).toEqual({ kind: 'invalid', fields: ['kind', 'body'] });
		const unknown = await submitPublicFeedback(store, {
			officeId: 'no-such-office',
			input,
			honeypot: null,
			clientAddress: '203.0.113.4',
			now
		});
		expect(unknown).toEqual({ kind: 'invalid', fields: ['officeId'] });
	});

	it('a follow-up with the code shows up in the look-up as from the submitter', async () => {
		const sent = await submitPublicFeedback(store, {
			officeId: demoOffice.id,
			input,
			honeypot: null,
			clientAddress: '203.0.113.5',
			now
		});
		if (sent.kind !== 'stored') throw new Error('not stored');
		const typedCode = sent.trackingCode.toLowerCase().replace('-', ' ');
		const request = { typedCode, clientAddress: '203.0.113.5', now };
		expect(await addFollowUp(store, { ...request, text: 'อีกเรื่อง' })).toEqual({ kind: 'added' });
		expect(await addFollowUp(store, { ...request, text: '   ' })).toEqual({ kind: 'invalid' });
		const found = await lookUpFeedback(store, request);
		expect(found.kind === 'found' && found.item.replies).toEqual([
			{ text: 'อีกเรื่อง', at: now.toISOString(), from: 'submitter' }
		]);
		expect(await lookUpFeedback(store, { ...request, typedCode: 'nope' })).toEqual({
			kind: 'malformed'
		});
	});
});
