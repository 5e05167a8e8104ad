import type { FormDefinition, Question } from '../form';
import { questionsOf } from '../form-queries';
import type { BilingualMessage } from '../validation-messages';

/**
 * A change from a published version that answers already given to it would not survive: they
 * would name a question that is gone, hold a value of another kind, pick an option that no longer
 * exists, or fall outside a new limit. Such a change is why an edit becomes a new version: the
 * published one stays as its respondents saw it, and its responses keep naming it.
 */
export type BreakingChange =
	| { kind: 'question-removed'; question: string }
	| { kind: 'kind-changed'; question: string; from: Question['kind']; to: Question['kind'] }
	| { kind: 'option-removed'; question: string; option: string }
	| { kind: 'dimension-changed'; question: string; from: string; to: string }
	| { kind: 'limit-narrowed'; question: string; limit: 'min' | 'max' | 'integer' | 'length' };

/** What in `draft` would break answers given to `published`, in the published form's order. */
export function breakingChanges(
	published: FormDefinition,
	draft: FormDefinition
): BreakingChange[] {
	const after = new Map(questionsOf(draft).map((q) => [q.key, q]));
	const changes: BreakingChange[] = [];
	for (const before of questionsOf(published)) {
		const now = after.get(before.key);
		if (!now) {
			changes.push({ kind: 'question-removed', question: before.key });
			continue;
		}
		if (now.kind !== before.kind) {
			changes.push({ kind: 'kind-changed', question: before.key, from: before.kind, to: now.kind });
			continue;
		}
		changes.push(...sameKindChanges(before, now));
	}
	return changes;
}

function sameKindChanges(before: Question, now: Question): BreakingChange[] {
	const question = before.key;
	const narrowed = (limit: 'min' | 'max' | 'integer' | 'length'): BreakingChange => ({
		kind: 'limit-narrowed',
		question,
		limit
	});
	if (before.kind === 'rating' && now.kind === 'rating') {
		return before.dimension === now.dimension
			? []
			: [{ kind: 'dimension-changed', question, from: before.dimension, to: now.dimension }];
	}
	if (
		(before.kind === 'single_choice' || before.kind === 'multiple_choice') &&
		(now.kind === 'single_choice' || now.kind === 'multiple_choice')
	) {
		const kept = new Set(now.options.map((o) => o.value));
		const changes: BreakingChange[] = before.options
			.filter((o) => !kept.has(o.value))
			.map((o) => ({ kind: 'option-removed', question, option: o.value }));
		if (
			before.kind === 'multiple_choice' &&
			now.kind === 'multiple_choice' &&
			now.maxSelected !== undefined &&
			(before.maxSelected === undefined || now.maxSelected < before.maxSelected)
		) {
			changes.push(narrowed('max'));
		}
		return changes;
	}
	if (
		(before.kind === 'short_text' && now.kind === 'short_text') ||
		(before.kind === 'long_text' && now.kind === 'long_text')
	) {
		return now.maxLength < before.maxLength ? [narrowed('length')] : [];
	}
	if (before.kind === 'number' && now.kind === 'number') {
		const changes: BreakingChange[] = [];
		if (now.integer && !before.integer) changes.push(narrowed('integer'));
		if (raises(before.min, now.min)) changes.push(narrowed('min'));
		if (lowers(before.max, now.max)) changes.push(narrowed('max'));
		return changes;
	}
	if (before.kind === 'date' && now.kind === 'date') {
		const changes: BreakingChange[] = [];
		if (raises(before.min, now.min)) changes.push(narrowed('min'));
		if (lowers(before.max, now.max)) changes.push(narrowed('max'));
		return changes;
	}
	return [];
}

/** A lower bound that is new or higher; numbers and yyyy-mm-dd strings compare alike. */
function raises<T extends number | string>(before: T | undefined, now: T | undefined): boolean {
	return now !== undefined && (before === undefined || now > before);
}

function lowers<T extends number | string>(before: T | undefined, now: T | undefined): boolean {
	return now !== undefined && (before === undefined || now < before);
}

const quote = (value: string) => `"${value}"`;

const limitWords = {
	min: { th: 'ค่าต่ำสุดสูงขึ้น', en: 'a higher minimum' },
	max: { th: 'ค่าสูงสุดหรือจำนวนที่เลือกได้ลดลง', en: 'a lower maximum' },
	integer: { th: 'ต้องเป็นจำนวนเต็ม', en: 'whole numbers only' },
	length: { th: 'ความยาวสูงสุดลดลง', en: 'a shorter maximum length' }
} as const;

export function describeBreakingChange(change: BreakingChange): BilingualMessage {
	const q = quote(change.question);
	switch (change.kind) {
		case 'question-removed':
			return {
				th: `ข้อ ${q} ถูกลบหรือเปลี่ยนคีย์`,
				en: `Question ${q} was removed or its key renamed`
			};
		case 'kind-changed':
			return {
				th: `ข้อ ${q} เปลี่ยนชนิดจาก ${change.from} เป็น ${change.to}`,
				en: `Question ${q} changed kind from ${change.from} to ${change.to}`
			};
		case 'option-removed':
			return {
				th: `ข้อ ${q} ไม่มีตัวเลือก ${quote(change.option)} แล้ว`,
				en: `Question ${q} no longer has the option ${quote(change.option)}`
			};
		case 'dimension-changed':
			return {
				th: `ข้อ ${q} ย้ายจากด้าน ${quote(change.from)} ไปด้าน ${quote(change.to)}`,
				en: `Question ${q} moved from dimension ${quote(change.from)} to ${quote(change.to)}`
			};
		case 'limit-narrowed':
			return {
				th: `ข้อ ${q}: ${limitWords[change.limit].th}`,
				en: `Question ${q}: ${limitWords[change.limit].en}`
			};
	}
}
