import type {
	ChoiceOption,
	Dimension,
	FormDefinition,
	FormKind,
	Question,
	QuestionKind,
	Section
} from '../form';
import type { LocalizedText } from '../localized';
import { questionsOf } from '../form-queries';

/*
 * Editing operations of the form builder. Each takes a form and returns a new one, so the builder
 * can run them on a snapshot of its state; none validates: a draft may be half-written, and
 * parseFormDefinition says what is still missing, by path, next to the field.
 */

/** Where a question is: its section and its place in that section. */
export interface QuestionPlace {
	section: number;
	question: number;
}

export interface NewFormInput {
	id: string;
	officeId: string;
	groupId: string | null;
	kind: FormKind;
	title: LocalizedText;
}

/** A new form holds one section with one question, the least a form can be. */
export function newForm(input: NewFormInput): FormDefinition {
	const section: Section = {
		key: 'part_1',
		title: { th: 'ตอนที่ 1', en: 'Part 1' },
		questions: [blankQuestion('short_text', 'q1', [])]
	};
	return {
		...input,
		version: 1,
		dimensions: [],
		sections: [section],
		publishedAt: null
	};
}

/** A key not yet in `taken`: `prefix_1`, `prefix_2`, ... */
export function freshKey(taken: Iterable<string>, prefix: string): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) {
		const key = `${prefix}${n}`;
		if (!used.has(key)) return key;
	}
}

export function questionKeys(form: Pick<FormDefinition, 'sections'>): string[] {
	return questionsOf(form).map((q) => q.key);
}

const defaultOptions = (): ChoiceOption[] => [
	{ value: 'option_1', label: { th: 'ตัวเลือกที่ 1', en: 'Option 1' } },
	{ value: 'option_2', label: { th: 'ตัวเลือกที่ 2', en: 'Option 2' } }
];

/** A question of `kind` with the defaults of the domain model and an empty label to write. */
export function blankQuestion(
	kind: QuestionKind,
	key: string,
	dimensions: readonly Dimension[]
): Question {
	const base = { key, label: { th: '' }, required: false };
	return withKind(base, kind, dimensions);
}

/**
 * The question as another kind. Its key, label, help, required and show-if stay; what only the
 * old kind had goes, and options carry over between the two choice kinds.
 */
export function changeKind(
	question: Question,
	kind: QuestionKind,
	dimensions: readonly Dimension[]
): Question {
	if (question.kind === kind) return question;
	const { key, label, help, required, showIf } = question;
	const base = { key, label, required, ...(help && { help }), ...(showIf && { showIf }) };
	const options =
		question.kind === 'single_choice' || question.kind === 'multiple_choice'
			? question.options
			: undefined;
	return withKind(base, kind, dimensions, options);
}

function withKind(
	base: Pick<Question, 'key' | 'label' | 'required' | 'help' | 'showIf'>,
	kind: QuestionKind,
	dimensions: readonly Dimension[],
	options: ChoiceOption[] = defaultOptions()
): Question {
	switch (kind) {
		case 'rating':
			return { ...base, kind, dimension: dimensions[0]?.key ?? '' };
		case 'single_choice':
			return { ...base, kind, options };
		case 'multiple_choice':
			return { ...base, kind, options };
		case 'short_text':
			return { ...base, kind, maxLength: 200 };
		case 'long_text':
			return { ...base, kind, maxLength: 2000 };
		case 'number':
			return { ...base, kind, integer: false };
		case 'date':
			return { ...base, kind };
	}
}

function withSections(form: FormDefinition, sections: Section[]): FormDefinition {
	return { ...form, sections };
}

