import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	DomainValidationError,
	newId,
	questionsOf,
	type FormDefinition,
	type FormDefinitionInput,
	type Response
} from '$lib/domain';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { demoFeedbackFormId, demoSatisfactionFormId } from '../seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '../seed/demo-office';
import { buildDemoResponses } from '../seed/demo-responses';
import { seedDemoContent, seedDemoResponses } from '../seed/seed';
import { storesUnderTest } from '../testing/stores';
import { StoreError } from './errors';
import type { Store } from './types';

const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
	entries: { tag: string }[];
};

describe.each(storesUnderTest())('the store on $name', (target) => {
	let store: Store;
	let firstSeed: { seeded: boolean };
	let form: FormDefinition;
	const now = new Date('2025-06-15T12:00:00+07:00');

	beforeAll(async () => {
		store = await target.open();
		firstSeed = await seedDemoContent(store);
		form = (await store.forms.get(demoSatisfactionFormId, 1))!;
	});
	afterAll(() => target.dispose());

	let nextSeed = 1000;
	/** A valid response to the demo form, different every call. */
	function aResponse(overrides: Partial<Response> = {}): Response {
		const [response] = buildDemoResponses(form, { count: 1, seed: nextSeed++, now });
		return { ...response!, id: newId(), ...overrides };
	}

	it('runs the checked-in migrations on open and reports them in health', async () => {
		expect(await store.health()).toEqual({
			store: target.name,
			migrations: { applied: journal.entries.length, latest: journal.entries.at(-1)!.tag }
		});
	});

	it('seeds the demo office, groups, schools and forms once, and only into an empty store', async () => {
		expect(firstSeed).toEqual({ seeded: true });
		const before = await store.counts(demoOffice.id);
		expect(await seedDemoContent(store)).toEqual({ seeded: false });
		expect(await store.counts(demoOffice.id)).toEqual(before);
		expect(before).toMatchObject({ offices: 1, groups: 10, schools: 12, forms: 2 });
		expect(await store.offices.list()).toEqual([demoOffice]);
	});

	it('lists the groups in the office order with their Thai and English names', async () => {
		const groups = await store.groups.list(demoOffice.id);
		expect(groups).toEqual(demoGroups);
		expect(groups[0]!.name).toEqual({ th: 'กลุ่มอำนวยการ', en: 'General Administration' });
		expect(groups.map((g) => g.shortName)).toContain('กลุ่มนิเทศฯ');
		expect(await store.groups.list('no-such-office')).toEqual([]);
	});

	it('sorts groups of equal order by Thai collation, which skips leading vowels', async () => {
		await store.offices.upsert([{ ...demoOffice, id: 'collation-test' }]);
		const names = ['นโยบายและแผน', 'เทคโนโลยีสารสนเทศ', 'กฎหมายและคดี'];
		await store.groups.upsert(
			names.map((th, i) => ({
				id: newId(),
				officeId: 'collation-test',
				code: `g${i}`,
				name: { th },
				shortName: th
			}))
		);
		const listed = await store.groups.list('collation-test');
		expect(listed.map((g) => g.name.th)).toEqual([
			'กฎหมายและคดี',
			'เทคโนโลยีสารสนเทศ',
			'นโยบายและแผน'
		]);
	});

	it('lists the schools of an office by Thai name', async () => {
		const schools = await store.schools.list(demoOffice.id);
		expect(schools).toHaveLength(demoSchools.length);
		expect(schools.map((s) => s.name.th)).toEqual(
			demoSchools.map((s) => s.name.th).sort(new Intl.Collator('th').compare)
		);
	});

	it('lists the published demo forms with their Thai titles', async () => {
		const forms = await store.forms.listPublished(demoOffice.id);
		expect(forms.map((f) => f.id).sort()).toEqual(
			[demoSatisfactionFormId, demoFeedbackFormId].sort()
		);
		const satisfaction = forms.find((f) => f.id === demoSatisfactionFormId)!;
		expect(satisfaction.title.th).toBe('แบบประเมินความพึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย');
		expect(satisfaction.dimensions.map((d) => d.key)).toEqual([
			'process',
			'staff',
			'facilities',
			'quality'
		]);
		expect(questionsOf(satisfaction).at(-1)!.key).toBe('suggestion');
	});

	it('returns the latest published version of a form, never a draft', async () => {
		const id = newId();
		const v1: FormDefinitionInput = {
			...satisfactionInput(form),
			id,
			version: 1,
			title: { th: 'แบบประเมิน ฉบับที่ 1' },
			publishedAt: '2025-01-01T08:00:00+07:00'
		};
		const v2 = { ...v1, version: 2, title: { th: 'แบบประเมิน ฉบับที่ 2' } };
		const v3 = { ...v1, version: 3, title: { th: 'ร่าง ฉบับที่ 3' }, publishedAt: null };
		for (const version of [v1, v2, v3]) await store.forms.save(version);

		const latest = (await store.forms.listPublished()).filter((f) => f.id === id);
		expect(latest.map((f) => [f.version, f.title.th])).toEqual([[2, 'แบบประเมิน ฉบับที่ 2']]);
		expect((await store.forms.get(id, 3))?.publishedAt).toBeNull();
	});

	it('freezes a published version: same content is unchanged, other content is refused', async () => {
		const id = newId();
		const published = { ...satisfactionInput(form), id, publishedAt: '2025-01-01T08:00:00+07:00' };
		expect((await store.forms.save(published)).status).toBe('stored');
		// The same instant written in UTC is the same content.
		const sameInUtc = { ...published, publishedAt: '2025-01-01T01:00:00Z' };
		expect((await store.forms.save(sameInUtc)).status).toBe('unchanged');

		const edited = { ...published, title: { th: 'ชื่อใหม่' } };
		await expect(store.forms.save(edited)).rejects.toMatchObject({
			reason: 'form-version-frozen'
		});
		expect((await store.forms.get(id, 1))?.title.th).toBe(published.title.th);

		const draft = { ...published, version: 2, publishedAt: null };
		expect((await store.forms.save(draft)).status).toBe('stored');
		expect((await store.forms.save({ ...draft, title: { th: 'ร่างแก้ไข' } })).status).toBe('updated');
	});

	it('refuses an invalid form definition before it reaches the database', async () => {
		const broken = { ...satisfactionInput(form), id: newId(), dimensions: [] };
		await expect(store.forms.save(broken)).rejects.toBeInstanceOf(DomainValidationError);
		await expect(
			store.forms.save({ ...satisfactionInput(form), id: newId(), officeId: 'no-such-office' })
		).rejects.toBeInstanceOf(StoreError);
	});

	it('stores a response once: a re-send is a duplicate, different content a conflict', async () => {
		const response = aResponse();
		const first = await store.insertResponses([response]);
		expect(first).toMatchObject({ stored: 1, duplicate: 0, conflict: 0, rejected: 0 });
		expect(first.outcomes).toEqual([{ index: 0, id: response.id, status: 'stored' }]);

		// The same instant written in UTC is the same response.
		const resent = { ...response, submittedAt: new Date(response.submittedAt).toISOString() };
		expect((await store.insertResponses([resent])).outcomes[0]!.status).toBe('duplicate');

		const changed = { ...response, answers: { ...response.answers, quality_overall: 1 } };
		expect((await store.insertResponses([changed])).outcomes[0]!.status).toBe('conflict');

		const stored = await store.responses.get(response.id);
		expect(stored).toEqual({
			...response,
			startedAt: new Date(response.startedAt).toISOString(),
			submittedAt: new Date(response.submittedAt).toISOString()
		});
	});

	it('judges a repeated id within one batch against the first', async () => {
		const a = aResponse();
		const b = aResponse();
		const bChanged = { ...b, respondentType: 'parent' as const };
		const report = await store.insertResponses([a, b, a, bChanged]);
		expect(report.outcomes.map((o) => o.status)).toEqual([
			'stored',
			'stored',
			'duplicate',
			'conflict'
		]);
		expect((await store.responses.get(b.id))?.respondentType).toBe(b.respondentType);
	});

	it('writes the rating answers beside each stored response, for reports to aggregate', async () => {
		const response = aResponse();
		const before = await store.counts(demoOffice.id);
		await store.insertResponses([response]);
		const after = await store.counts(demoOffice.id);
		const ratings = questionsOf(form).filter(
			(q) => q.kind === 'rating' && typeof response.answers[q.key] === 'number'
		);
		expect(ratings.length).toBeGreaterThan(10);
		expect(after.responses - before.responses).toBe(1);
		expect(after.ratingAnswers - before.ratingAnswers).toBe(ratings.length);
	});

	it('takes 500 responses in one call', async () => {
		const batch = buildDemoResponses(form, { count: 500, seed: 500, now });
		const before = await store.counts(demoOffice.id);
		const started = performance.now();
		const report = await store.insertResponses(batch);
		const elapsed = performance.now() - started;
		expect(report).toMatchObject({ stored: 500, rejected: 0 });
		const after = await store.counts(demoOffice.id);
		expect(after.responses - before.responses).toBe(500);
		const expectedRatings = batch.reduce(
			(n, r) => n + Object.values(r.answers).filter((v) => typeof v === 'number').length,
			0
		);
		expect(after.ratingAnswers - before.ratingAnswers).toBe(expectedRatings);
		console.info(
			`${target.name}: 500 responses (${expectedRatings} ratings) in ${elapsed.toFixed(0)} ms`
		);

		expect((await store.insertResponses(batch)).duplicate).toBe(500);
	});

	it('rejects invalid records before the database, reports each, and stores the valid ones', async () => {
		const good = [aResponse(), aResponse()];
		const outOfScale = aResponse({ answers: { ...good[0]!.answers, staff_courtesy: 7 } });
		const unknownGroup = aResponse({ groupId: newId() });
		const unknownVersion = aResponse({ formVersion: 9 });
		const unknownSchool = aResponse({ schoolId: newId() });
		const batch = [
			good[0],
			outOfScale,
			unknownGroup,
			'not a record',
			good[1],
			unknownVersion,
			unknownSchool
		];
		const before = await store.counts(demoOffice.id);

		const report = await store.insertResponses(batch);

		expect(report.outcomes.map((o) => o.status)).toEqual([
			'stored',
			'rejected',
			'rejected',
			'rejected',
			'stored',
			'rejected',
			'rejected'
		]);
		const issuesAt = (i: number) => {
			const outcome = report.outcomes[i]!;
			return outcome.status === 'rejected' ? outcome.issues.map((x) => x.path) : [];
		};
		expect(issuesAt(1)).toEqual(['answers.staff_courtesy']);
		expect(issuesAt(2)).toEqual(['groupId']);
		expect(issuesAt(5)).toEqual(['formVersion']);
		expect(issuesAt(6)).toEqual(['schoolId']);
		expect(report.outcomes[3]).toMatchObject({ id: null, status: 'rejected' });

		const after = await store.counts(demoOffice.id);
		expect(after.responses - before.responses).toBe(2);
		const ratingsOfGood = good.reduce(
			(n, r) => n + Object.values(r.answers).filter((v) => typeof v === 'number').length,
			0
		);
		expect(after.ratingAnswers - before.ratingAnswers).toBe(ratingsOfGood);
		for (const rejected of [outOfScale, unknownGroup, unknownVersion, unknownSchool]) {
			expect(await store.responses.get(rejected.id)).toBeNull();
		}
	});

	it('stores opinions and complaints idempotently, refusing invalid ones', async () => {
		const item = buildFeedbackItem({
			officeId: demoOffice.id,
			groupId: demoGroups[3]!.id,
			deviceId: null
		});
		const withContactButAnonymous = {
			...buildFeedbackItem({ officeId: demoOffice.id, groupId: null }),
			contact: { name: 'สมชาย ใจดี' }
		};
		const unknownOffice = buildFeedbackItem({ officeId: 'no-such-office', groupId: null });

		const report = await store.insertFeedback([item, withContactButAnonymous, unknownOffice]);
		expect(report.outcomes.map((o) => o.status)).toEqual(['stored', 'rejected', 'rejected']);
		expect(await store.feedback.get(item.id)).toEqual({
			...item,
			submittedAt: new Date(item.submittedAt).toISOString()
		});

		const again = await store.insertFeedback([item, { ...item, body: 'แก้ไขข้อความ' }]);
		expect(again.outcomes.map((o) => o.status)).toEqual(['duplicate', 'conflict']);
		expect((await store.feedback.get(item.id))?.body).toBe(item.body);
	});

	it('adds the synthetic demo responses once per seed', async () => {
		const first = await seedDemoResponses(store, { count: 40, seed: 4242, now });
		expect(first).toEqual({ inserted: 40 });
		const later = new Date(now.getTime() + 3 * 86_400_000);
		expect(await seedDemoResponses(store, { count: 40, seed: 4242, now: later })).toEqual({
			inserted: 0
		});
	});

	it('refuses master data that is invalid, all or nothing', async () => {
		const before = await store.counts(demoOffice.id);
		const valid = { ...demoSchools[0]!, id: newId(), code: 'NEW-1' };
		const invalid = { ...demoSchools[0]!, id: 'not-a-uuid', code: 'NEW-2' };
		await expect(store.schools.upsert([valid, invalid])).rejects.toBeInstanceOf(
			DomainValidationError
		);
		expect((await store.counts(demoOffice.id)).schools).toBe(before.schools);
	});
});

function satisfactionInput(form: FormDefinition): FormDefinitionInput {
	return structuredClone(form);
}
