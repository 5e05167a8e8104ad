// Kept free of zod (type imports only) so that pages which only display forms stay light.
import type { FormDefinition, Question } from './form';

export function questionsOf(form: Pick<FormDefinition, 'sections'>): Question[] {
	return form.sections.flatMap((s) => s.questions);
}