/** Adds a question of `kind` at the end of a section; returns where it went. */
export function addQuestion(
	form: FormDefinition,
	sectionIndex: number,
	kind: QuestionKind
): { form: FormDefinition; place: QuestionPlace } {
	const section = form.sections[sectionIndex];
	if (!section) throw new RangeError(`No section ${sectionIndex}`);
	const question = blankQuestion(kind, freshKey(questionKeys(form), 'q'), form.dimensions);
	const sections = form.sections.map((s, i) =>
		i === sectionIndex ? { ...s, questions: [...s.questions, question] } : s
	);
	return {
		form: withSections(form, sections),
		place: { section: sectionIndex, question: section.questions.length }
	};
}

export function updateQuestion(
	form: FormDefinition,
	place: QuestionPlace,
	change: (question: Question) => Question
): FormDefinition {
	return withSections(
		form,
		form.sections.map((s, i) =>
			i === place.section
				? { ...s, questions: s.questions.map((q, j) => (j === place.question ? change(q) : q)) }
				: s
		)
	);
}

/**
 * Removes a question. A show-if rule of a later question that named it would point at nothing,
 * so those rules go with it (the questions then always show).
 */
export function removeQuestion(form: FormDefinition, place: QuestionPlace): FormDefinition {
	const removed = form.sections[place.section]?.questions[place.question];
	if (!removed) return form;
	return withSections(
		form,
		form.sections.map((s, i) => ({
			...s,
			questions: s.questions
				.filter((_, j) => !(i === place.section && j === place.question))
				.map((q) => (q.showIf?.question === removed.key ? withoutShowIf(q) : q))
		}))
	);
}

function withoutShowIf(question: Question): Question {
	const copy = { ...question };
	delete copy.showIf;
	return copy;
}

/**
 * Moves a question one step up or down in the form. At the edge of a section it crosses into the
 * neighbouring section (last place of the one above, first of the one below), so the keyboard
 * reaches every place a drag can. Returns null at the very start or end of the form.
 */
export function moveQuestionStep(
	form: FormDefinition,
	from: QuestionPlace,
	direction: -1 | 1
): { form: FormDefinition; place: QuestionPlace } | null {
	const section = form.sections[from.section];
	if (!section) return null;
	const within = from.question + direction;
	if (within >= 0 && within < section.questions.length) {
		const to = { section: from.section, question: within };
		return { form: moveQuestion(form, from, to), place: to };
	}
	const neighbour = from.section + direction;
	const target = form.sections[neighbour];
	if (!target) return null;
	const to = { section: neighbour, question: direction === -1 ? target.questions.length : 0 };
	return { form: moveQuestion(form, from, to), place: to };
}

/**
 * Moves a question to `to`, which names its place after the move (as a drop target does: the
 * place of the question it was dropped on).
 */
export function moveQuestion(
	form: FormDefinition,
	from: QuestionPlace,
	to: QuestionPlace
): FormDefinition {
	const question = form.sections[from.section]?.questions[from.question];
	if (!question || !form.sections[to.section]) return form;
	const sections = form.sections.map((s, i) =>
		i === from.section ? { ...s, questions: s.questions.filter((_, j) => j !== from.question) } : s
	);
	const target = sections[to.section]!;
	const at = Math.max(0, Math.min(to.question, target.questions.length));
	sections[to.section] = {
		...target,
		questions: [...target.questions.slice(0, at), question, ...target.questions.slice(at)]
	};
	return withSections(form, sections);
}

export function addSection(form: FormDefinition): { form: FormDefinition; index: number } {
	const key = freshKey(
		form.sections.map((s) => s.key),
		'part_'
	);
	const number = form.sections.length + 1;
	const questionKey = freshKey(questionKeys(form), 'q');
	const section: Section = {
		key,
		title: { th: `ตอนที่ ${number}`, en: `Part ${number}` },
		questions: [blankQuestion('short_text', questionKey, form.dimensions)]
	};
	return { form: withSections(form, [...form.sections, section]), index: form.sections.length };
}

export function updateSection(
	form: FormDefinition,
	index: number,
	change: (section: Section) => Section
): FormDefinition {
	return withSections(
		form,
		form.sections.map((s, i) => (i === index ? change(s) : s))
	);
}

