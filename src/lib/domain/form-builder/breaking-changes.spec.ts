import { describe, expect, it } from 'vitest';
import { buildSatisfactionForm } from '../testing/factories';
import { questionsOf, type FormDefinition, type Question } from '../form';
import { breakingChanges, describeBreakingChange } from './breaking-changes';
import { changeKind, removeQuestion, updateQuestion, type QuestionPlace } from './draft-edits';

function placeOf(form: FormDefinition, find: (q: Question) => boolean): QuestionPlace {
	for (const [section, s] of form.sections.entries()) {
		const question = s.questions.findIndex(find);
		if (question >= 0) return { section, question };
	}
	throw new Error('no such question');
}

describe('does an edit break the responses already given to the published version?', () => {
	const published = buildSatisfactionForm();

	it('rewording, reordering and adding do not', () => {
		const place = placeOf(published, (q) => q.kind === 'rating');
		const reworded = updateQuestion(published, place, (q) => ({
			...q,
			label: { th: 'ถ้อยคำใหม่', en: 'New wording' },
			required: !q.required
		}));
		const reordered = { ...reworded, sections: [...reworded.sections].reverse() };
		expect(breakingChanges(published, reordered)).toEqual([]);
	});

	it('removing or renaming a question does', () => {
		const rating = questionsOf(published).find((q) => q.kind === 'rating')!;
		const removed = removeQuestion(
			published,
			placeOf(published, (q) => q.key === rating.key)
		);
		expect(breakingChanges(published, removed)).toContainEqual({
			kind: 'question-removed',
			question: rating.key
		});
		const renamed = updateQuestion(
			published,
			placeOf(published, (q) => q.key === rating.key),
			(q) => ({
				...q,
				key: 'renamed'
			})
		);
		expect(breakingChanges(published, renamed)).toContainEqual({
			kind: 'question-removed',
			question: rating.key
		});
	});

	it('changing the kind, or the dimension (scale) of a rating item, does', () => {
		const place = placeOf(published, (q) => q.kind === 'rating');
		const rating = published.sections[place.section]!.questions[place.question]!;
		const asText = updateQuestion(published, place, (q) => changeKind(q, 'short_text', []));
		expect(breakingChanges(published, asText)).toEqual([
			{ kind: 'kind-changed', question: rating.key, from: 'rating', to: 'short_text' }
		]);
		const other = published.dimensions.find(
			(d) => rating.kind === 'rating' && d.key !== rating.dimension
		)!;
		const moved = updateQuestion(
			published,
			place,
			(q) => ({ ...q, dimension: other.key }) as Question
		);
		expect(breakingChanges(published, moved)).toEqual([
			{
				kind: 'dimension-changed',
				question: rating.key,
				from: rating.kind === 'rating' ? rating.dimension : '',
				to: other.key
			}
		]);
	});

	it('removing an option does, adding one does not', () => {
		const place = placeOf(published, (q) => q.kind === 'single_choice');
		const choice = published.sections[place.section]!.questions[place.question]!;
		if (choice.kind !== 'single_choice') throw new Error('not a choice');
		const fewer = updateQuestion(published, place, (q) =>
			q.kind === 'single_choice' ? { ...q, options: q.options.slice(1) } : q
		);
		expect(breakingChanges(published, fewer)).toEqual([
			{ kind: 'option-removed', question: choice.key, option: choice.options[0]!.value }
		]);
		const more = updateQuestion(published, place, (q) =>
			q.kind === 'single_choice'
				? { ...q, options: [...q.options, { value: 'new_one', label: { th: 'ใหม่' } }] }
				: q
		);
		expect(breakingChanges(published, more)).toEqual([]);
	});

	it('says what broke in Thai and English', () => {
		expect(
			describeBreakingChange({ kind: 'option-removed', question: 'sex', option: 'other' })
		).toEqual({
			th: 'ข้อ "sex" ไม่มีตัวเลือก "other" แล้ว',
			en: 'Question "sex" no longer has the option "other"'
		});
	});
});
