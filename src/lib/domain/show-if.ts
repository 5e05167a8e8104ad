import { questionsOf, type FormDefinition, type Question } from './form';
import type { AnswerValue, Answers } from './response';

/** An empty text or an empty selection is what an untouched field holds: no answer. */
export function isAnswered(value: AnswerValue | undefined): value is AnswerValue {
	if (value === undefined) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (Array.isArray(value)) return value.length > 0;
	return true;
}

/**
 * Whether a question is shown, given the answers so far. An unanswered controlling question hides
 * an 'equals' or 'includes' question and shows a 'not_equals' one.
 */
export function isQuestionVisible(question: Question, answers: Answers): boolean {
	const rule = question.showIf;
	if (!rule) return true;
	const answer = answers[rule.question];
	const answered = isAnswered(answer);
	switch (rule.op) {
		case 'equals':
			return answered && answer === rule.value;
		case 'not_equals':
			return !answered || answer !== rule.value;
		case 'includes':
			return answered && Array.isArray(answer) && answer.some((v) => v === rule.value);
	}
}

/**
 * The questions shown, in form order. A question hidden in turn hides those that depend on it: its
 * answer is set aside before later rules are read, so a stale answer cannot reveal anything.
 */
export function visibleQuestions(
	form: Pick<FormDefinition, 'sections'>,
	answers: Answers
): Question[] {
	const shownAnswers: Answers = {};
	const shown: Question[] = [];
	// One pass suffices because a rule may only look at an earlier question (see parseFormDefinition).
	for (const question of questionsOf(form)) {
		if (!isQuestionVisible(question, shownAnswers)) continue;
		shown.push(question);
		const answer = answers[question.key];
		if (answer !== undefined) shownAnswers[question.key] = answer;
	}
	return shown;
}
