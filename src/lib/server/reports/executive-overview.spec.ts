import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecutiveOverview, OverviewQuery } from '$lib/api/report-contract';
import { demoGroups, demoOffice } from '../seed/demo-office';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { buildExecutiveOverview } from './executive-overview';
import { buildGroupReport, ReportNotFoundError } from './group-report';
import { executiveOf } from '../auth/testing/principals';
import { saveReportNote } from './report-notes';
import { writeRatingFixture } from './testing/rating-fixture';

const [admin, policy, personnel] = demoGroups as [
	(typeof demoGroups)[0],
	(typeof demoGroups)[0],
	(typeof demoGroups)[0]
];

describe.each(storesUnderTest())('buildExecutiveOverview on $name', (kind) => {
	let store: Store;
	const build = async (query: Partial<OverviewQuery> = {}) =>
		ExecutiveOverview.parse(await buildExecutiveOverview(store, { fy: 2568, ...query }));

	beforeAll(async () => {
		store = await kind.open();
		// Every other item 5. Admin: speeds 5, 4, 3; personnel: one response with speed 1; policy:
		// one response, in FY 2567 only.
		await writeRatingFixture(
			store,
			[
				{ submittedAt: '2024-11-10T10:00:00+07:00', speed: 5 },
				{ submittedAt: '2025-02-01T10:00:00+07:00', speed: 4 },
				{ submittedAt: '2025-05-01T10:00:00+07:00', speed: 3 },
				{ submittedAt: '2025-01-10T10:00:00+07:00', groupId: personnel.id, speed: 1 },
				{ submittedAt: '2024-09-15T10:00:00+07:00', groupId: policy.id, speed: 2 }
			],
			{ groupId: admin.id, otherRatings: 5 }
		);
	}, 120_000);

	afterAll(() => kind.dispose());

	it('gives each group the overall row of its own report, highest first, empty groups last', async () => {
		const overview = await build();
		expect(overview.office).toEqual({ id: demoOffice.id, name: demoOffice.name });
		expect(overview.groups).toHaveLength(demoGroups.length);
		const codes = overview.groups.map((g) => g.group.code);
		const adminReport = await buildGroupReport(store, { groupId: admin.id, fy: 2568 });
		const personnelReport = await buildGroupReport(store, { groupId: personnel.id, fy: 2568 });
		const row = (code: string) => overview.groups.find((g) => g.group.code === code);
		expect(row(admin.code)).toMatchObject({
			responses: 3,
			n: adminReport.overall.n,
			mean: adminReport.overall.mean,
			meanRounded: adminReport.overall.meanRounded,
			level: adminReport.overall.level,
			satisfactionPercent: adminReport.overall.satisfactionPercent
		});
		expect(row(personnel.code)).toMatchObject({
			responses: 1,
			meanRounded: personnelReport.overall.meanRounded
		});
		// 15 required items a response. Admin: 3 × 14 fives + 5 + 4 + 3 over 45 answers (4.93);
		// personnel: 14 fives + 1 over 15 (4.73).
		expect(adminReport.overall.mean).toBeCloseTo((42 * 5 + 12) / 45, 12);
		expect(personnelReport.overall.mean).toBeCloseTo((14 * 5 + 1) / 15, 12);
		expect(codes.slice(0, 2)).toEqual([admin.code, personnel.code]);
		expect(overview.groups.slice(0, 2).map((g) => g.rank)).toEqual([1, 2]);
		// The rest have no answers this year: rank null, no NaN, in the office's order.
		const rest = overview.groups.slice(2);
		expect(rest.every((g) => g.n === 0 && g.mean === null && g.rank === null)).toBe(true);
		expect(rest.map((g) => g.group.code)).toEqual(
			demoGroups.map((g) => g.code).filter((c) => c !== admin.code && c !== personnel.code)
		);
		expect(overview.overall).toMatchObject({ responses: 4, n: 60 });
		expect(overview.overall.mean).toBeCloseTo((56 * 5 + 13) / 60, 12);
		expect(JSON.stringify(overview)).not.toContain('NaN');
	});

	it('compares with the previous year and shows which reports carry notes', async () => {
		await saveReportNote(
			store,
			admin.id,
			{
				fy: 2568,
				quarter: null,
				kind: 'executive-opinion',
				text: 'รับทราบ ให้ปรับปรุงความรวดเร็ว'
			},
			executiveOf(demoOffice.id)
		);
		const overview = await build();
		const policyRow = overview.groups.find((g) => g.group.code === policy.code);
		// Policy answered only in FY 2567: a previous mean, no current one, so no change.
		expect(policyRow).toMatchObject({
			n: 0,
			previousMeanRounded: expect.any(Number),
			change: null
		});
		const adminRow = overview.groups.find((g) => g.group.code === admin.code);
		expect(adminRow).toMatchObject({ hasExecutiveOpinion: true, hasImprovementActions: false });
		// A note on the year is not a note on a quarter.
		const q2 = await build({ quarter: 2 });
		expect(q2.groups.find((g) => g.group.code === admin.code)?.hasExecutiveOpinion).toBe(false);
	});

	it('names an unknown office', async () => {
		await expect(buildExecutiveOverview(store, { fy: 2568, office: 'nowhere' })).rejects.toEqual(
			expect.objectContaining({ code: 'unknown-office' })
		);
		await expect(
			buildExecutiveOverview(store, { fy: 2568, office: 'nowhere' })
		).rejects.toBeInstanceOf(ReportNotFoundError);
	});
});
