import { questionsOf, type FormDefinition, type Question } from './form';
import { IsoDate } from './localized';
import type { AnswerValue, Answers } from './response';
import { isAnswered, isQuestionVisible } from './show-if';
import type { Validated, ValidationIssue } from './validation';
import {
	answerMessages,
	fieldMessages,
	type BilingualMessage,
	type DomainIssueCode
} from './validation-messages';

/** Years this large in a date answer are almost surely B.E. typed where C.E. was meant. */
const FIRST_LIKELY_BUDDHIST_YEAR = 2400;

type Checked =
	| { ok: true; value: AnswerValue }
	| { ok: false; code: DomainIssueCode; message: BilingualMessage };

/**
 * Checks answers against the form they were given on and returns them cleaned: texts trimmed,
 * empty answers and answers to hidden questions left out, keys in form order.
 */
export function validateAnswers(form: FormDefinition, answers: unknown): Validated<Answers> {
	if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
		return {
			ok: false,
			issues: [
				{
					path: 'answers',
					code: 'invalid_type',
					message: fieldMessages.wrongType('answers', 'object')
				}
			]
		};
	}
	const given = answers as Record<string, unknown>;
	const questions = questionsOf(form);
	const issues: ValidationIssue[] = [];

	const questionKeys = new Set(questions.map((q) => q.key));
	for (const key of Object.keys(given)) {
		if (!questionKeys.has(key)) {
			issues.push({
				path: `answers.${key}`,
				code: 'unknown_question',
				message: answerMessages.unknownQuestion(key)
			});
		}
	}

	const kept: Answers = {};
	// Questions whose visibility hangs on an invalid answer: checking them would only add noise.
	const undecided = new Set<string>();
	for (const question of questions) {
		const path = `answers.${question.key}`;
		if (question.showIf && undecided.has(question.showIf.question)) {
			undecided.add(question.key);
			continue;
		}
		// Dropped, not rejected: a respondent who changes an earlier answer leaves answers behind
		// that they can no longer see or fix, and rejecting on sync would lose a finished response.
		if (!isQuestionVisible(question, kept)) continue;

		const raw = given[question.key];
		if (raw === undefined || raw === null || !isAnswered(raw as AnswerValue)) {
			if (question.required) {
				issues.push({
					path,
					code: 'required' satisfies DomainIssueCode,
					message: answerMessages.required(question)
				});
			}
			continue;
		}
		const checked = checkAnswer(question, raw);
		if (checked.ok) {
			kept[question.key] = checked.value;
		} else {
			undecided.add(question.key);
			issues.push({ path, code: checked.code, message: checked.message });
		}
	}
	return issues.length === 0 ? { ok: true, value: kept } : { ok: false, issues };
}

function checkAnswer(question: Question, raw: unknown): Checked {
	switch (question.kind) {
		case 'rating':
			if (typeof raw !== 'number') return wrongType(question, 'number');
			if (!Number.isInteger(raw)) return fail('not_integer', answerMessages.rating(question, raw));
			if (raw < 1 || raw > 5) return fail('out_of_range', answerMessages.rating(question, raw));
			return { ok: true, value: raw };

		case 'single_choice': {
			if (typeof raw !== 'string') return wrongType(question, 'string');
			const values = question.options.map((o) => o.value);
			return values.includes(raw)
				? { ok: true, value: raw }
				: fail('unknown_option', answerMessages.unknownOption(question, raw, values));
		}

		case 'multiple_choice': {
			if (!Array.isArray(raw) || !raw.every((v): v is string => typeof v === 'string')) {
				return wrongType(question, 'array');
			}
			const values = question.options.map((o) => o.value);
			const unknown = raw.find((v) => !values.includes(v));
			if (unknown !== undefined) {
				return fail('unknown_option', answerMessages.unknownOption(question, unknown, values));
			}
			const repeated = raw.find((v, i) => raw.indexOf(v) !== i);
			if (repeated !== undefined) {
				return fail('duplicate_answer_option', answerMessages.repeatedOption(question, repeated));
			}
			if (question.maxSelected !== undefined && raw.length > question.maxSelected) {
				return fail(
					'too_many_selected',
					answerMessages.tooManySelected(question, question.maxSelected, raw.length)
				);
			}
			return { ok: true, value: raw };
		}

		case 'short_text':
		case 'long_text': {
			if (typeof raw !== 'string') return wrongType(question, 'string');
			const text = raw.trim();
			// UTF-16 length, as the browser's maxlength counts, so what the kiosk lets through passes.
			if (text.length > question.maxLength) {
				return fail('too_long', answerMessages.tooLong(question, question.maxLength, text.length));
			}
			return { ok: true, value: text };
		}

		case 'number': {
			if (typeof raw !== 'number' || !Number.isFinite(raw)) return wrongType(question, 'number');
			if (question.integer && !Number.isInteger(raw)) {
				return fail('not_integer', answerMessages.notInteger(question, raw));
			}
			if (
				(question.min !== undefined && raw < question.min) ||
				(question.max !== undefined && raw > question.max)
			) {
				return fail(
					'out_of_range',
					answerMessages.numberOutOfRange(question, raw, question.min, question.max)
				);
			}
			return { ok: true, value: raw };
		}

		case 'date': {
			if (typeof raw !== 'string') return wrongType(question, 'date');
			const date = raw.trim();
			if (!IsoDate.safeParse(date).success) {
				return fail('invalid_date', answerMessages.invalidDate(question, date));
			}
			const year = Number(date.slice(0, 4));
			if (question.max === undefined && year >= FIRST_LIKELY_BUDDHIST_YEAR) {
				return fail('buddhist_year', answerMessages.buddhistYear(question, date, year));
			}
			// yyyy-mm-dd strings compare in calendar order.
			if (
				(question.min !== undefined && date < question.min) ||
				(question.max !== undefined && date > question.max)
			) {
				return fail(
					'out_of_range',
					answerMessages.dateOutOfRange(question, date, question.min, question.max)
				);
			}
			return { ok: true, value: date };
		}
	}
}

function fail(code: DomainIssueCode, message: BilingualMessage): Checked {
	return { ok: false, code, message };
}

function wrongType(question: Question, expected: 'number' | 'string' | 'array' | 'date'): Checked {
	return fail('invalid_type', answerMessages.wrongType(question, expected));
}
