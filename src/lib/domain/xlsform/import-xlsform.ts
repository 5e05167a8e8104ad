import type {
	ChoiceOption,
	Dimension,
	FormDefinition,
	FormDefinitionInput,
	FormKind,
	ShowIf
} from '../form';
import { newId } from '../ids';
import { Key, type LocalizedText } from '../localized';
import { parseFormDefinition } from '../validate-form';
import type { ValidationIssue } from '../validation';
import type { BilingualMessage } from '../validation-messages';
import { xlsFormIssues, xlsFormReasons as reasons } from './messages';
import { numberRange } from './constraint';
import { parseRelevant } from './relevant';
import { Sheet, cellText, columnLanguage, languageOf, type XlsFormSheets } from './sheet';

/** One thing in the spreadsheet the form does not hold, and why; `row` as the spreadsheet shows it. */
export interface NotImported {
	sheet: string;
	row: number;
	what: string;
	reason: BilingualMessage;
}

export interface XlsFormImport {
	/** A draft: version 1, unpublished, to be reviewed in the builder before anyone fills it in. */
	form: FormDefinition;
	notImported: NotImported[];
}

export type XlsFormResult =
	| { ok: true; value: XlsFormImport }
	| { ok: false; issues: ValidationIssue[]; notImported: NotImported[] };

export interface XlsFormImportOptions {
	officeId: FormDefinition['officeId'];
	groupId: FormDefinition['groupId'];
	kind: FormKind;
	id?: string;
	/** The title when settings has no form_title, e.g. the file's name. */
	fallbackTitle?: string;
}

/**
 * The choice list whose rows name the dimensions of `ruamjai::dimension` and give their labels
 * (ODK and Kobo ignore a list no question uses, so the file stays a valid XLSForm).
 */
export const dimensionListName = 'ruamjai_dimensions';
export const dimensionColumn = 'ruamjai::dimension';

const metadataTypes = new Set([
	'start',
	'end',
	'today',
	'deviceid',
	'subscriberid',
	'simserial',
	'phonenumber',
	'username',
	'email',
	'audit',
	'start-geopoint',
	'background-geopoint'
]);

/** Columns read for every question; a value in any other column is reported as not imported. */
const readColumns = new Set([
	'type',
	'name',
	'label',
	'hint',
	'required',
	'relevant',
	'appearance'
]);

type QuestionInput = FormDefinitionInput['sections'][number]['questions'][number];

interface SectionDraft {
	key: string;
	title: LocalizedText;
	description?: LocalizedText;
	questions: QuestionInput[];
	row: number;
	fromGroup: boolean;
}

interface GroupFrame {
	name: string;
	label: LocalizedText | undefined;
	row: number;
	nested: boolean;
	usedAsDimension: boolean;
}

type Text = { th?: string; en?: string };

/**
 * Reads an XLSForm (the ODK/KoboToolbox spreadsheet) into a draft form. Mapping:
 * `select_one l` → single choice, or a rating when list l is exactly the choices 1–5 (dimension from
 * `ruamjai::dimension`, else the innermost enclosing group); `select_multiple l` → multiple choice;
 * `text` → short text (long with appearance `multiline`); `integer`/`decimal` → number; `date`;
 * top-level `begin group` → a section (nested groups join it); a `note` first in the form or a
 * group → its instructions. Everything else is listed in `notImported` with its reason.
 */
export function importXlsForm(sheets: XlsFormSheets, options: XlsFormImportOptions): XlsFormResult {
	return new XlsFormReader(sheets, options).read();
}

class XlsFormReader {
	readonly notImported: NotImported[] = [];
	readonly #survey: Sheet | undefined;
	readonly #choices: Sheet | undefined;
	readonly #settings: Sheet | undefined;
	readonly #plainLanguage: 'th' | 'en';
	readonly #sections: SectionDraft[] = [];
	readonly #dimensions = new Map<string, Dimension>();
	readonly #questions = new Map<string, QuestionInput>();
	/** Questions and sections have separate keys, as in parseFormDefinition. */
	readonly #sectionKeys = new Set<string>();
	readonly #choiceLists = new Map<string, ChoiceOption[] | NotImported>();
	readonly #dimensionLabels = new Map<string, LocalizedText>();
	readonly #ratingLists = new Set<string>();
	#current: SectionDraft | undefined;
	#stack: GroupFrame[] = [];
	#instructions: LocalizedText | undefined;

