import { createHash } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { FormsResponse, GroupsResponse } from '$lib/api/contract';
import { questionsOf, type FormDefinition, type Group, type RespondentType } from '$lib/domain';
import { answersFor, buildResponse } from '$lib/domain/testing/factories';
import { SyncResponse, type SyncRequest } from '$lib/sync/protocol';
import { enrollTestTablet } from './devices';

/** The fiscal year the report tests put their responses in: 1 Oct 2024 – 30 Sep 2025. */
export const reportFy = 2568;

export interface SeededGroup {
	group: Group;
	form: FormDefinition;
	/** How many responses were stored for the group in FY 2568. */
	count: number;
}

/**
 * Stores `count` responses to the demo satisfaction form for the group with this code, through
 * /api/sync as a tablet would, spread over the quarters of FY 2568. Item answers cycle through
 * 1–5 at a different pace per item, so means, S.D.s and distributions differ; the first open
 * question gets a few repeated suggestions. Give each test file its own group: the end-to-end
 * store is shared. Seeding again (Playwright reruns `beforeAll` in a new worker after a failure)
 * sends the same records, which the server counts as duplicates, so the numbers do not double.
 */
export async function seedGroupResponses(
	request: APIRequestContext,
	groupCode: string,
	count = 24
): Promise<SeededGroup> {
	const tablet = await enrollTestTablet(request, `report-${groupCode}`);
	const { forms } = FormsResponse.parse(await (await request.get('/api/forms')).json());
	const form = forms.find((f) => f.kind === 'satisfaction' && f.groupId === null);
	const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
	const group = groups.find((g) => g.code === groupCode);
	if (form === undefined || group === undefined) {
		throw new Error(`the demo office has no satisfaction form or no group ${groupCode}`);
	}
	const ratingKeys = questionsOf(form).flatMap((q) => (q.kind === 'rating' ? [q.key] : []));
	const textKeys = questionsOf(form).flatMap((q) =>
		q.kind === 'short_text' || q.kind === 'long_text' ? [q.key] : []
	);
	const types: RespondentType[] = ['teacher', 'teacher', 'school_executive', 'parent'];
	const suggestions = ['ควรเพิ่มที่จอดรถ', 'ควรเพิ่มที่จอดรถ', 'บริการรวดเร็วดี'];
	// Mid-month of Nov, Feb, May and Aug: one per fiscal quarter of FY 2568, in Bangkok time.
	const days = ['2024-11-15', '2025-02-14', '2025-05-15', '2025-08-15'];

	const records = Array.from({ length: count }, (_, i) => {
		const overrides: Record<string, number | string | undefined> = {};
		// Each item climbs 1..5 at its own pace, skewed high: 5 is the most common answer.
		ratingKeys.forEach(
			(key, k) => (overrides[key] = Math.min(5, 1 + ((i * ((k % 5) + 1) + k) % 6)))
		);
		textKeys.forEach((key, k) => (overrides[key] = k === 0 ? suggestions[i % 3] : undefined));
		const day = days[i % days.length]!;
		return buildResponse(form, {
			id: seededId(`${groupCode}-${i}`, Date.parse(`${day}T09:05:00+07:00`)),
			groupId: group.id,
			respondentType: types[i % types.length]!,
			answers: answersFor(form, overrides),
			// Not the tablet's own id: each seeding enrolls a new tablet, and the records must be
			// the same each time to be recognised as already stored.
			deviceId: null,
			startedAt: `${day}T09:00:00+07:00`,
			submittedAt: `${day}T09:05:00+07:00`
		});
	});
	const body: SyncRequest = {
		deviceId: tablet.deviceId,
		records: records.map((record) => ({ kind: 'response', record }))
	};
	const response = await request.post('/api/sync', {
		headers: { authorization: `Bearer ${tablet.token}` },
		data: body
	});
	expect(response.status()).toBe(200);
	const { results } = SyncResponse.parse(await response.json());
	expect(results.every((r) => r.status === 'stored' || r.status === 'duplicate')).toBe(true);
	return { group, form, count };
}

/** A UUIDv7 made from its time and a name, so the same record gets the same id every run. */
function seededId(name: string, ms: number): string {
	const hash = createHash('sha256').update(name).digest('hex');
	const time = ms.toString(16).padStart(12, '0');
	const variant = ((parseInt(hash[3]!, 16) & 0x3) | 0x8).toString(16);
	return `${time.slice(0, 8)}-${time.slice(8)}-7${hash.slice(0, 3)}-${variant}${hash.slice(4, 7)}-${hash.slice(7, 19)}`;
}
