/**
 * Test data: a demo-like satisfaction form (DOMAIN.md §2), answers, a response and a feedback item,
 * each valid as built. Override a field to make the case a test is about.
 */
import type { FeedbackItem } from '../feedback';
import type { FormDefinition, FormDefinitionInput, Question } from '../form';
import { newId } from '../ids';
import type { AnswerValue, Answers, Response } from '../response';
import { isQuestionVisible } from '../show-if';
import { questionsOf } from '../form';
import { parseFormDefinition } from '../validate-form';
import { unwrap } from '../validation';

export const fixtureIds = {
	officeId: 'demo-spp-1',
	groupId: '3d0c9a52-6a2e-4c1f-9b8e-2f6a1c0d7e41',
	otherGroupId: '8b7e1f0a-2c3d-4e5f-8a6b-7c8d9e0f1a2b',
	formId: '5f1a2b3c-4d5e-4f60-8a71-b2c3d4e5f601',
	deviceId: '0b6c2f7e-5d4a-4e3b-9c1d-8e7f6a5b4c3d'
} as const;

type QuestionInput = FormDefinitionInput['sections'][number]['questions'][number];

const yesNo = [
	{ value: 'yes', label: { th: 'เคย', en: 'Yes' } },
	{ value: 'no', label: { th: 'ไม่เคย', en: 'No' } }
];

/** A fresh, mutable copy each call, for tests that break one field of an otherwise valid form. */
export function satisfactionFormInput(): FormDefinitionInput {
	return {
		id: fixtureIds.formId,
		officeId: fixtureIds.officeId,
		groupId: fixtureIds.groupId,
		kind: 'satisfaction',
		version: 1,
		title: {
			th: 'แบบประเมินความพึงพอใจต่อการให้บริการ กลุ่มอำนวยการ',
			en: 'Satisfaction with the services of General Administration'
		},
		instructions: {
			th: 'แบบประเมินนี้ใช้เพื่อปรับปรุงการให้บริการ คำตอบของท่านไม่มีการระบุตัวตน',
			en: 'This survey helps us improve our service. Your answers are anonymous.'
		},
		dimensions: [
			{ key: 'process', label: { th: 'ด้านกระบวนการ/ขั้นตอนการให้บริการ', en: 'Process' } },
			{ key: 'staff', label: { th: 'ด้านเจ้าหน้าที่/บุคลากรผู้ให้บริการ', en: 'Staff' } },
			{ key: 'facilities', label: { th: 'ด้านสิ่งอำนวยความสะดวก', en: 'Facilities' } },
			{ key: 'quality', label: { th: 'ด้านคุณภาพการให้บริการ', en: 'Quality of service' } }
		],
		sections: [
			{
				key: 'respondent',
				title: { th: 'ตอนที่ ๑ ข้อมูลทั่วไป', en: 'Part 1: About you' },
				questions: [
					{
						key: 'sex',
						kind: 'single_choice',
						label: { th: 'เพศ', en: 'Sex' },
						required: true,
						options: [
							{ value: 'male', label: { th: 'ชาย', en: 'Male' } },
							{ value: 'female', label: { th: 'หญิง', en: 'Female' } },
							{ value: 'unspecified', label: { th: 'ไม่ประสงค์ระบุ', en: 'Prefer not to say' } }
						]
					},
					{
						key: 'age_band',
						kind: 'single_choice',
						label: { th: 'อายุ', en: 'Age' },
						required: true,
						options: [
							{ value: 'under_25', label: { th: 'ต่ำกว่า 25 ปี', en: 'Under 25' } },
							{ value: 'from_25_to_35', label: { th: '25–35 ปี', en: '25–35' } },
							{ value: 'from_36_to_45', label: { th: '36–45 ปี', en: '36–45' } },
							{ value: 'from_46_to_55', label: { th: '46–55 ปี', en: '46–55' } },
							{ value: 'from_56', label: { th: '56 ปีขึ้นไป', en: '56 or over' } }
						]
					}
				]
			},
			{
				key: 'ratings',
				title: { th: 'ตอนที่ ๒ ระดับความพึงพอใจ', en: 'Part 2: Satisfaction' },
				questions: [
					rating('steps_simple', 'process', 'ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน', 'Steps are simple'),
					rating('speed', 'process', 'ความรวดเร็วในการให้บริการ', 'Speed of service'),
					rating('courtesy', 'staff', 'ความสุภาพ', 'Courtesy'),
					rating('attentive', 'staff', 'ความเอาใจใส่ เต็มใจให้บริการ', 'Attentive and willing'),
					{
						key: 'used_website',
						kind: 'single_choice',
						label: {
							th: 'ท่านเคยใช้บริการผ่านเว็บไซต์ของสำนักงานหรือไม่',
							en: "Have you used the office's website?"
						},
						required: true,
						options: yesNo
					},
					{
						...rating('website', 'facilities', 'เว็บไซต์ใช้งานง่าย ข้อมูลครบถ้วน', 'Website'),
						showIf: { question: 'used_website', op: 'equals', value: 'yes' }
					},
					rating('overall', 'quality', 'ความพึงพอใจในภาพรวม', 'Overall satisfaction')
				]
			},
			{
				key: 'suggestions',
				title: { th: 'ตอนที่ ๓ ข้อเสนอแนะ', en: 'Part 3: Suggestions' },
				questions: [
					{
						key: 'suggestion',
						kind: 'long_text',
						label: { th: 'ข้อเสนอแนะเพื่อการปรับปรุง', en: 'Suggestions for improvement' }
					}
				]
			}
		],
		publishedAt: '2024-10-01T08:30:00+07:00'
	};
}

