import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, TrackingCode, type PublicFeedbackSubmission } from '$lib/domain';
import { buildFeedbackItem } from '$lib/domain/testing/factories';
import { demoOffice, demoSchools } from '../seed/demo-office';
import { seedDemoContent } from '../seed/seed';
import { storesUnderTest } from '../testing/stores';
import type { Store } from '../store/types';

describe.each(storesUnderTest())('feedback tracking on $name', (target) => {
	let store: Store;
	const now = new Date('2026-01-01T10:00:00+07:00');

	beforeAll(async () => {
		store = await target.open();
		await seedDemoContent(store);
	});
	afterAll(() => target.dispose());

	const complaint = (
		overrides: Partial<PublicFeedbackSubmission> = {}
	): PublicFeedbackSubmission => ({
		kind: 'complaint',
		body: 'รอนาน <script>alert(1)</script>',
		schoolId: null,
		groupId: null,
		anonymous: false,
		contact: { name: 'สมชาย', phone: '081-234-5678' },
		consent: true,
		...overrides
	});

	it('a public submission gets a UUIDv7 id and a tracking code, and is found by it', async () => {
		const created = await store.feedback.createPublic(demoOffice.id, complaint(), now);
		if (!created.ok) throw new Error('not stored');
		expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
		expect(TrackingCode.safeParse(created.trackingCode).success).toBe(true);

		const lookup = await store.feedback.findByTrackingCode(created.trackingCode, now);
		expect(lookup).toMatchObject({
			trackingCode: created.trackingCode,
			kind: 'complaint',
			body: 'รอนาน <script>alert(1)</script>',
			status: 'received',
			submittedAt: now.toISOString(),
			deadline: '2026-01-16T16:59:59.999Z',
			overdue: false,
			replies: []
		});
		expect(JSON.stringify(lookup)).not.toContain('081-234-5678');
		expect(JSON.stringify(lookup)).not.toContain('สมชาย');
		// The contact is kept for the office, though.
		expect((await store.feedback.get(created.id))?.contact).toEqual(complaint().contact);
		expect((await store.feedback.get(created.id))?.channel).toBe('web');
	});

	it('refuses a school of another office', async () => {
		const created = await store.feedback.createPublic(
			demoOffice.id,
			complaint({ schoolId: newId() }),
			now
		);
		expect(created.ok).toBe(false);
		expect(
			await store.feedback.createPublic(
				demoOffice.id,
				complaint({ schoolId: demoSchools[0]!.id }),
				now
			)
		).toMatchObject({ ok: true });
	});

	it('an unknown code finds nothing', async () => {
		expect(await store.feedback.findByTrackingCode('ABCD-EFGH', now)).toBeNull();
	});

	it('synced items get a tracking code too, each its own', async () => {
		const items = [
			buildFeedbackItem({ officeId: demoOffice.id, groupId: null }),
			buildFeedbackItem({ officeId: demoOffice.id, groupId: null })
		];
		const report = await store.insertFeedback(items);
		expect(report.stored).toBe(2);
		const codes = await Promise.all(items.map((i) => store.feedback.trackingCodeOf(i.id)));
		expect(codes.every((c) => TrackingCode.safeParse(c).success)).toBe(true);
		expect(new Set(codes).size).toBe(2);
		// Sending the same item again is still a duplicate, its code unchanged.
		expect((await store.insertFeedback(items)).duplicate).toBe(2);
		expect(await store.feedback.trackingCodeOf(items[0]!.id)).toBe(codes[0]);
		const lookup = await store.feedback.findByTrackingCode(codes[0]!, now);
		expect(lookup?.overdue).toBe(true);
	});

	it('follows the lifecycle and shows only public replies', async () => {
		const created = await store.feedback.createPublic(demoOffice.id, complaint(), now);
		if (!created.ok) throw new Error('not stored');
		const later = new Date(now.getTime() + 60_000);
		expect(await store.feedback.setStatus(created.id, 'resolved', later)).toBe('not-allowed');
		expect(await store.feedback.setStatus(created.id, 'acknowledged', later)).toBe('changed');
		expect(await store.feedback.setStatus(newId(), 'acknowledged', later)).toBe('not-found');

		const author = await store.accounts.create(
			{
				id: newId(),
				officeId: demoOffice.id,
				username: `leader-${Date.now()}`,
				displayName: 'ผอ.กลุ่ม',
				passwordHash: 'x',
				roles: []
			},
			now
		);
		await store.feedback.addReply({
			feedbackId: created.id,
			authorId: author.id,
			text: 'internal note',
			at: later,
			public: false
		});
		await store.feedback.addReply({
			feedbackId: created.id,
			authorId: author.id,
			text: 'เราได้ดำเนินการแล้ว',
			at: later,
			public: true,
			status: 'acknowledged'
		});
		await store.feedback.addReply({
			feedbackId: created.id,
			authorId: null,
			text: 'follow-up from the submitter',
			at: later,
			public: false
		});
		expect(
			await store.feedback.addReply({
				feedbackId: newId(),
				authorId: null,
				text: 'x',
				at: later,
				public: false
			})
		).toBeNull();

		const lookup = await store.feedback.findByTrackingCode(created.trackingCode, later);
		expect(lookup).toMatchObject({
			status: 'acknowledged',
			statusChangedAt: later.toISOString(),
			replies: [{ text: 'เราได้ดำเนินการแล้ว', from: 'office', at: later.toISOString() }]
		});
		expect(lookup?.replies).toHaveLength(1);
	});

	it('rate limits per key in a fixed window', async () => {
		const key = `feedback:test-${newId()}`;
		const windowMs = 10 * 60 * 1000;
		const results = [];
		for (let i = 0; i < 4; i++)
			results.push(await store.feedback.takeRateToken(key, 3, windowMs, now));
		expect(results).toEqual([true, true, true, false]);
		const afterWindow = new Date(now.getTime() + windowMs + 1);
		expect(await store.feedback.takeRateToken(key, 3, windowMs, afterWindow)).toBe(true);
		expect(await store.feedback.takeRateToken(`feedback:other-${newId()}`, 3, windowMs, now)).toBe(
			true
		);
	});
});
