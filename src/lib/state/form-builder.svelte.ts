import {
	parseFormDefinition,
	type FormDefinition,
	type QuestionKind,
	type ValidationIssue
} from '$lib/domain';
import {
	addDimension,
	addQuestion,
	addSection,
	changeKind,
	moveQuestion,
	moveQuestionStep,
	moveSection,
	removeDimension,
	removeQuestion,
	removeSection,
	renameDimension,
	tidyDraft,
	type QuestionPlace
} from '$lib/domain/form-builder';
import type { I18n } from '$lib/i18n';

/**
 * The form being edited in the builder. Inputs bind straight into `form`; structural edits run the
 * domain's pure operations on a snapshot and replace it. Issues are the domain's own validation
 * of the tidied draft, keyed by path, so each shows next to its field as the author types.
 */
export class FormBuilder {
	form: FormDefinition = $state() as FormDefinition;
	/** What a screen reader hears after a move, an addition or a removal (an aria-live region). */
	announcement = $state('');
	/** The question being dragged, if any. */
	dragging: QuestionPlace | null = $state(null);
	#savedText = $state('');
	readonly #t: I18n['t'];

	constructor(form: FormDefinition, t: I18n['t']) {
		this.form = form;
		this.#t = t;
		this.#savedText = JSON.stringify(tidyDraft(form));
	}

	/** The draft as the server will read it. */
	readonly tidy = $derived(tidyDraft($state.snapshot(this.form) as FormDefinition));
	readonly text = $derived(JSON.stringify(this.tidy));
	readonly dirty = $derived(this.text !== this.#savedText);

	readonly issues: ValidationIssue[] = $derived.by(() => {
		const parsed = parseFormDefinition(this.tidy);
		return parsed.ok ? [] : parsed.issues;
	});
	/** The issue about exactly this field, e.g. `sections.0.questions.1.label.th`. */
	issueAt(path: string): ValidationIssue | undefined {
		// A draft has a handful of issues at most: a search is cheaper than keeping an index.
		return this.issues.find((i) => i.path === path);
	}

	markSaved(form: FormDefinition): void {
		this.form = form;
		this.#savedText = JSON.stringify(tidyDraft(form));
	}

	#apply(edit: (form: FormDefinition) => FormDefinition): void {
		this.form = edit($state.snapshot(this.form) as FormDefinition);
	}

	addQuestion(section: number, kind: QuestionKind): void {
		const result = addQuestion($state.snapshot(this.form) as FormDefinition, section, kind);
		this.form = result.form;
		const key = result.form.sections[section]!.questions[result.place.question]!.key;
		this.announcement = this.#t('forms.announce.added', { key, section: section + 1 });
	}

	removeQuestion(place: QuestionPlace): void {
		const key = this.form.sections[place.section]?.questions[place.question]?.key ?? '';
		this.#apply((f) => removeQuestion(f, place));
		this.announcement = this.#t('forms.announce.removed', { key });
	}

	setKind(place: QuestionPlace, kind: QuestionKind): void {
		const question = this.form.sections[place.section]?.questions[place.question];
		if (!question) return;
		const next = changeKind($state.snapshot(question), kind, $state.snapshot(this.form.dimensions));
		this.form.sections[place.section]!.questions[place.question] = next;
	}

	/** Keyboard reordering: one step, across sections at their edges; returns the new place. */
	moveStep(place: QuestionPlace, direction: -1 | 1): QuestionPlace | null {
		const key = this.form.sections[place.section]?.questions[place.question]?.key ?? '';
		const moved = moveQuestionStep($state.snapshot(this.form) as FormDefinition, place, direction);
		if (!moved) {
			this.announcement = this.#t('forms.announce.notMoved', { key });
			return null;
		}
		this.form = moved.form;
		this.#announceMove(key, moved.place);
		return moved.place;
	}

	/** A drop on the question at `to`: the dragged one takes its place. */
	drop(to: QuestionPlace): void {
		const from = this.dragging;
		this.dragging = null;
		if (!from || (from.section === to.section && from.question === to.question)) return;
		const key = this.form.sections[from.section]?.questions[from.question]?.key ?? '';
		this.#apply((f) => moveQuestion(f, from, to));
		this.#announceMove(key, to);
	}

	#announceMove(key: string, place: QuestionPlace) {
		this.announcement = this.#t('forms.announce.moved', {
			key,
			position: place.question + 1,
			section: place.section + 1
		});
	}

	addSection(): void {
		this.#apply((f) => addSection(f).form);
	}

	removeSection(index: number): void {
		this.#apply((f) => removeSection(f, index));
	}

	moveSection(index: number, direction: -1 | 1): void {
		const title = this.form.sections[index]?.title.th ?? '';
		const to = index + direction;
		if (to < 0 || to >= this.form.sections.length) return;
		this.#apply((f) => moveSection(f, index, to));
		this.announcement = this.#t('forms.announce.sectionMoved', { title, position: to + 1 });
	}

	addDimension(): void {
		this.#apply(addDimension);
	}

	removeDimension(index: number): void {
		this.#apply((f) => removeDimension(f, index));
	}

	renameDimension(index: number, key: string): void {
		this.#apply((f) => renameDimension(f, index, key));
	}
}
