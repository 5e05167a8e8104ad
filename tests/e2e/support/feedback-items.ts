import { expect, type APIRequestContext } from '@playwright/test';
import { GroupsResponse } from '$lib/api/contract';
import type { FeedbackItem } from '$lib/domain';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { SyncResponse, type SyncRequest } from '$lib/sync/protocol';
import { enrollTestTablet } from './devices';

/** The id of the demo group with this code. */
export async function demoGroupId(request: APIRequestContext, code: string): Promise<string> {
	const { groups } = GroupsResponse.parse(await (await request.get('/api/groups')).json());
	const group = groups.find((g) => g.code === code);
	if (group === undefined) throw new Error(`the demo office has no group ${code}`);
	return group.id;
}

/**
 * Stores feedback items through /api/sync, as a tablet would: unlike the public page, a tablet
 * gives the id, the group and the track, so a test knows which item to open. Submitted now.
 */
export async function syncFeedbackItems(
	request: APIRequestContext,
	items: readonly Partial<FeedbackItem>[]
): Promise<FeedbackItem[]> {
	const tablet = await enrollTestTablet(request, 'feedback-items');
	const records = items.map((overrides) =>
		buildFeedbackItem({
			officeId: tablet.officeId,
			deviceId: tablet.deviceId,
			groupId: null,
			submittedAt: new Date().toISOString(),
			...overrides
		})
	);
	const body: SyncRequest = {
		deviceId: tablet.deviceId,
		records: records.map((record) => ({ kind: 'feedback', record }))
	};
	const response = await request.post('/api/sync', {
		headers: { authorization: `Bearer ${tablet.token}` },
		data: body
	});
	expect(response.status()).toBe(200);
	const { results } = SyncResponse.parse(await response.json());
	expect(results.map((r) => r.status)).toEqual(records.map(() => 'stored'));
	return records;
}
