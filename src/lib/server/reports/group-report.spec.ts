import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupReport, GroupReportQuery } from '$lib/api/report-contract';
import { questionsOf } from '$lib/domain';
import { parseQuery } from '../http/respond';
import { demoSatisfactionFormId } from '../seed/demo-forms';
import { demoGroups, demoOffice } from '../seed/demo-office';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { buildGroupReport, ReportNotFoundError, type GroupReportInput } from './group-report';
import { writeRatingFixture, type FixtureResponse } from './testing/rating-fixture';

const [admin, personnel] = demoGroups as [(typeof demoGroups)[0], (typeof demoGroups)[0]];

/**
 * Every other required rating is answered 5, so `process_speed` (5, 5, 4, 3) and the optional
 * `facilities_signs` (5, 3, skipped twice) are the lowest items and every number is computable
 * by hand. Three optional facilities items are never answered.
 */
const fixture: FixtureResponse[] = [
	// FY 2568, group admin: Q1 twice, Q2, Q3; nothing in Q4.
	{ submittedAt: '2024-11-10T10:00:00+07:00', speed: 5, signs: 5, suggestion: 'ที่จอดรถน้อย' },
	{
		submittedAt: '2024-12-01T10:00:00+07:00',
		respondentType: 'parent',
		speed: 5,
		suggestion: '  ที่จอดรถน้อย \n'
	},
	{ submittedAt: '2025-02-01T10:00:00+07:00', speed: 4, signs: 3, suggestion: '<b>ดีมาก</b>' },
	{ submittedAt: '2025-05-01T10:00:00+07:00', speed: 3, suggestion: '   ' },
	// Outside it: another group in FY 2568, the same group in FY 2567.
	{ submittedAt: '2025-01-10T10:00:00+07:00', groupId: personnel.id, speed: 1, signs: 1 },
	{ submittedAt: '2024-09-15T10:00:00+07:00', speed: 1 }
];

function writeFixture(store: Store): Promise<void> {
	return writeRatingFixture(store, fixture, { groupId: admin.id, otherRatings: 5 });
}

function item(report: GroupReport, key: string) {
	return report.items.find((i) => i.key === key);
}

