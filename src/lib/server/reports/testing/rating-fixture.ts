import { expect } from 'vitest';
import { questionsOf, type Answers, type FormDefinition, type RespondentType } from '$lib/domain';
import { buildResponse } from '$lib/domain/testing/factories';
import { demoSatisfactionFormId } from '../../seed/demo-forms';
import { seedDemoContent } from '../../seed/seed';
import type { Store } from '../../store/types';

/** One response of a report fixture: only what the report tests vary. */
export interface FixtureResponse {
	submittedAt: string;
	groupId?: string;
	schoolId?: string | null;
	respondentType?: RespondentType;
	/** `process_speed`, a required item. */
	speed: number;
	/** The optional `facilities_signs`; absent = skipped. */
	signs?: number;
	/** The open `suggestion` (ตอนที่ ๓); absent = skipped. */
	suggestion?: string;
}

/**
 * Every other required rating of the demo satisfaction form is answered `otherRatings`, so the
 * two items under test, and the pooled numbers, stay computable by hand.
 */
function answersFor(form: FormDefinition, r: FixtureResponse, otherRatings: number): Answers {
	const answers: Answers = { relationship: 'recipient', sex: 'female', age_band: 'from_36_to_45' };
	for (const q of questionsOf(form)) {
		if (q.kind === 'rating' && q.required) answers[q.key] = otherRatings;
	}
	answers.process_speed = r.speed;
	if (r.signs !== undefined) answers.facilities_signs = r.signs;
	if (r.suggestion !== undefined) answers.suggestion = r.suggestion;
	return answers;
}

/** Seeds the demo office and writes the fixture through the normal path (`insertResponses`). */
export async function writeRatingFixture(
	store: Store,
	fixture: FixtureResponse[],
	options: { groupId: string; otherRatings: number }
): Promise<void> {
	await seedDemoContent(store);
	const form = await store.forms.get(demoSatisfactionFormId, 1);
	if (form === null) throw new Error('demo satisfaction form missing');
	const records = fixture.map((r) =>
		buildResponse(form, {
			groupId: r.groupId ?? options.groupId,
			schoolId: r.schoolId ?? null,
			respondentType: r.respondentType ?? 'teacher',
			answers: answersFor(form, r, options.otherRatings),
			startedAt: new Date(Date.parse(r.submittedAt) - 300_000).toISOString(),
			submittedAt: r.submittedAt,
			deviceId: null
		})
	);
	const report = await store.insertResponses(records);
	expect(report.stored, JSON.stringify(report.outcomes)).toBe(fixture.length);
}
