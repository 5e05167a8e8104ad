import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { AccessDeniedError } from '../auth/policy';
import { adminOf, executiveOf, leaderOf } from '../auth/testing/principals';
import { buildGroupReport } from '../reports/group-report';
import { saveReportNote } from '../reports/report-notes';
import { writeRatingFixture } from '../reports/testing/rating-fixture';
import { demoGroups, demoOffice } from '../seed/demo-office';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { publishTransparencyPage, withdrawTransparencyPage } from './transparency-page';

const [generalAdmin, personnel] = demoGroups as [(typeof demoGroups)[0], (typeof demoGroups)[0]];

describe.each(storesUnderTest())('the transparency page on $name', (kind) => {
	let store: Store;
	const admin = adminOf(demoOffice.id, 'นางสาวใจดี ผู้ดูแล');

	beforeAll(async () => {
		store = await kind.open();
		// FY 2568: every answer 4, so each number can be checked by hand; one response in FY 2569.
		await writeRatingFixture(
			store,
			[
				{ submittedAt: '2024-11-05T09:00:00+07:00', speed: 4, suggestion: 'ป้ายบอกทาง' },
				{ submittedAt: '2025-03-05T09:00:00+07:00', speed: 4, respondentType: 'parent' },
				{ submittedAt: '2025-10-02T09:00:00+07:00', speed: 1 }
			],
			{ groupId: generalAdmin.id, otherRatings: 4 }
		);
		await saveReportNote(
			store,
			generalAdmin.id,
			{ fy: 2568, quarter: null, kind: 'improvement-actions', text: 'ติดป้ายใหม่ ๖ จุด <b>ทันที</b>' },
			leaderOf(generalAdmin, 'ผอ.กลุ่มอำนวยการ')
		);
		const office = { officeId: demoOffice.id, groupId: generalAdmin.id, deviceId: null };
		const feedback = await store.insertFeedback([
			// Answered on the 3rd day, and 20 days after: one in time, one late.
			buildFeedbackItem({ ...office, kind: 'complaint', submittedAt: '2024-12-01T10:00:00+07:00' }),
			buildFeedbackItem({
				...office,
				kind: 'suggestion',
				submittedAt: '2024-12-01T10:00:00+07:00'
			}),
			buildFeedbackItem({ ...office, kind: 'opinion', submittedAt: '2025-04-10T10:00:00+07:00' }),
			buildFeedbackItem({
				...office,
				kind: 'complaint',
				track: 'misconduct',
				groupId: null,
				body: 'เรื่องลับ ห้ามเผยแพร่',
				submittedAt: '2025-02-01T10:00:00+07:00'
			}),
			// FY 2569: not counted in FY 2568.
			buildFeedbackItem({ ...office, kind: 'compliment', submittedAt: '2025-10-03T10:00:00+07:00' })
		]);
		expect(feedback.stored).toBe(5);
		const [inTime, late] = feedback.outcomes.map((o) => o.id!);
		const moves = [
			[inTime, 'not_actionable', '2024-12-04T03:00:00Z'],
			[late, 'in_progress', '2024-12-02T03:00:00Z'],
			[late, 'resolved', '2024-12-21T03:00:00Z']
		] as const;
		for (const [id, to, at] of moves) {
			expect(await store.feedback.setStatus(id!, to, new Date(at))).toBe('changed');
		}
	}, 120_000);

	afterAll(() => kind.dispose());

	it('shows nothing until an administrator publishes a year', async () => {
		expect(await store.transparency.listPublished(demoOffice.id)).toEqual([]);
		expect(await store.transparency.get(demoOffice.id, 2568)).toBeNull();
	});

	it("publishes the year's four parts per group: topic, who took part, results, and what was done", async () => {
		const at = new Date('2025-11-01T03:00:00Z');
		await publishTransparencyPage(store, admin, 2568, at);

		expect(await store.transparency.listPublished(demoOffice.id)).toEqual([
			{ fy: 2568, publishedAt: at.toISOString() }
		]);
		const page = (await store.transparency.get(demoOffice.id, 2568))!;
		expect(page.publishedBy).toBe('นางสาวใจดี ผู้ดูแล');
		expect(page.period.firstDay).toBe('2024-10-01');
		expect(page.groups.map((g) => g.group.code)).toEqual(demoGroups.map((g) => g.code));

		const group = page.groups.find((g) => g.group.id === generalAdmin.id)!;
		expect(group.form?.title.th).toMatch(/ความพึงพอใจ/);
		expect(group.respondents.total).toBe(2);
		expect(group.respondents.byType.filter((t) => t.count > 0)).toEqual([
			{ type: 'teacher', count: 1, percent: 50 },
			{ type: 'parent', count: 1, percent: 50 }
		]);
		expect(group.overall).toMatchObject({
			responses: 2,
			meanRounded: 4,
			sd: 0,
			level: 4,
			satisfactionPercent: 80
		});
		expect(group.youSaid).toHaveLength(3);
		expect(group.suggestions).toBe(1);
		expect(group.weDid).toMatchObject({
			text: 'ติดป้ายใหม่ ๖ จุด <b>ทันที</b>',
			author: 'ผอ.กลุ่มอำนวยการ'
		});
		// The same numbers as the group's own report of the year.
		const report = await buildGroupReport(store, { groupId: generalAdmin.id, fy: 2568 });
		expect(group.overall.n).toBe(report.overall.n);
		expect(group.youSaid.map((i) => i.key)).toEqual(report.lowest.map((i) => i.key));

		const quiet = page.groups.find((g) => g.group.id === personnel.id)!;
		expect(quiet.overall.responses).toBe(0);
		expect(quiet.overall.meanRounded).toBeNull();
		expect(quiet.weDid).toBeNull();

		expect(page.feedback).toEqual({
			total: 4,
			byKind: { opinion: 1, suggestion: 1, complaint: 2, compliment: 0 },
			closed: 2,
			closedInTime: 1,
			misconduct: 1,
			// October to March: all of them but the opinion of 10 April.
			firstHalf: {
				total: 3,
				byKind: { opinion: 0, suggestion: 1, complaint: 2, compliment: 0 },
				closed: 2,
				closedInTime: 1,
				misconduct: 1
			}
		});
		// A misconduct complaint is counted, never shown.
		expect(JSON.stringify(page)).not.toContain('เรื่องลับ');

		const audit = await store.accounts.audit.list(demoOffice.id, 10);
		expect(
			audit.some((e) => e.action === 'transparency-published' && e.subject === 'fy:2568')
		).toBe(true);
	});

	it('keeps the published numbers when later records arrive, until it is published again', async () => {
		await writeRatingFixture(
			store,
			[{ submittedAt: '2025-06-05T09:00:00+07:00', speed: 4, respondentType: 'school_executive' }],
			{ groupId: generalAdmin.id, otherRatings: 4 }
		);
		const before = (await store.transparency.get(demoOffice.id, 2568))!;
		expect(before.groups.find((g) => g.group.id === generalAdmin.id)!.respondents.total).toBe(2);

		await publishTransparencyPage(store, admin, 2568, new Date('2025-11-02T03:00:00Z'));
		const after = (await store.transparency.get(demoOffice.id, 2568))!;
		expect(after.groups.find((g) => g.group.id === generalAdmin.id)!.respondents.total).toBe(3);
		expect(await store.transparency.listPublished(demoOffice.id)).toHaveLength(1);
	});

	it('takes a withdrawn year off the public list, and shows it again when published again', async () => {
		expect(await withdrawTransparencyPage(store, admin, 2568)).toBe(true);
		expect(await store.transparency.get(demoOffice.id, 2568)).toBeNull();
		expect(await store.transparency.listPublished(demoOffice.id)).toEqual([]);
		expect(await withdrawTransparencyPage(store, admin, 2568)).toBe(false);

		await publishTransparencyPage(store, admin, 2568);
		expect((await store.transparency.listPublished(demoOffice.id)).map((y) => y.fy)).toEqual([
			2568
		]);
	});

	it('lets only an administrator publish or withdraw', async () => {
		for (const user of [executiveOf(demoOffice.id), leaderOf(generalAdmin)]) {
			await expect(publishTransparencyPage(store, user, 2569)).rejects.toThrow(AccessDeniedError);
			await expect(withdrawTransparencyPage(store, user, 2568)).rejects.toThrow(AccessDeniedError);
		}
		expect(await store.transparency.get(demoOffice.id, 2569)).toBeNull();
		expect(await store.transparency.get(demoOffice.id, 2568)).not.toBeNull();
	});
});