describe.each(storesUnderTest())('buildGroupReport on $name', (kind) => {
	let store: Store;
	const build = async (query: Partial<GroupReportInput> = {}) => {
		const report = await buildGroupReport(store, { groupId: admin.id, fy: 2568, ...query });
		// What the route sends: the body must pass the API schema (which also refuses NaN).
		return GroupReport.parse(report);
	};

	beforeAll(async () => {
		store = await kind.open();
		await writeFixture(store);
	}, 120_000);

	afterAll(() => kind.dispose());

	it("reports two items by hand: n, counts, mean, S.D., level and rank, in the form's order", async () => {
		const report = await build();
		expect(report.responses).toBe(4);
		expect(report.levelScheme).toBe('0.5');
		expect(report.form).toEqual({
			id: demoSatisfactionFormId,
			title: expect.objectContaining({ th: expect.any(String) }),
			version: null
		});

		// process_speed: 5, 5, 4, 3 → Σx 17, x̄ 4.25; Σ(x − x̄)² = 0.5625·2 + 0.0625 + 1.5625 = 2.75,
		// S.D. = √(2.75 / 3) = 0.9574; 4.25 is มาก (3.51–4.50); 14 items at 5.00 rank above it.
		const speed = item(report, 'process_speed');
		expect(speed).toMatchObject({
			dimension: 'process',
			label: { th: 'ความรวดเร็วในการให้บริการ', en: 'Speed of service' },
			n: 4,
			counts: [0, 0, 1, 1, 2],
			percents: [0, 0, 25, 25, 50],
			mean: 4.25,
			meanRounded: 4.25,
			level: 4,
			rank: 15
		});
		expect(speed?.sd).toBeCloseTo(Math.sqrt(2.75 / 3), 12);

		// facilities_signs, skipped by two: 5, 3 → n 2 (per item, not per response), x̄ 4.00,
		// S.D. = √(2 / 1) = 1.4142, มาก, last of the 16 answered items.
		const signs = item(report, 'facilities_signs');
		expect(signs).toMatchObject({ n: 2, counts: [0, 0, 1, 0, 1], mean: 4, level: 4, rank: 16 });
		expect(signs?.sd).toBeCloseTo(Math.SQRT2, 12);

		// The 14 other required items tie at 5.00, มากที่สุด, rank 1.
		expect(item(report, 'staff_courtesy')).toMatchObject({
			n: 4,
			mean: 5,
			sd: 0,
			level: 5,
			rank: 1
		});

		// All 19 rating items in the form's order; the never-answered ones have n 0 and no rank.
		const form = await store.forms.get(demoSatisfactionFormId, 1);
		if (form === null) throw new Error('demo satisfaction form missing');
		const ratingKeys = questionsOf(form).flatMap((q) => (q.kind === 'rating' ? [q.key] : []));
		expect(report.items.map((i) => i.key)).toEqual(ratingKeys);
		expect(item(report, 'facilities_amenities')).toMatchObject({
			n: 0,
			mean: null,
			meanRounded: null,
			sd: null,
			level: null,
			rank: null
		});
	});

	it('pools per dimension and overall, with the satisfaction percentage and what to improve', async () => {
		const report = await build();

		// process: 6 items × 4 = 24 answers: 20 fives + 5, 5, 4, 3 → Σx 117, x̄ 4.875, printed 4.88
		// (half up), มากที่สุด; ranked after staff and quality (5.00), before facilities (4.00).
		expect(report.dimensions.map((d) => [d.key, d.n, d.meanRounded, d.level, d.rank])).toEqual([
			['process', 24, 4.88, 5, 3],
			['staff', 24, 5, 5, 1],
			['facilities', 2, 4, 4, 4],
			['quality', 12, 5, 5, 1]
		]);
		expect(report.dimensions[0]?.label.th).toBe('ด้านกระบวนการ/ขั้นตอนการให้บริการ');
		expect(report.dimensions[2]?.responses).toBe(2);

		// Overall: 56 fives + speed 5, 5, 4, 3 + signs 5, 3 → n 62, counts [0, 0, 2, 1, 59],
		// Σx = 6 + 4 + 295 = 305, x̄ = 305 / 62 = 4.9194 → 4.92, มากที่สุด;
		// Σx² = 18 + 16 + 1475 = 1509, Σ(x − x̄)² = 1509 − 305² / 62 = 8.5968, S.D. = √(8.5968 / 61);
		// satisfaction = x̄ / 5 × 100 = 98.39%.
		expect(report.overall).toMatchObject({
			n: 62,
			counts: [0, 0, 2, 1, 59],
			meanRounded: 4.92,
			level: 5,
			responses: 4
		});
		expect(report.overall.mean).toBeCloseTo(305 / 62, 12);
		expect(report.overall.sd).toBeCloseTo(Math.sqrt((1509 - 305 ** 2 / 62) / 61), 12);
		expect(report.overall.satisfactionPercent).toBeCloseTo(98.387, 3);

		// The lowest printed means, lowest first; among the tied 5.00 the form's first.
		expect(report.lowest.map((l) => [l.key, l.meanRounded, l.level])).toEqual([
			['facilities_signs', 4, 4],
			['process_speed', 4.25, 4],
			['process_steps_simple', 5, 5]
		]);
	});

	it('reports one quarter: Bangkok-time quarter bounds, only its responses', async () => {
		const q1 = await build({ quarter: 1 });
		expect(q1.period).toEqual({
			kind: 'quarter',
			fy: 2568,
			quarter: 1,
			from: '2024-09-30T17:00:00.000Z',
			to: '2024-12-31T17:00:00.000Z',
			firstDay: '2024-10-01',
			lastDay: '2024-12-31'
		});
		expect(q1.responses).toBe(2);
		// 5, 5 → x̄ 5.00, S.D. 0; signs answered once → S.D. null (n < 2).
		expect(item(q1, 'process_speed')).toMatchObject({ n: 2, mean: 5, sd: 0, level: 5 });
		expect(item(q1, 'facilities_signs')).toMatchObject({ n: 1, mean: 5, sd: null });

		const q2 = await build({ quarter: 2 });
		expect(q2.responses).toBe(1);
		expect(item(q2, 'process_speed')).toMatchObject({ n: 1, mean: 4, level: 4 });

		const year = await build();
		expect(year.period).toEqual({
			kind: 'year',
			fy: 2568,
			quarter: null,
			from: '2024-09-30T17:00:00.000Z',
			to: '2025-09-30T17:00:00.000Z',
			firstDay: '2024-10-01',
			lastDay: '2025-09-30'
		});
	});

	it('reports a date range of Bangkok days, both ends included, against as many days before', async () => {
		// 10 Nov – 1 Dec 2024: the two Q1 responses, the second at 10:00 on the last day.
		const range = await build({ fy: undefined, from: '2024-11-10', to: '2024-12-01' });
		expect(range.period).toMatchObject({
			kind: 'range',
			fy: null,
			firstDay: '2024-11-10',
			lastDay: '2024-12-01',
			from: '2024-11-09T17:00:00.000Z',
			to: '2024-12-01T17:00:00.000Z'
		});
		expect(range.responses).toBe(2);
		// 22 days before: 19 Oct – 9 Nov 2024, nothing in it.
		expect(range.previousPeriod).toMatchObject({ firstDay: '2024-10-19', lastDay: '2024-11-09' });
		expect(range.previous.responses).toBe(0);
		expect(range.overall.change).toBeNull();
		// A range has no fiscal report to write notes on; its trend is its last day's fiscal year.
		expect(range.notes).toEqual({ executiveOpinion: null, improvementActions: null });
		expect(range.trend.at(-1)).toMatchObject({ fy: 2568, quarter: 4 });
	});

	it('compares with the previous period: last year for a year, last quarter for a quarter', async () => {
		const year = await build();
		expect(year.previousPeriod).toMatchObject({ kind: 'year', fy: 2567 });
		// FY 2567 holds one response of this group, speed 1.
		expect(year.previous.responses).toBe(1);
		expect(item(year, 'process_speed')).toMatchObject({
			meanRounded: 4.25,
			previousMeanRounded: 1,
			change: 3.25
		});
		// Skipped then: no previous mean, no change.
		expect(item(year, 'facilities_signs')).toMatchObject({
			previousMeanRounded: null,
			change: null
		});

		// Q2 (4) against Q1 (5, 5); Q1 against Q4 of FY 2567 (1).
		const q2 = await build({ quarter: 2 });
		expect(q2.previousPeriod).toMatchObject({ kind: 'quarter', fy: 2568, quarter: 1 });
		expect(item(q2, 'process_speed')).toMatchObject({ previousMeanRounded: 5, change: -1 });
		const q1 = await build({ quarter: 1 });
		expect(q1.previousPeriod).toMatchObject({ fy: 2567, quarter: 4 });
		expect(item(q1, 'process_speed')).toMatchObject({ previousMeanRounded: 1, change: 4 });
	});

	it('gives the trend of the 12 quarters of three fiscal years, empty quarters as nulls', async () => {
		const { trend } = await build();
		expect(trend.map((t) => `${t.fy}Q${t.quarter}`)).toEqual(
			[2566, 2567, 2568].flatMap((fy) => [1, 2, 3, 4].map((q) => `${fy}Q${q}`))
		);
		const at = (fy: number, quarter: number) =>
			trend.find((t) => t.fy === fy && t.quarter === quarter);
		expect([1, 2, 3, 4].map((q) => at(2568, q)?.responses)).toEqual([2, 1, 1, 0]);
		// 15 Sep 2024 in Bangkok is Q4 of FY 2567.
		expect(at(2567, 4)).toMatchObject({ responses: 1 });
		expect(at(2568, 4)).toMatchObject({ n: 0, mean: null, level: null, satisfactionPercent: null });
		// The trend's quarter is the same computation as the report of that quarter alone.
		const q2 = await build({ quarter: 2 });
		expect(at(2568, 2)).toMatchObject({ n: q2.overall.n, mean: q2.overall.mean });
	});

	it('counts respondents by type, every type listed, with percentages', async () => {
		const { respondents } = await build();
		expect(respondents.total).toBe(4);
		expect(respondents.byType).toHaveLength(10);
		expect(respondents.byType.find((r) => r.type === 'teacher')).toEqual({
			type: 'teacher',
			count: 3,
			percent: 75
		});
		expect(respondents.byType.find((r) => r.type === 'parent')?.percent).toBe(25);
		expect(respondents.byType.find((r) => r.type === 'student')).toMatchObject({
			count: 0,
			percent: 0
		});
	});

	it('lists open answers trimmed, identical ones merged and counted, blank ones left out', async () => {
		const { openAnswers } = await build();
		expect(openAnswers).toEqual([
			{
				key: 'suggestion',
				label: expect.objectContaining({ th: 'ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ' }),
				total: 3,
				distinct: 2,
				// Kept as written: pages and exports show it as text, never as HTML.
				answers: [
					{ text: 'ที่จอดรถน้อย', count: 2 },
					{ text: '<b>ดีมาก</b>', count: 1 }
				]
			}
		]);
	});

	it('filters by respondent type', async () => {
		const parents = await build({ respondentType: 'parent' });
		expect(parents.responses).toBe(1);
		expect(parents.filters).toEqual({ schoolId: null, respondentType: 'parent' });
		expect(item(parents, 'process_speed')).toMatchObject({ n: 1, mean: 5 });
	});

	it('says an empty period is empty: responses 0, n 0, null means, no lowest, no NaN', async () => {
		for (const report of [await build({ quarter: 4 }), await build({ fy: 2570 })]) {
			expect(report.responses).toBe(0);
			expect(report.overall).toEqual({
				n: 0,
				counts: [0, 0, 0, 0, 0],
				percents: [0, 0, 0, 0, 0],
				mean: null,
				meanRounded: null,
				sd: null,
				level: null,
				responses: 0,
				satisfactionPercent: null,
				previousMeanRounded: report.previous.meanRounded,
				change: null
			});
			expect(report.respondents.total).toBe(0);
			expect(report.openAnswers[0]).toMatchObject({ total: 0, answers: [] });
			expect(report.items).toHaveLength(19);
			expect(report.items.every((i) => i.n === 0 && i.mean === null && i.rank === null)).toBe(true);
			expect(report.dimensions.every((d) => d.n === 0 && d.level === null)).toBe(true);
			expect(report.lowest).toEqual([]);
			expect(JSON.stringify(report)).not.toContain('NaN');
		}
	});

	it('throws a typed not-found for an unknown group or form version', async () => {
		for (const groupId of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
			const attempt = buildGroupReport(store, { groupId, fy: 2568 });
			await expect(attempt).rejects.toBeInstanceOf(ReportNotFoundError);
			await expect(attempt).rejects.toMatchObject({ code: 'unknown-group' });
		}
		await expect(build({ version: 2 })).rejects.toMatchObject({ code: 'unknown-form' });
		await expect(build({ form: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
			code: 'unknown-form'
		});
		// One version named: the same numbers as pooled, since the fixture has only version 1.
		const v1 = await build({ version: 1 });
		expect(v1.form.version).toBe(1);
		expect(item(v1, 'process_speed')?.n).toBe(4);
	});

	// Last: it changes the office's setting.
	it("classifies by the office's band scheme: 4.25 is มากที่สุด under 0.8 (4.21–5.00)", async () => {
		await store.offices.upsert([{ ...demoOffice, levelScheme: '0.8' }]);
		const report = await build();
		expect(report.levelScheme).toBe('0.8');
		expect(item(report, 'process_speed')).toMatchObject({ meanRounded: 4.25, level: 5 });
		expect(item(report, 'facilities_signs')).toMatchObject({ meanRounded: 4, level: 4 });
	});
});

describe('the report query', () => {
	const parse = (query: string) =>
		parseQuery(GroupReportQuery, new URL(`http://x/api/reports/groups/g?${query}`));

	it('takes a range of days instead of a fiscal year', () => {
		expect(parse('from=2024-10-01&to=2024-12-31')).toEqual({
			ok: true,
			value: { from: '2024-10-01', to: '2024-12-31' }
		});
	});

	it('coerces numbers and keeps the optional filters optional', () => {
		const result = parse('fy=2568&quarter=2&respondentType=parent');
		expect(result).toEqual({
			ok: true,
			value: { fy: 2568, quarter: 2, respondentType: 'parent' }
		});
	});

	it.each([
		['', 'fy'],
		['fy=abc', 'fy'],
		['fy=2568.5', 'fy'],
		['fy=1999', 'fy'],
		['fy=2568&quarter=5', 'quarter'],
		['fy=2568&quarter=0', 'quarter'],
		['fy=2568&form=nope', 'form'],
		['fy=2568&from=2024-10-01&to=2024-12-31', 'from'],
		['from=2024-10-01', 'to'],
		['to=2024-10-01', 'from'],
		['from=2025-01-02&to=2025-01-01', 'to'],
		['from=2024-10-01&to=2024-12-31&quarter=1', 'quarter'],
		['from=2024-10-01&to=2030-12-31', 'to'],
		['from=2024-02-30&to=2024-03-01', 'from']
	])('answers %j with a 400 naming %s', async (query, parameter) => {
		const result = parse(query);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.response.status).toBe(400);
		const body = (await result.response.json()) as {
			error: { code: string; message: { en: string } };
		};
		expect(body.error.code).toBe('invalid_query');
		expect(body.error.message.en).toContain(`"${parameter}"`);
	});
});
