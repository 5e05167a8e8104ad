import {
	questionsOf,
	type FormDefinition,
	type Locale,
	type LocalizedText,
	type Question,
	type Response,
	type School
} from '$lib/domain';
import { localized } from '$lib/i18n/format';
import { translate } from '$lib/i18n/translate';

/** A raw cell: a number stays a number in CSV and XLSX, text is text, null is empty. */
export type SheetCell = string | number | null;

export interface ResponsesSheet {
	headings: string[];
	rows: SheetCell[][];
}

const fixedColumns = [
	'id',
	'submittedAt',
	'date',
	'schoolCode',
	'school',
	'respondentType',
	'formVersion'
] as const;

const bangkokDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Asia/Bangkok',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** "15/11/2567": the Bangkok calendar day in B.E., as Thai offices write dates in a sheet. */
export function bangkokDateBE(instant: string): string {
	const [year, month, day] = bangkokDay.format(new Date(instant)).split('-');
	return `${day}/${month}/${Number(year) + 543}`;
}

/**
 * The raw responses as one table: who, when and where, then one column per question of the form
 * (headed `key — label`, so a column keeps its meaning when a label is reworded) and, last, any
 * question only an older version asked. Choices are written as their labels, several joined
 * with "; "; ratings and numbers stay numbers. Every answer is plain text to the writers, never
 * markup, whatever a respondent typed.
 */
export function responsesSheet(
	responses: readonly Response[],
	form: FormDefinition,
	schools: readonly School[],
	locale: Locale
): ResponsesSheet {
	const text = (value: LocalizedText) => localized(value, locale);
	const questions = questionsOf(form);
	const known = new Set(questions.map((q) => q.key));
	const olderKeys = [
		...new Set(responses.flatMap((r) => Object.keys(r.answers).filter((k) => !known.has(k))))
	].sort();
	const schoolsById = new Map(schools.map((s) => [s.id, s] as const));
	const headings = [
		...fixedColumns.map((key) => translate(locale, `reportTables.responses.${key}`)),
		...questions.map((q) =>
			translate(locale, 'reportTables.responses.question', { key: q.key, label: text(q.label) })
		),
		...olderKeys
	];

	const rows = responses.map((r): SheetCell[] => {
		const school = r.schoolId === null ? undefined : schoolsById.get(r.schoolId);
		const type = translate(locale, `respondentType.${r.respondentType}`);
		return [
			r.id,
			r.submittedAt,
			bangkokDateBE(r.submittedAt),
			school?.code ?? null,
			school === undefined ? null : text(school.name),
			r.respondentTypeOther === undefined ? type : `${type}: ${r.respondentTypeOther}`,
			r.formVersion,
			...questions.map((q) => answerCell(r.answers[q.key], q, text)),
			...olderKeys.map((key) => answerCell(r.answers[key], undefined, text))
		];
	});
	return { headings, rows };
}

function answerCell(
	value: Response['answers'][string] | undefined,
	question: Question | undefined,
	text: (value: LocalizedText) => string
): SheetCell {
	if (value === undefined) return null;
	const options =
		question?.kind === 'single_choice' || question?.kind === 'multiple_choice'
			? new Map(question.options.map((o) => [o.value, text(o.label)] as const))
			: undefined;
	const label = (v: string) => options?.get(v) ?? v;
	if (Array.isArray(value)) return value.map(label).join('; ');
	return typeof value === 'number' ? value : label(value);
}
