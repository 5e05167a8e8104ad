import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportNoteInput } from '$lib/api/report-contract';
import { demoGroups, demoOffice } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import type { Store } from '../store/types';
import { storesUnderTest } from '../testing/stores';
import { buildGroupReport } from './group-report';
import { AccessDeniedError } from '../auth/policy';
import { executiveOf, leaderOf } from '../auth/testing/principals';
import { saveReportNote } from './report-notes';

const [admin, personnel] = demoGroups as [(typeof demoGroups)[0], (typeof demoGroups)[0]];

describe.each(storesUnderTest())('report notes on $name', (kind) => {
	let store: Store;
	const executive = executiveOf(demoOffice.id, 'ผอ.สพป.');

	beforeAll(async () => {
		store = await kind.open();
		await seedDemoContent(store);
	}, 120_000);

	afterAll(() => kind.dispose());

	it("puts the executive's opinion and the improvement actions on that period's report only", async () => {
		const at = new Date('2025-10-20T03:00:00Z');
		const saved = await saveReportNote(
			store,
			admin.id,
			{
				fy: 2568,
				quarter: null,
				kind: 'executive-opinion',
				text: '  ให้เร่งปรับปรุงป้ายบอกทาง  ',
				author: 'ผอ.สพป.'
			},
			executive,
			at
		);
		expect(saved).toEqual({
			kind: 'executive-opinion',
			text: 'ให้เร่งปรับปรุงป้ายบอกทาง',
			author: 'ผอ.สพป.',
			updatedAt: at.toISOString()
		});
		await saveReportNote(
			store,
			admin.id,
			{
				fy: 2568,
				quarter: null,
				kind: 'improvement-actions',
				text: 'ติดป้ายใหม่ ๖ จุด <script>alert(1)</script>'
			},
			leaderOf(admin, 'ผอ.กลุ่มอำนวยการ')
		);

		const report = await buildGroupReport(store, { groupId: admin.id, fy: 2568 });
		expect(report.notes.executiveOpinion?.text).toBe('ให้เร่งปรับปรุงป้ายบอกทาง');
		// Stored as written; every page shows it as text.
		expect(report.notes.improvementActions?.text).toContain('<script>');

		for (const other of [
			await buildGroupReport(store, { groupId: admin.id, fy: 2568, quarter: 1 }),
			await buildGroupReport(store, { groupId: admin.id, fy: 2567 }),
			await buildGroupReport(store, { groupId: personnel.id, fy: 2568 })
		]) {
			expect(other.notes).toEqual({ executiveOpinion: null, improvementActions: null });
		}
	});

	it('replaces an earlier text of the same kind, keeping one note', async () => {
		const input = {
			fy: 2568,
			quarter: 2,
			kind: 'executive-opinion',
			author: 'ผอ.สพป.'
		} as const;
		await saveReportNote(store, personnel.id, { ...input, text: 'ฉบับแรก' }, executive);
		await saveReportNote(
			store,
			personnel.id,
			{ ...input, text: 'ฉบับแก้ไข', author: 'รอง ผอ.' },
			executive
		);
		const report = await buildGroupReport(store, { groupId: personnel.id, fy: 2568, quarter: 2 });
		expect(report.notes.executiveOpinion).toMatchObject({ text: 'ฉบับแก้ไข', author: 'รอง ผอ.' });
		expect(await store.reports.notes.list(demoOffice.id, { fy: 2568, quarter: 2 })).toHaveLength(1);
	});

	it('lets each write only their own note: no opinion from a leader, nothing on another group', async () => {
		const input = { fy: 2568, quarter: null, text: 'ข้อความ' } as const;
		const leader = leaderOf(personnel);
		await expect(
			saveReportNote(store, personnel.id, { ...input, kind: 'executive-opinion' }, leader)
		).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(
			saveReportNote(store, admin.id, { ...input, kind: 'improvement-actions' }, leader)
		).rejects.toBeInstanceOf(AccessDeniedError);
		await expect(
			saveReportNote(store, personnel.id, { ...input, kind: 'improvement-actions' }, executive)
		).rejects.toBeInstanceOf(AccessDeniedError);
		// Unsigned, the note carries the writer's name.
		const saved = await saveReportNote(
			store,
			personnel.id,
			{ ...input, kind: 'improvement-actions' },
			leader
		);
		expect(saved.author).toBe(leader.displayName);
	});

	it('refuses an unknown group, and input without text', async () => {
		await expect(
			saveReportNote(
				store,
				'00000000-0000-4000-8000-000000000000',
				{
					fy: 2568,
					quarter: null,
					kind: 'executive-opinion',
					text: 'x',
					author: 'y'
				},
				executive
			)
		).rejects.toMatchObject({ code: 'unknown-group' });
		const blank = ReportNoteInput.safeParse({
			fy: 2568,
			quarter: null,
			kind: 'executive-opinion',
			text: '   ',
			author: 'ผอ.'
		});
		expect(blank.success).toBe(false);
		expect(
			ReportNoteInput.safeParse({ fy: 2568, quarter: 5, kind: 'x', text: 'a', author: 'b' }).success
		).toBe(false);
	});
});
