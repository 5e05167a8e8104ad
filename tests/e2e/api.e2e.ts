import { expect, test } from '@playwright/test';
import {
	ApiError,
	FormsResponse,
	GroupsResponse,
	HealthResponse,
	OfficesResponse,
	SchoolsResponse
} from '$lib/api/contract';

test.describe('the read-only API on a freshly started server', () => {
	test('health names the embedded store and its migration level', async ({ request }) => {
		const res = await request.get('/api/health');
		expect(res.status()).toBe(200);
		const health = HealthResponse.parse(await res.json());
		expect(health.store).toBe('pglite');
		expect(health.migrations.applied).toBeGreaterThanOrEqual(1);
		expect(health.migrations.latest).not.toBeNull();
	});

	test('forms lists the demo satisfaction and opinion/complaint forms, in Thai and English', async ({
		request
	}) => {
		const { forms } = FormsResponse.parse(await (await request.get('/api/forms')).json());
		expect(forms.map((f) => f.kind).sort()).toEqual(['feedback', 'satisfaction']);
		const survey = forms.find((f) => f.kind === 'satisfaction')!;
		expect(survey.title.th).toContain('ความพึงพอใจ');
		expect(survey.title.en).toBeTruthy();
		expect(survey.publishedAt).not.toBeNull();
		const dimensions = survey.dimensions.map((d) => d.key);
		expect(dimensions).toEqual(
			expect.arrayContaining(['process', 'staff', 'facilities', 'quality'])
		);
	});

	test('groups lists the ten groups of the demo office, filterable by office', async ({
		request
	}) => {
		const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
		expect(groups).toHaveLength(10);
		expect(groups.map((g) => g.name.th)).toContain('กลุ่มนโยบายและแผน');
		const officeId = groups[0]!.officeId;
		const scoped = GroupsResponse.parse(
			await (await request.get(`/api/groups?office=${officeId}`)).json()
		);
		expect(scoped.groups).toHaveLength(10);
		const none = GroupsResponse.parse(
			await (await request.get('/api/groups?office=no-such-office')).json()
		);
		expect(none.groups).toEqual([]);
	});

	test('offices and schools list the demo office and the schools it serves', async ({
		request
	}) => {
		const { offices } = OfficesResponse.parse(await (await request.get('/api/offices')).json());
		expect(offices).toHaveLength(1);
		expect(offices[0]!.name.th).toContain('สำนักงานเขตพื้นที่การศึกษา');
		const { schools } = SchoolsResponse.parse(
			await (await request.get(`/api/schools?office=${offices[0]!.id}`)).json()
		);
		expect(schools.length).toBeGreaterThanOrEqual(10);
		expect(schools.every((s) => s.officeId === offices[0]!.id)).toBe(true);
		expect(schools.map((s) => s.name.th).join(' ')).toContain('โรงเรียน');
	});

	test('a malformed office parameter is refused with a Thai and English message', async ({
		request
	}) => {
		const res = await request.get('/api/groups?office=NOT%20VALID!');
		expect(res.status()).toBe(400);
		const { error } = ApiError.parse(await res.json());
		expect(error.code).toBe('invalid_query');
		expect(error.message.th).toMatch(/[\u0E00-\u0E7F]/);
		expect(error.message.en).toContain('office');
	});

	test('the OpenAPI document lists these endpoints', async ({ request }) => {
		const doc = (await (await request.get('/api/openapi.json')).json()) as {
			openapi: string;
			paths: Record<string, unknown>;
		};
		expect(doc.openapi).toBe('3.1.0');
		expect(Object.keys(doc.paths)).toEqual(
			expect.arrayContaining([
				'/api/forms',
				'/api/groups',
				'/api/schools',
				'/api/offices',
				'/api/health'
			])
		);
	});
});
