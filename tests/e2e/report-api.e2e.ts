import { expect, test } from '@playwright/test';
import { ApiError, GroupsResponse } from '$lib/api/contract';
import { ExecutiveOverview, GroupReport, ReportNote } from '$lib/api/report-contract';
import { signInRequest } from './support/accounts';

/*
 * The report endpoints over HTTP, as a page or another system calls them. The numbers
 * themselves are tested against hand-computed values on both stores (src/lib/server/reports).
 * This file writes notes only on the group `promotion`; other files seed other groups.
 */

const unknownId = '00000000-0000-4000-8000-000000000000';

async function promotionGroupId(request: import('@playwright/test').APIRequestContext) {
	const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
	return groups.find((g) => g.code === 'promotion')!.id;
}

test.describe('the report API', () => {
	test('the overview lists every group of the demo office for a fiscal year or a range', async ({
		request
	}) => {
		await signInRequest(request, 'executive');
		const year = await request.get('/api/reports/overview?fy=2568');
		expect(year.status()).toBe(200);
		const overview = ExecutiveOverview.parse(await year.json());
		expect(overview.groups).toHaveLength(10);
		expect(overview.period).toMatchObject({ kind: 'year', firstDay: '2024-10-01' });

		const range = await request.get('/api/reports/overview?from=2025-01-01&to=2025-03-31');
		expect(ExecutiveOverview.parse(await range.json()).period).toMatchObject({
			kind: 'range',
			lastDay: '2025-03-31'
		});
	});

	test('a bad period is a 400 that names the parameter, in Thai and English', async ({
		request
	}) => {
		await signInRequest(request, 'executive');
		for (const [query, name] of [
			['', 'fy'],
			['fy=2568&from=2025-01-01&to=2025-01-31', 'from'],
			['from=2025-02-01&to=2025-01-01', 'to']
		] as const) {
			const response = await request.get(`/api/reports/overview?${query}`);
			expect(response.status()).toBe(400);
			const { error } = ApiError.parse(await response.json());
			expect(error.message.en).toContain(`"${name}"`);
			expect(error.message.th).not.toBe('');
		}
		const office = await request.get('/api/reports/overview?fy=2568&office=no-such-office');
		expect(office.status()).toBe(404);
		expect(ApiError.parse(await office.json()).error.code).toBe('unknown-office');
	});

	test('a note PUT on a report is on that report; a second one replaces it', async ({
		request
	}) => {
		const groupId = await promotionGroupId(request);
		await signInRequest(request, 'leader.promotion');
		const put = (text: string) =>
			request.put(`/api/reports/groups/${groupId}/notes`, {
				data: { fy: 2568, quarter: 3, kind: 'improvement-actions', text, author: 'ผอ.กลุ่ม' }
			});
		expect((await put('จัดอบรมเจ้าหน้าที่หน้างาน')).status()).toBe(200);
		const second = await put('จัดอบรมเจ้าหน้าที่หน้างาน และเพิ่มช่องทางออนไลน์');
		expect(ReportNote.parse(await second.json())).toMatchObject({
			kind: 'improvement-actions',
			author: 'ผอ.กลุ่ม'
		});

		const report = GroupReport.parse(
			await (await request.get(`/api/reports/groups/${groupId}?fy=2568&quarter=3`)).json()
		);
		expect(report.notes.improvementActions?.text).toBe('จัดอบรมเจ้าหน้าที่หน้างาน และเพิ่มช่องทางออนไลน์');
		expect(report.notes.executiveOpinion).toBeNull();
		// The executive's opinion is not the group leader's to write.
		const opinion = await request.put(`/api/reports/groups/${groupId}/notes`, {
			data: { fy: 2568, quarter: 3, kind: 'executive-opinion', text: 'ไม่ใช่หน้าที่' }
		});
		expect(opinion.status()).toBe(403);

		await signInRequest(request, 'executive');
		const overview = ExecutiveOverview.parse(
			await (await request.get('/api/reports/overview?fy=2568&quarter=3')).json()
		);
		expect(overview.groups.find((g) => g.group.id === groupId)).toMatchObject({
			hasImprovementActions: true,
			hasExecutiveOpinion: false
		});
	});

	test('a note without text, or on an unknown group, is refused with its reason', async ({
		request
	}) => {
		const groupId = await promotionGroupId(request);
		await signInRequest(request, 'executive');
		const blank = await request.put(`/api/reports/groups/${groupId}/notes`, {
			data: { fy: 2568, quarter: null, kind: 'executive-opinion', text: '  ', author: 'ผอ.' }
		});
		expect(blank.status()).toBe(400);
		expect(ApiError.parse(await blank.json()).error.message.en).toContain('text');

		const malformed = await request.put(`/api/reports/groups/${groupId}/notes`, {
			headers: { 'content-type': 'application/json' },
			data: '{"fy": 2568,'
		});
		expect(malformed.status()).toBe(400);

		const unknown = await request.put(`/api/reports/groups/${unknownId}/notes`, {
			data: { fy: 2568, quarter: null, kind: 'executive-opinion', text: 'ok', author: 'ผอ.' }
		});
		expect(unknown.status()).toBe(404);
		expect(ApiError.parse(await unknown.json()).error.code).toBe('unknown-group');
	});
});
