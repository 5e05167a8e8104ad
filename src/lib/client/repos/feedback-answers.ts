import type { Answers, AnswerValue, FormDefinition, Group, ValidationIssue } from '$lib/domain';
import type { CollectionSession, Draft } from '../db/tables';

/**
 * The questions of a feedback form that fill a FeedbackItem's fields. A feedback form is an
 * ordinary form (so the kiosk renders it like any other); these keys give its answers meaning.
 */
export const feedbackKeys = {
	kind: 'feedback_kind',
	/** A group's code; anything else ("whole office", "not sure") means no group. */
	group: 'topic_group',
	subject: 'subject',
	body: 'details',
	/** 'yes' to be contacted; anything else keeps the item anonymous. */
	wantsContact: 'wants_contact',
	contactName: 'contact_name',
	contactPhone: 'contact_phone',
	contactEmail: 'contact_email'
} as const;

/** Where an issue with a FeedbackItem field belongs on the form the respondent sees. */
const answerKeyOfField: Record<string, string> = {
	kind: feedbackKeys.kind,
	groupId: feedbackKeys.group,
	subject: feedbackKeys.subject,
	body: feedbackKeys.body,
	'contact.name': feedbackKeys.contactName,
	'contact.phone': feedbackKeys.contactPhone,
	'contact.email': feedbackKeys.contactEmail
};

/** The FeedbackItem a feedback draft's checked answers describe, before its own validation. */
export function feedbackItemInput(args: {
	draft: Draft;
	form: FormDefinition;
	answers: Answers;
	session: CollectionSession;
	groups: Group[];
	submittedAt: string;
}): Record<string, unknown> {
	const { draft, form, answers, session, groups, submittedAt } = args;
	const text = (key: string) => asText(answers[key]);
	const groupCode = text(feedbackKeys.group);
	const chosenGroup = groupCode && groups.find((g) => g.code === groupCode)?.id;
	const wantsContact = text(feedbackKeys.wantsContact) === 'yes';
	const contact = wantsContact
		? dropUndefined({
				name: text(feedbackKeys.contactName),
				phone: text(feedbackKeys.contactPhone),
				email: text(feedbackKeys.contactEmail)
			})
		: null;
	return dropUndefined({
		id: draft.id,
		officeId: form.officeId,
		kind: text(feedbackKeys.kind),
		// Misconduct complaints have their own channel (DOMAIN.md §6); the kiosk is the general one.
		track: 'general',
		groupId: chosenGroup ?? (groupCode ? null : (draft.respondent.groupId ?? null)),
		schoolId: session.schoolId,
		subject: text(feedbackKeys.subject),
		body: text(feedbackKeys.body),
		anonymous: !wantsContact,
		contact,
		channel: 'kiosk',
		submittedAt,
		deviceId: session.deviceId
	});
}

/** Points an issue with a FeedbackItem field at the question that filled it. */
export function asAnswerIssue(issue: ValidationIssue): ValidationIssue {
	const key = answerKeyOfField[issue.path];
	return key ? { ...issue, path: `answers.${key}` } : issue;
}

function asText(value: AnswerValue | undefined): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function dropUndefined<T extends Record<string, unknown>>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}
