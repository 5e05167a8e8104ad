import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	fiscalQuarterRange,
	fiscalYearRange,
	questionsOf,
	type FormDefinition,
	type Response
} from '$lib/domain';
import { buildDemoResponses } from '../seed/demo-responses';
import { demoSatisfactionFormId } from '../seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import { openStore } from '../store/open-store';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { rollupDays, type RatingAggregates, type RatingFilter } from './rating-aggregates';

/*
 * The daily rollups must give exactly what counting every answer gives. The expected numbers
 * here are counted in plain TypeScript from the responses themselves, an oracle that shares no
 * code with either path; reports over whole Bangkok days read the rollups, the others the answers.
 */

const personnel = demoGroups.find((g) => g.code === 'personnel')!;
const now = new Date('2025-06-30T12:00:00+07:00');
const count = 600;

type Counts = [number, number, number, number, number];
interface Expected {
	items: Map<string, Counts>;
	dimensions: Map<string, { counts: Counts; responses: number }>;
	overall: { counts: Counts; responses: number };
}

function inFilter(response: Response, filter: RatingFilter): boolean {
	const at = Date.parse(response.submittedAt);
	return (
		response.officeId === filter.officeId &&
		response.formId === filter.formId &&
		at >= filter.from.getTime() &&
		at < filter.to.getTime() &&
		(filter.groupId === undefined || response.groupId === filter.groupId) &&
		(filter.formVersion === undefined || response.formVersion === filter.formVersion) &&
		(filter.schoolId === undefined || response.schoolId === filter.schoolId) &&
		(filter.respondentType === undefined || response.respondentType === filter.respondentType)
	);
}

function oracle(form: FormDefinition, responses: readonly Response[], filter: RatingFilter) {
	const expected: Expected = {
		items: new Map(),
		dimensions: new Map(),
		overall: { counts: [0, 0, 0, 0, 0], responses: 0 }
	};
	const ratings = questionsOf(form).flatMap((q) => (q.kind === 'rating' ? [q] : []));
	for (const response of responses.filter((r) => inFilter(r, filter))) {
		const dimensionsAnswered = new Set<string>();
		for (const q of ratings) {
			const value = response.answers[q.key];
			if (typeof value !== 'number') continue;
			const item = expected.items.get(q.key) ?? [0, 0, 0, 0, 0];
			item[value - 1]! += 1;
			expected.items.set(q.key, item);
			const dimension = expected.dimensions.get(q.dimension) ?? {
				counts: [0, 0, 0, 0, 0],
				responses: 0
			};
			dimension.counts[value - 1]! += 1;
			if (!dimensionsAnswered.has(q.dimension)) dimension.responses += 1;
			dimensionsAnswered.add(q.dimension);
			expected.dimensions.set(q.dimension, dimension);
			expected.overall.counts[value - 1]! += 1;
		}
		if (dimensionsAnswered.size > 0) expected.overall.responses += 1;
	}
	return expected;
}

function actual(result: RatingAggregates): Expected {
	return {
		items: new Map(result.items.map((i) => [i.questionKey, i.counts as Counts])),
		dimensions: new Map(
			result.dimensions.map((d) => [
				d.dimension,
				{ counts: d.counts as Counts, responses: d.responses }
			])
		),
		overall: { counts: result.overall.counts as Counts, responses: result.overall.responses }
	};
}

/**
 * Moves some responses to the first and last minutes of 15 January 2025 in Bangkok, where a day
 * computed in UTC, or off by an hour, would put them on the 14th or the 16th.
 */
function atMidnightEdges(responses: Response[]): Response[] {
	return responses.map((response, i) => {
		if (i % 20 !== 0) return response;
		const submittedAt = i % 40 === 0 ? '2025-01-15T00:15:00+07:00' : '2025-01-15T23:45:00+07:00';
		const startedAt = new Date(Date.parse(submittedAt) - 5 * 60_000).toISOString();
		return { ...response, startedAt, submittedAt: new Date(submittedAt).toISOString() };
	});
}

