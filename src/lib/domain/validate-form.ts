import { FormDefinition, type Question } from './form';
import { IsoDate } from './localized';
import { issuesFromZod, type Validated, type ValidationIssue } from './validation';
import { formMessages, type BilingualMessage, type DomainIssueCode } from './validation-messages';

/**
 * Reads a form definition: its structure first, then the rules that span fields (unique keys,
 * declared dimensions, show-if rules that look back), which zod alone cannot see.
 */
export function parseFormDefinition(input: unknown): Validated<FormDefinition> {
	const parsed = FormDefinition.safeParse(input, { reportInput: true });
	if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
	const issues = formIssues(parsed.data);
	return issues.length === 0 ? { ok: true, value: parsed.data } : { ok: false, issues };
}

interface PlacedQuestion {
	question: Question;
	path: string;
	position: number;
}

function formIssues(form: FormDefinition): ValidationIssue[] {
	const issues: ValidationIssue[] = [];

	const dimensionPaths = firstPathsOf(
		form.dimensions.map((d, i) => ({ key: d.key, path: `dimensions.${i}.key` })),
		issues
	);
	firstPathsOf(
		form.sections.map((s, i) => ({ key: s.key, path: `sections.${i}.key` })),
		issues
	);

	const placed: PlacedQuestion[] = form.sections
		.flatMap((section, s) =>
			section.questions.map((question, q) => ({ question, path: `sections.${s}.questions.${q}` }))
		)
		.map((entry, position) => ({ ...entry, position }));

	// The first question with a key owns it; a show-if rule naming that key means the first one.
	const byKey = new Map<string, PlacedQuestion>();
	for (const entry of placed) {
		const first = byKey.get(entry.question.key);
		if (first === undefined) byKey.set(entry.question.key, entry);
		else issues.push(duplicateKey(`${entry.path}.key`, entry.question.key, `${first.path}.key`));
	}

	for (const entry of placed) {
		issues.push(...questionIssues(entry, dimensionPaths, byKey));
	}
	return issues;
}

/** Maps each key to where it first appears, reporting every later use as a duplicate. */
function firstPathsOf(
	entries: { key: string; path: string }[],
	issues: ValidationIssue[]
): Map<string, string> {
	const firstPaths = new Map<string, string>();
	for (const { key, path } of entries) {
		const first = firstPaths.get(key);
		if (first === undefined) firstPaths.set(key, path);
		else issues.push(duplicateKey(path, key, first));
	}
	return firstPaths;
}

function questionIssues(
	{ question, path, position }: PlacedQuestion,
	dimensionPaths: ReadonlyMap<string, string>,
	byKey: ReadonlyMap<string, PlacedQuestion>
): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	switch (question.kind) {
		case 'rating':
			if (!dimensionPaths.has(question.dimension)) {
				const at = `${path}.dimension`;
				issues.push(
					issue(at, 'unknown_dimension', formMessages.unknownDimension(at, question.dimension))
				);
			}
			break;
		case 'single_choice':
		case 'multiple_choice': {
			const optionPaths = new Map<string, string>();
			question.options.forEach((option, o) => {
				const at = `${path}.options.${o}.value`;
				const first = optionPaths.get(option.value);
				if (first === undefined) optionPaths.set(option.value, at);
				else {
					issues.push(
						issue(at, 'duplicate_option', formMessages.duplicateOption(at, option.value, first))
					);
				}
			});
			if (
				question.kind === 'multiple_choice' &&
				question.maxSelected !== undefined &&
				question.maxSelected > question.options.length
			) {
				const at = `${path}.maxSelected`;
				const message = formMessages.maxSelectedAboveOptions(
					at,
					question.maxSelected,
					question.options.length
				);
				issues.push(issue(at, 'max_selected_above_options', message));
			}
			break;
		}
		case 'number':
		case 'date':
			// yyyy-mm-dd strings compare in calendar order, so one comparison serves both kinds.
			if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
				const at = `${path}.max`;
				issues.push(
					issue(at, 'min_above_max', formMessages.minAboveMax(at, question.min, question.max))
				);
			}
			break;
	}
	const showIfIssue = showIfIssueOf(question, path, position, byKey);
	if (showIfIssue) issues.push(showIfIssue);
	return issues;
}

function showIfIssueOf(
	question: Question,
	path: string,
	position: number,
	byKey: ReadonlyMap<string, PlacedQuestion>
): ValidationIssue | undefined {
	const rule = question.showIf;
	if (!rule) return undefined;
	const questionPath = `${path}.showIf.question`;
	const valuePath = `${path}.showIf.value`;
	const opPath = `${path}.showIf.op`;

	if (rule.question === question.key) {
		return issue(questionPath, 'show_if_self', formMessages.showIfSelf(questionPath));
	}
	const controller = byKey.get(rule.question);
	if (controller === undefined) {
		const message = formMessages.showIfUnknownQuestion(questionPath, rule.question);
		return issue(questionPath, 'show_if_unknown_question', message);
	}
	// Looking only back keeps rules acyclic and lets a form be filled (and checked) in one pass.
	if (controller.position > position) {
		return issue(
			questionPath,
			'show_if_later',
			formMessages.showIfLater(questionPath, rule.question)
		);
	}

	const target = controller.question;
	if (rule.op === 'includes' && target.kind !== 'multiple_choice') {
		const message = formMessages.showIfIncludesNeedsMultipleChoice(opPath, target.key);
		return issue(opPath, 'show_if_operator', message);
	}
	if (rule.op !== 'includes' && target.kind === 'multiple_choice') {
		const message = formMessages.showIfMultipleChoiceNeedsIncludes(opPath, target.key);
		return issue(opPath, 'show_if_operator', message);
	}

	const valueIssue = (message: BilingualMessage) => issue(valuePath, 'show_if_value', message);
	switch (target.kind) {
		case 'single_choice':
		case 'multiple_choice': {
			const values = target.options.map((o) => o.value);
			return typeof rule.value === 'string' && values.includes(rule.value)
				? undefined
				: valueIssue(formMessages.showIfNotAnOption(valuePath, rule.value, target.key, values));
		}
		case 'rating':
			return typeof rule.value === 'number' &&
				Number.isInteger(rule.value) &&
				rule.value >= 1 &&
				rule.value <= 5
				? undefined
				: valueIssue(formMessages.showIfNotARating(valuePath, rule.value, target.key));
		case 'number':
			return typeof rule.value === 'number'
				? undefined
				: valueIssue(formMessages.showIfWrongType(valuePath, rule.value, target.key, 'number'));
		case 'date':
			return typeof rule.value === 'string' && IsoDate.safeParse(rule.value).success
				? undefined
				: valueIssue(formMessages.showIfWrongType(valuePath, rule.value, target.key, 'date'));
		case 'short_text':
		case 'long_text':
			return typeof rule.value === 'string'
				? undefined
				: valueIssue(formMessages.showIfWrongType(valuePath, rule.value, target.key, 'string'));
	}
}

function issue(path: string, code: DomainIssueCode, message: BilingualMessage): ValidationIssue {
	return { path, code, message };
}

function duplicateKey(path: string, key: string, firstPath: string): ValidationIssue {
	return issue(path, 'duplicate_key', formMessages.duplicateKey(path, key, firstPath));
}
