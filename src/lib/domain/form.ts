import { z } from 'zod';
import { IsoDate, IsoDateTime, Key, LocalizedText } from './localized';
import { OfficeId } from './office';

export const FormKind = z.enum(['satisfaction', 'feedback', 'evaluation']);
export type FormKind = z.infer<typeof FormKind>;

export const ChoiceOption = z.object({ value: Key, label: LocalizedText });
export type ChoiceOption = z.infer<typeof ChoiceOption>;

/** Show this question only when an earlier answer matches. One rule is enough for paper forms. */
export const ShowIf = z.object({
	question: Key,
	op: z.enum(['equals', 'not_equals', 'includes']),
	value: z.union([z.string(), z.number()])
});
export type ShowIf = z.infer<typeof ShowIf>;

const base = {
	key: Key,
	label: LocalizedText,
	help: LocalizedText.optional(),
	required: z.boolean().default(false),
	showIf: ShowIf.optional()
};

/** 5-level Likert item: มากที่สุด 5 · มาก 4 · ปานกลาง 3 · น้อย 2 · น้อยที่สุด 1. */
export const RatingQuestion = z.object({ ...base, kind: z.literal('rating'), dimension: Key });
export const SingleChoiceQuestion = z.object({
	...base,
	kind: z.literal('single_choice'),
	options: z.array(ChoiceOption).min(2)
});
export const MultipleChoiceQuestion = z.object({
	...base,
	kind: z.literal('multiple_choice'),
	options: z.array(ChoiceOption).min(2),
	maxSelected: z.int().min(1).optional()
});
export const ShortTextQuestion = z.object({
	...base,
	kind: z.literal('short_text'),
	maxLength: z.int().min(1).max(500).default(200)
});
export const LongTextQuestion = z.object({
	...base,
	kind: z.literal('long_text'),
	maxLength: z.int().min(1).max(10_000).default(2000)
});
export const NumberQuestion = z.object({
	...base,
	kind: z.literal('number'),
	integer: z.boolean().default(false),
	min: z.number().optional(),
	max: z.number().optional()
});
export const DateQuestion = z.object({
	...base,
	kind: z.literal('date'),
	min: IsoDate.optional(),
	max: IsoDate.optional()
});

export const Question = z.discriminatedUnion('kind', [
	RatingQuestion,
	SingleChoiceQuestion,
	MultipleChoiceQuestion,
	ShortTextQuestion,
	LongTextQuestion,
	NumberQuestion,
	DateQuestion
]);
export type Question = z.infer<typeof Question>;
export type QuestionKind = Question['kind'];
export const questionKinds = Question.options.map((o) => o.shape.kind.value);

export const Dimension = z.object({ key: Key, label: LocalizedText });
export type Dimension = z.infer<typeof Dimension>;

export const Section = z.object({
	key: Key,
	title: LocalizedText,
	description: LocalizedText.optional(),
	questions: z.array(Question).min(1)
});
export type Section = z.infer<typeof Section>;

/**
 * One version of a form. A published version is frozen: an edit makes version + 1, and every
 * response names the version it was filled on.
 */
export const FormDefinition = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	/** null: an office-wide form any group may use. */
	groupId: z.uuid().nullable(),
	kind: FormKind,
	version: z.int().min(1),
	title: LocalizedText,
	instructions: LocalizedText.optional(),
	dimensions: z.array(Dimension).default([]),
	sections: z.array(Section).min(1),
	publishedAt: IsoDateTime.nullable()
});
export type FormDefinition = z.infer<typeof FormDefinition>;
/** What a form author writes before defaults are applied. */
export type FormDefinitionInput = z.input<typeof FormDefinition>;

export { questionsOf } from './form-queries';