const base = { officeId: demoOffice.id, formId: demoSatisfactionFormId };
const fifteenthOfJanuary = {
	...base,
	from: new Date('2025-01-15T00:00:00+07:00'),
	to: new Date('2025-01-16T00:00:00+07:00')
};
const fy2568 = fiscalYearRange(2568);
const q2 = fiscalQuarterRange(2568, 2);
const filters: [string, RatingFilter, 'rollups' | 'answers'][] = [
	[
		'a fiscal year of one group',
		{ ...base, groupId: personnel.id, from: fy2568.start, to: fy2568.end },
		'rollups'
	],
	[
		'the whole office over two years',
		{ ...base, from: fiscalYearRange(2567).start, to: fy2568.end },
		'rollups'
	],
	[
		'a quarter, teachers only',
		{ ...base, groupId: personnel.id, from: q2.start, to: q2.end, respondentType: 'teacher' },
		'rollups'
	],
	[
		'a date range, version 1',
		{
			...base,
			formVersion: 1,
			from: new Date('2025-01-01T00:00:00+07:00'),
			to: new Date('2025-04-01T00:00:00+07:00')
		},
		'rollups'
	],
	['one Bangkok day, with answers in its first and last minutes', fifteenthOfJanuary, 'rollups'],
	[
		'one school (the rollups keep no schools)',
		{ ...base, schoolId: demoSchools[0]!.id, from: fy2568.start, to: fy2568.end },
		'answers'
	],
	[
		'a period that starts at noon',
		{ ...base, from: new Date('2025-01-01T12:00:00+07:00'), to: fy2568.end },
		'answers'
	]
];

describe.each(storesUnderTest())('the daily rollups on $name', (kind) => {
	let store: Store;
	let form: FormDefinition;
	let responses: Response[];

	beforeAll(async () => {
		store = await kind.open();
		await seedDemoContent(store);
		form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		responses = atMidnightEdges(buildDemoResponses(form, { count, seed: 7, now }));
		// In several batches, as tablets send them; the second half twice, as a lost answer resends.
		const report = await store.insertResponses(responses.slice(0, count / 2));
		expect(report.stored).toBe(count / 2);
		await store.insertResponses(responses.slice(count / 2));
		expect((await store.insertResponses(responses.slice(count / 2))).stored).toBe(0);
	}, 60_000);

	afterAll(() => kind.dispose());

	it.each(filters)('count %s as the answers do', async (_, filter, source) => {
		expect(rollupDays(filter) === null ? 'answers' : 'rollups').toBe(source);
		const expected = oracle(form, responses, filter);
		expect(expected.overall.responses).toBeGreaterThan(0);
		expect(actual(await store.reports.ratingAggregates(filter))).toEqual(expected);
	});

	it('give each group of the office its pooled counts', async () => {
		const filter = { ...base, from: fy2568.start, to: fy2568.end };
		const byGroup = await store.reports.groupAggregates(filter);
		expect(byGroup.length).toBeGreaterThan(5);
		for (const group of byGroup) {
			const expected = oracle(form, responses, { ...filter, groupId: group.groupId }).overall;
			expect({ counts: group.counts, responses: group.responses }).toEqual(expected);
		}
	});

	it('give each fiscal quarter its counts', async () => {
		const filter = {
			...base,
			groupId: personnel.id,
			from: fiscalYearRange(2567).start,
			to: fy2568.end
		};
		const trend = await store.reports.ratingTrend(filter);
		expect(trend.length).toBeGreaterThanOrEqual(6);
		for (const quarter of trend) {
			const range = fiscalQuarterRange(quarter.fy, quarter.quarter);
			const expected = oracle(form, responses, { ...filter, from: range.start, to: range.end });
			expect({ counts: quarter.counts, responses: quarter.responses }).toEqual(expected.overall);
		}
	});
});

describe('the migration that adds the rollups', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-rollups-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('fills them from the answers stored before it', async () => {
		let store = await openStore({ kind: 'pglite', dataDir });
		await seedDemoContent(store);
		const form = (await store.forms.get(demoSatisfactionFormId, 1))!;
		const responses = atMidnightEdges(buildDemoResponses(form, { count: 200, seed: 3, now }));
		await store.insertResponses(responses);
		await store.close();

		// As a store written before the migration: answers but no rollups. Then its backfill.
		const client = await PGlite.create(dataDir);
		await client.exec('delete from rating_daily; delete from rating_daily_dimensions;');
		const migration = readFileSync('drizzle/0004_daily_rollups.sql', 'utf8');
		const backfill = migration
			.split('--> statement-breakpoint')
			.filter((statement) => /insert into/i.test(statement));
		expect(backfill).toHaveLength(2);
		for (const statement of backfill) await client.exec(statement);
		await client.close();

		store = await openStore({ kind: 'pglite', dataDir });
		try {
			for (const filter of [
				{ ...base, from: fiscalYearRange(2567).start, to: fy2568.end },
				fifteenthOfJanuary
			]) {
				expect(rollupDays(filter)).not.toBeNull();
				const expected = oracle(form, responses, filter);
				expect(expected.overall.responses).toBeGreaterThan(0);
				expect(actual(await store.reports.ratingAggregates(filter))).toEqual(expected);
			}
		} finally {
			await store.close();
		}
	}, 60_000);
});