/** Removes a section and its questions, with the show-if rules that named them. */
export function removeSection(form: FormDefinition, index: number): FormDefinition {
	const section = form.sections[index];
	if (!section) return form;
	let next = form;
	for (let q = section.questions.length - 1; q >= 0; q--) {
		next = removeQuestion(next, { section: index, question: q });
	}
	return withSections(
		next,
		next.sections.filter((_, i) => i !== index)
	);
}

export function moveSection(form: FormDefinition, from: number, to: number): FormDefinition {
	const section = form.sections[from];
	if (!section || to < 0 || to >= form.sections.length) return form;
	const rest = form.sections.filter((_, i) => i !== from);
	return withSections(form, [...rest.slice(0, to), section, ...rest.slice(to)]);
}

export function addDimension(form: FormDefinition): FormDefinition {
	const key = freshKey(
		form.dimensions.map((d) => d.key),
		'dimension_'
	);
	return { ...form, dimensions: [...form.dimensions, { key, label: { th: '' } }] };
}

/**
 * Renames a dimension's key everywhere: its rating items follow it, so renaming it does not leave
 * them pointing at nothing.
 */
export function renameDimension(form: FormDefinition, index: number, key: string): FormDefinition {
	const old = form.dimensions[index];
	if (!old) return form;
	return {
		...form,
		dimensions: form.dimensions.map((d, i) => (i === index ? { ...d, key } : d)),
		sections: form.sections.map((s) => ({
			...s,
			questions: s.questions.map((q) =>
				q.kind === 'rating' && q.dimension === old.key ? { ...q, dimension: key } : q
			)
		}))
	};
}

export function removeDimension(form: FormDefinition, index: number): FormDefinition {
	return { ...form, dimensions: form.dimensions.filter((_, i) => i !== index) };
}

function cleanText(text: LocalizedText | undefined): LocalizedText | undefined {
	if (!text) return undefined;
	const th = text.th.trim();
	const en = text.en?.trim();
	if (th === '' && !en) return undefined;
	return en ? { th, en } : { th };
}

function cleanRequired(text: LocalizedText): LocalizedText {
	return cleanText(text) ?? { th: '' };
}

/**
 * The draft as it is saved: text trimmed, an empty English text or empty help left out (the
 * inputs hold '' where the definition holds nothing), number bounds that are not numbers dropped.
 */
export function tidyDraft(form: FormDefinition): FormDefinition {
	const instructions = cleanText(form.instructions);
	const tidy: FormDefinition = {
		...form,
		title: cleanRequired(form.title),
		dimensions: form.dimensions.map((d) => ({
			...d,
			key: d.key.trim(),
			label: cleanRequired(d.label)
		})),
		sections: form.sections.map((s) => {
			const description = cleanText(s.description);
			const section: Section = {
				...s,
				key: s.key.trim(),
				title: cleanRequired(s.title),
				questions: s.questions.map(tidyQuestion)
			};
			if (description) section.description = description;
			else delete section.description;
			return section;
		})
	};
	if (instructions) tidy.instructions = instructions;
	else delete tidy.instructions;
	return tidy;
}

function tidyQuestion(question: Question): Question {
	const tidy = { ...question, key: question.key.trim(), label: cleanRequired(question.label) };
	const help = cleanText(question.help);
	if (help) tidy.help = help;
	else delete tidy.help;
	if (tidy.kind === 'single_choice' || tidy.kind === 'multiple_choice') {
		tidy.options = tidy.options.map((o) => ({
			value: o.value.trim(),
			label: cleanRequired(o.label)
		}));
	}
	for (const bound of ['min', 'max', 'maxSelected'] as const) {
		const value = (tidy as Record<string, unknown>)[bound];
		if (value === undefined) continue;
		const empty =
			value === null || value === '' || (typeof value === 'number' && Number.isNaN(value));
		if (empty) delete (tidy as Record<string, unknown>)[bound];
	}
	return tidy;
}