	constructor(
		sheets: XlsFormSheets,
		readonly options: XlsFormImportOptions
	) {
		const find = (name: string) => {
			const found = Object.keys(sheets).find((s) => s.trim().toLowerCase() === name);
			return found === undefined ? undefined : new Sheet(found, sheets[found] ?? []);
		};
		this.#survey = find('survey');
		this.#choices = find('choices');
		this.#settings = find('settings');
		const settingsRow = this.#settingsRow();
		const defaultLanguage = settingsRow && this.#settings!.cell(settingsRow, 'default_language');
		this.#plainLanguage = defaultLanguage && languageOf(defaultLanguage) === 'en' ? 'en' : 'th';
	}

	read(): XlsFormResult {
		const survey = this.#survey;
		if (!survey) return this.#failed('', xlsFormIssues.noSurvey());
		for (const column of ['type', 'name']) {
			if (!survey.has(column)) return this.#failed(column, xlsFormIssues.missingColumn(column));
		}
		const title = this.#title();
		if (!title) return this.#failed('title', xlsFormIssues.noTitle());

		this.#reportOtherLanguages(survey);
		if (this.#choices) this.#reportOtherLanguages(this.#choices);
		this.#readDimensionLabels();
		this.#readSurvey(survey, title);

		const sections = this.#sections.filter((section) => {
			if (section.questions.length > 0) return true;
			if (section.fromGroup)
				this.#skip(survey, section.row, `begin group ${section.key}`, reasons.emptyGroup());
			return false;
		});
		if (sections.length === 0) {
			return this.#failed('sections', xlsFormIssues.nothingImported(this.notImported.length));
		}
		const parsed = parseFormDefinition({
			id: this.options.id ?? newId(),
			officeId: this.options.officeId,
			groupId: this.options.groupId,
			kind: this.options.kind,
			version: 1,
			title,
			instructions: this.#instructions,
			dimensions: [...this.#dimensions.values()],
			sections: sections.map(({ key, title, description, questions }) => ({
				key,
				title,
				description,
				questions
			})),
			publishedAt: null
		} satisfies FormDefinitionInput);
		if (!parsed.ok) return { ok: false, issues: parsed.issues, notImported: this.notImported };
		return { ok: true, value: { form: parsed.value, notImported: this.notImported } };
	}

	#readSurvey(survey: Sheet, formTitle: LocalizedText) {
		let repeatDepth = 0;
		for (const { row, cells } of survey.dataRows()) {
			const typeText = survey.cell(cells, 'type').replace(/\s+/g, ' ');
			const type = typeText.toLowerCase().replace(/^(begin|end)_/, '$1 ');
			const [head = '', ...rest] = type.split(' ');

			if (repeatDepth > 0) {
				if (type === 'begin repeat') repeatDepth++;
				if (type === 'end repeat') repeatDepth--;
				if (repeatDepth > 0 || type !== 'end repeat') {
					this.#skip(survey, row, this.#describe(survey, cells), reasons.insideRepeat());
				}
				continue;
			}
			switch (type) {
				case '':
					this.#skip(survey, row, this.#describe(survey, cells) || `row ${row}`, reasons.noType());
					continue;
				case 'begin group':
					this.#beginGroup(survey, row, cells);
					continue;
				case 'end group':
					this.#endGroup(survey, row, typeText);
					continue;
				case 'begin repeat':
					repeatDepth = 1;
					this.#skip(survey, row, this.#describe(survey, cells), reasons.unsupportedType(type));
					continue;
				case 'end repeat':
					this.#skip(survey, row, typeText, reasons.unmatchedEnd(typeText));
					continue;
				case 'note':
					this.#note(survey, row, cells);
					continue;
			}
			if (['select_one', 'select_multiple', 'text', 'integer', 'decimal', 'date'].includes(head)) {
				const question = this.#question(survey, row, cells, head, rest);
				if (!question) continue;
				this.#currentSection(row, formTitle).questions.push(question);
				this.#questions.set(question.key, question);
				continue;
			}
			const reason = metadataTypes.has(head)
				? reasons.metadata(typeText)
				: reasons.unsupportedType(typeText);
			this.#skip(survey, row, this.#describe(survey, cells), reason);
		}
		for (const frame of this.#stack) this.#closeFrame(survey, frame);
	}