function rating(key: string, dimension: string, th: string, en: string): QuestionInput {
	return { key, kind: 'rating', dimension, label: { th, en }, required: true };
}

/** The demo satisfaction form, validated (defaults applied). */
export function buildSatisfactionForm(
	overrides: Partial<FormDefinitionInput> = {}
): FormDefinition {
	return unwrap('test form', parseFormDefinition({ ...satisfactionFormInput(), ...overrides }));
}

/**
 * A valid form of one section holding the given questions; for tests about one question kind.
 * Ratings may use the dimension `general`.
 */
export function buildFormWithQuestions(
	questions: QuestionInput[],
	overrides: Partial<FormDefinitionInput> = {}
): FormDefinition {
	return unwrap(
		'test form',
		parseFormDefinition({
			...satisfactionFormInput(),
			dimensions: [{ key: 'general', label: { th: 'ทั่วไป', en: 'General' } }],
			sections: [{ key: 'main', title: { th: 'คำถาม', en: 'Questions' }, questions }],
			...overrides
		})
	);
}

/**
 * Answers every question a respondent would see, with a plausible valid value. An override wins;
 * an override of `undefined` leaves that question unanswered.
 */
export function answersFor(
	form: Pick<FormDefinition, 'sections'>,
	overrides: Record<string, AnswerValue | undefined> = {}
): Answers {
	const answers: Answers = {};
	for (const question of questionsOf(form)) {
		if (question.key in overrides) {
			const value = overrides[question.key];
			if (value !== undefined) answers[question.key] = value;
		} else if (isQuestionVisible(question, answers)) {
			answers[question.key] = plausibleAnswer(question);
		}
	}
	return answers;
}

function plausibleAnswer(question: Question): AnswerValue {
	switch (question.kind) {
		case 'rating':
			return 4;
		case 'single_choice':
			return question.options[0]?.value ?? '';
		case 'multiple_choice':
			return question.options.slice(0, 1).map((o) => o.value);
		case 'short_text':
		case 'long_text':
			return 'บริการดีมาก';
		case 'number':
			return question.min ?? Math.min(question.max ?? 1, 1);
		case 'date':
			return question.min ?? question.max ?? '2025-01-15';
	}
}

/** A response to `form`, answered by `answersFor` unless `overrides.answers` says otherwise. */
export function buildResponse(form: FormDefinition, overrides: Partial<Response> = {}): Response {
	return {
		id: newId(),
		officeId: form.officeId,
		formId: form.id,
		formVersion: form.version,
		groupId: form.groupId ?? fixtureIds.groupId,
		schoolId: null,
		respondentType: 'teacher',
		answers: answersFor(form),
		startedAt: '2025-01-15T09:00:00+07:00',
		submittedAt: '2025-01-15T09:04:30+07:00',
		deviceId: fixtureIds.deviceId,
		collectorId: null,
		sessionId: null,
		...overrides
	};
}

export function buildFeedbackItem(overrides: Partial<FeedbackItem> = {}): FeedbackItem {
	return {
		id: newId(),
		officeId: fixtureIds.officeId,
		kind: 'suggestion',
		track: 'general',
		groupId: fixtureIds.groupId,
		schoolId: null,
		body: 'อยากให้มีที่จอดรถเพิ่มขึ้น',
		anonymous: true,
		contact: null,
		channel: 'kiosk',
		submittedAt: '2025-01-15T10:00:00+07:00',
		deviceId: fixtureIds.deviceId,
		...overrides
	};
}