	#beginGroup(survey: Sheet, row: number, cells: readonly unknown[]) {
		const name = survey.cell(cells, 'name');
		const label = this.#localized(survey, row, cells, 'label', `begin group ${name}`);
		const relevant = survey.cell(cells, 'relevant');
		if (relevant) this.#skip(survey, row, `relevant: ${relevant}`, reasons.groupRelevant(relevant));
		this.#reportUnusedColumns(survey, row, cells, new Set(['appearance']));
		const appearance = survey.cell(cells, 'appearance');
		if (appearance && appearance !== 'field-list') {
			this.#skip(
				survey,
				row,
				`appearance: ${appearance}`,
				reasons.unusedColumn('appearance', appearance)
			);
		}
		const nested = this.#stack.length > 0;
		this.#stack.push({ name, label, row, nested, usedAsDimension: false });
		if (nested) return;

		const partNumber = this.#sections.length + 1;
		let key = name;
		if (!this.#isFreshKey(name)) {
			key = this.#freshKey(`part_${partNumber}`);
			this.#skip(survey, row, `name: ${name}`, reasons.sectionKeyGiven(name, key));
		}
		this.#sectionKeys.add(key);
		const section: SectionDraft = {
			key,
			title: label ?? partTitle(partNumber),
			questions: [],
			row,
			fromGroup: true
		};
		this.#sections.push(section);
		this.#current = section;
	}

	#endGroup(survey: Sheet, row: number, typeText: string) {
		const frame = this.#stack.pop();
		if (!frame) {
			this.#skip(survey, row, typeText, reasons.unmatchedEnd(typeText));
			return;
		}
		this.#closeFrame(survey, frame);
		if (this.#stack.length === 0) this.#current = undefined;
	}

	#closeFrame(survey: Sheet, frame: GroupFrame) {
		if (frame.nested && !frame.usedAsDimension) {
			this.#skip(survey, frame.row, `begin group ${frame.name}`, reasons.nestedGroup());
		}
	}

	#note(survey: Sheet, row: number, cells: readonly unknown[]) {
		const what = this.#describe(survey, cells);
		const section = this.#current;
		const atGroupStart =
			section?.fromGroup === true &&
			section.questions.length === 0 &&
			section.description === undefined &&
			this.#stack.length === 1;
		const atFormStart =
			this.#sections.length === 0 && this.#stack.length === 0 && !this.#instructions;
		if (!atGroupStart && !atFormStart) {
			this.#skip(survey, row, what, reasons.noteNotPlaced());
			return;
		}
		const text = this.#localized(survey, row, cells, 'label', what);
		if (!text) return this.#skip(survey, row, what, reasons.missingLabel());
		if (atGroupStart) section.description = text;
		else this.#instructions = text;
	}

	#question(
		survey: Sheet,
		row: number,
		cells: readonly unknown[],
		head: string,
		rest: string[]
	): QuestionInput | undefined {
		const what = this.#describe(survey, cells);
		const name = survey.cell(cells, 'name');
		if (!name) return this.#skip(survey, row, what, reasons.missingName());
		if (!isKey(name)) {
			return this.#skip(survey, row, what, reasons.invalidKey('question', name, suggestKey(name)));
		}
		if (this.#questions.has(name)) {
			return this.#skip(survey, row, what, reasons.duplicateName(name));
		}
		const label = this.#localized(survey, row, cells, 'label', what);
		if (!label) return this.#skip(survey, row, what, reasons.missingLabel());

		const appearance = survey.cell(cells, 'appearance');
		let usedAppearance = false;
		const usedColumns = new Set([dimensionColumn]);
		let question: QuestionInput | undefined;
		const base = { key: name, label, required: this.#required(survey, row, cells) };
		switch (head) {
			case 'select_one':
			case 'select_multiple': {
				const [list = '', extra] = rest;
				if (extra === 'or_other') this.#skip(survey, row, `${what} or_other`, reasons.orOther());
				const choices = this.#choiceList(list);
				if (!Array.isArray(choices) && choices.sheet === '') {
					return this.#skip(survey, row, what, choices.reason);
				}
				if (head === 'select_one' && isRatingList(this.#choiceNames(list))) {
					const dimension = this.#dimension(survey, row, cells, what);
					if (!dimension) return undefined;
					this.#noteRatingLabels(list);
					usedAppearance = appearance === 'likert';
					question = { ...base, kind: 'rating', dimension };
					break;
				}
				if (!Array.isArray(choices)) return this.#skip(survey, row, what, choices.reason);
				question =
					head === 'select_one'
						? { ...base, kind: 'single_choice', options: choices }
						: { ...base, kind: 'multiple_choice', options: choices };
				break;
			}
			case 'text':
				usedAppearance = appearance === 'multiline';
				question = usedAppearance
					? { ...base, kind: 'long_text' }
					: { ...base, kind: 'short_text' };
				break;
			case 'integer':
			case 'decimal': {
				const integer = head === 'integer';
				const constraint = survey.cell(cells, 'constraint');
				const range = constraint ? numberRange(constraint, integer) : {};
				if (range) usedColumns.add('constraint');
				question = { ...base, kind: 'number', integer, ...range };
				break;
			}
			case 'date':
				question = { ...base, kind: 'date' };
				break;
		}
		if (!question) return undefined;

		const help = this.#localized(survey, row, cells, 'hint', `${what} hint`);
		if (help) question.help = help;
		const showIf = this.#showIf(survey, row, cells);
		if (showIf) question.showIf = showIf;
		if (appearance && !usedAppearance) {
			this.#skip(
				survey,
				row,
				`appearance: ${appearance}`,
				reasons.unusedColumn('appearance', appearance)
			);
		}
		this.#reportUnusedColumns(survey, row, cells, usedColumns);
		return question;
	}

	#required(survey: Sheet, row: number, cells: readonly unknown[]): boolean {
		const value = survey.cell(cells, 'required').toLowerCase();
		if (['yes', 'true', 'true()', '1', 'y'].includes(value)) return true;
		if (['', 'no', 'false', 'false()', '0', 'n'].includes(value)) return false;
		this.#skip(survey, row, `required: ${value}`, reasons.requiredExpression(value));
		return false;
	}

	#dimension(
		survey: Sheet,
		row: number,
		cells: readonly unknown[],
		what: string
	): string | undefined {
		const explicit = survey.cell(cells, dimensionColumn);
		const frame = explicit
			? this.#stack.find((f) => f.name === explicit)
			: this.#stack[this.#stack.length - 1];
		const key = explicit || frame?.name;
		if (!key) return this.#skip(survey, row, what, reasons.ratingNeedsDimension());
		if (!isKey(key)) {
			return this.#skip(survey, row, what, reasons.invalidKey('dimension', key, suggestKey(key)));
		}
		if (frame) frame.usedAsDimension = true;
		if (!this.#dimensions.has(key)) {
			let label = this.#dimensionLabels.get(key) ?? frame?.label;
			if (!label) {
				label = { th: key };
				this.#skip(survey, row, `${dimensionColumn}: ${key}`, reasons.dimensionWithoutLabel(key));
			}
			this.#dimensions.set(key, { key, label });
		}
		return key;
	}

	#showIf(survey: Sheet, row: number, cells: readonly unknown[]): ShowIf | undefined {
		const expression = survey.cell(cells, 'relevant');
		if (!expression) return undefined;
		const what = `relevant: ${expression}`;
		const rule = parseRelevant(expression);
		if (!rule.ok) {
			const reason =
				rule.why === 'combined'
					? reasons.relevantCombined(expression)
					: reasons.relevantUnsupported(expression);
			return this.#skip(survey, row, what, reason);
		}
		const target = this.#questions.get(rule.question);
		if (!target) {
			return this.#skip(survey, row, what, reasons.relevantTarget(expression, rule.question));
		}
		const showIf = showIfFor(target, rule.op, rule.value);
		return (
			showIf ?? this.#skip(survey, row, what, reasons.relevantMismatch(expression, rule.question))
		);
	}

	#choiceNames(list: string): string[] {
		const choices = this.#choices;
		if (!choices) return [];
		const names: string[] = [];
		for (const { cells } of choices.dataRows()) {
			if (listNameOf(choices, cells) === list) names.push(choices.cell(cells, 'name'));
		}
		return names;
	}

	/** The options of a list, read once; a list that cannot be options says why (sheet '' = no list). */
	#choiceList(list: string): ChoiceOption[] | NotImported {
		const cached = this.#choiceLists.get(list);
		if (cached) return cached;
		const result = this.#readChoiceList(list);
		this.#choiceLists.set(list, result);
		return result;
	}

	#readChoiceList(list: string): ChoiceOption[] | NotImported {
		const choices = this.#choices;
		const rows = choices
			? [...choices.dataRows()].filter(({ cells }) => listNameOf(choices, cells) === list)
			: [];
		if (!choices || rows.length === 0) {
			return { sheet: '', row: 0, what: list, reason: reasons.unknownList(list) };
		}
		if (rows.length < 2) {
			return { sheet: '', row: 0, what: list, reason: reasons.tooFewChoices(list) };
		}
		const options: ChoiceOption[] = [];
		for (const { row, cells } of rows) {
			const name = choices.cell(cells, 'name');
			const what = `${list} ${name}`;
			if (!isKey(name)) {
				const reason = reasons.invalidKey('choice', name, suggestKey(name));
				return { sheet: choices.name, row, what, reason };
			}
			if (options.some((o) => o.value === name)) {
				return { sheet: choices.name, row, what, reason: reasons.duplicateChoice(list, name) };
			}
			const label = this.#localized(choices, row, cells, 'label', what);
			if (!label) return { sheet: choices.name, row, what, reason: reasons.missingLabel() };
			options.push({ value: name, label });
		}
		return options;
	}

	/**
	 * A rating shows the standard five labels, so a list's own labels are dropped: said once per
	 * list, because a list counting down (1 = very satisfied) would otherwise be read upside down.
	 */
	#noteRatingLabels(list: string) {
		const choices = this.#choices;
		if (!choices || this.#ratingLists.has(list)) return;
		this.#ratingLists.add(list);
		const first = [...choices.dataRows()].find(({ cells }) => listNameOf(choices, cells) === list);
		if (first) this.#skip(choices, first.row, `${list} label`, reasons.ratingLabels(list));
	}

	#readDimensionLabels() {
		const choices = this.#choices;
		if (!choices) return;
		for (const { row, cells } of choices.dataRows()) {
			if (listNameOf(choices, cells) !== dimensionListName) continue;
			const name = choices.cell(cells, 'name');
			const label = this.#localized(choices, row, cells, 'label', `${dimensionListName} ${name}`);
			if (label) this.#dimensionLabels.set(name, label);
		}
	}

	#title(): LocalizedText | undefined {
		const settings = this.#settings;
		const row = this.#settingsRow();
		if (settings && row) {
			const title = this.#localized(settings, 2, row, 'form_title', 'form_title');
			if (title) return title;
		}
		const fallback = this.options.fallbackTitle?.trim() || (row && settings?.cell(row, 'form_id'));
		return fallback ? { th: fallback } : undefined;
	}

	#settingsRow(): readonly unknown[] | undefined {
		return this.#settings?.rows[1];
	}

	/** A text in Thai and English; English stands in for a missing Thai text, and says so. */
	#localized(
		sheet: Sheet,
		row: number,
		cells: readonly unknown[],
		base: string,
		what: string
	): LocalizedText | undefined {
		const text: Text = {};
		const plain: Text = {};
		sheet.headers.forEach((header, i) => {
			const column = columnLanguage(header);
			if (column.base !== base || column.language === 'other') return;
			const value = cellText(cells[i]);
			if (!value) return;
			if (column.language === undefined) plain[this.#plainLanguage] ??= value;
			else text[column.language] ??= value;
		});
		const th = text.th ?? plain.th;
		const en = text.en ?? plain.en;
		if (th) return en ? { th, en } : { th };
		if (!en) return undefined;
		this.#skip(sheet, row, `${what} ${base}::th`, reasons.noThaiText(en));
		return { th: en, en };
	}

	#reportOtherLanguages(sheet: Sheet) {
		for (const header of sheet.headers) {
			if (header.toLowerCase() !== dimensionColumn && columnLanguage(header).language === 'other') {
				this.#skip(sheet, 1, header, reasons.otherLanguage(header));
			}
		}
	}

	#reportUnusedColumns(
		survey: Sheet,
		row: number,
		cells: readonly unknown[],
		alsoRead: ReadonlySet<string>
	) {
		survey.headers.forEach((header, i) => {
			const { base } = columnLanguage(header);
			if (readColumns.has(base) || alsoRead.has(header.toLowerCase())) return;
			const value = cellText(cells[i]);
			if (value)
				this.#skip(survey, row, `${header}: ${value}`, reasons.unusedColumn(header, value));
		});
	}

	#currentSection(row: number, formTitle: LocalizedText): SectionDraft {
		if (this.#current) return this.#current;
		const key = this.#freshKey(`part_${this.#sections.length + 1}`);
		this.#sectionKeys.add(key);
		const section: SectionDraft = { key, title: formTitle, questions: [], row, fromGroup: false };
		this.#sections.push(section);
		this.#current = section;
		return section;
	}

	#isFreshKey(name: string): boolean {
		return isKey(name) && !this.#sectionKeys.has(name);
	}

	#freshKey(wanted: string): string {
		let key = wanted;
		for (let n = 2; this.#sectionKeys.has(key); n++) key = `${wanted}_${n}`;
		return key;
	}

	#describe(sheet: Sheet, cells: readonly unknown[]): string {
		return [sheet.cell(cells, 'type'), sheet.cell(cells, 'name')].filter(Boolean).join(' ');
	}

	/** Records what was left out; returns undefined so a caller can `return this.#skip(...)`. */
	#skip(sheet: Sheet, row: number, what: string, reason: BilingualMessage): undefined {
		this.notImported.push({ sheet: sheet.name, row, what, reason });
		return undefined;
	}

	#failed(path: string, message: BilingualMessage): XlsFormResult {
		return {
			ok: false,
			issues: [{ path, code: 'xlsform', message }],
			notImported: this.notImported
		};
	}
}

function partTitle(n: number): LocalizedText {
	return { th: `ส่วนที่ ${n}`, en: `Part ${n}` };
}

function listNameOf(choices: Sheet, cells: readonly unknown[]): string {
	return choices.cell(cells, choices.has('list_name') ? 'list_name' : 'list name');
}

/** The rating convention: a list of exactly the choices 1, 2, 3, 4 and 5, in any order. */
function isRatingList(names: readonly string[]): boolean {
	return names.length === 5 && [...names].sort().join(',') === '1,2,3,4,5';
}

function isKey(name: string): boolean {
	return Key.safeParse(name).success;
}

/** A key the author may want instead of an invalid name; offered in the message, never applied. */
function suggestKey(name: string): string | undefined {
	const candidate = name
		.toLowerCase()
		.replace(/[^a-z0-9_]+/g, '_')
		.replace(/^[_0-9]+|_+$/g, '');
	return candidate && isKey(candidate) && candidate !== name ? candidate : undefined;
}

function showIfFor(
	target: QuestionInput,
	op: '=' | '!=' | 'selected',
	value: string | number
): ShowIf | undefined {
	const question = target.key;
	const equality = op === '!=' ? 'not_equals' : 'equals';
	switch (target.kind) {
		case 'single_choice':
			return target.options.some((o) => o.value === String(value))
				? { question, op: equality, value: String(value) }
				: undefined;
		case 'multiple_choice':
			return op === 'selected' && target.options.some((o) => o.value === value)
				? { question, op: 'includes', value }
				: undefined;
		case 'rating': {
			const level = Number(value);
			return Number.isInteger(level) && level >= 1 && level <= 5
				? { question, op: equality, value: level }
				: undefined;
		}
		case 'number':
			return op !== 'selected' && typeof value === 'number'
				? { question, op: equality, value }
				: undefined;
		case 'short_text':
		case 'long_text':
			return op !== 'selected' && typeof value === 'string'
				? { question, op: equality, value }
				: undefined;
		case 'date':
			return op !== 'selected' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
				? { question, op: equality, value }
				: undefined;
	}
}
