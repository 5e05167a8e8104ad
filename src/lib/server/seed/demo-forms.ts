import type { FormDefinitionInput } from '$lib/domain';
import { demoGroups, demoOffice } from './demo-office';
import { demoId } from './demo-ids';

type QuestionInput = FormDefinitionInput['sections'][number]['questions'][number];

export const demoSatisfactionFormId = demoId('form', 'satisfaction');
export const demoFeedbackFormId = demoId('form', 'feedback');

/** Published before any synthetic response, so every response names a published version. */
const publishedAt = '2024-09-02T08:30:00+07:00';

function rating(
	key: string,
	dimension: string,
	th: string,
	en: string,
	required = true
): QuestionInput {
	const skip = required
		? {}
		: { help: { th: 'ข้ามข้อนี้ได้ หากไม่ได้ใช้บริการด้านนี้', en: 'Skip this if you did not use it.' } };
	return { key, kind: 'rating', dimension, label: { th, en }, required, ...skip };
}

/**
 * The standard stakeholder-satisfaction survey of DOMAIN.md §2, office-wide: the group being
 * rated and the respondent type are fields of the response, chosen before the questions.
 */
export const demoSatisfactionForm: FormDefinitionInput = {
	id: demoSatisfactionFormId,
	officeId: demoOffice.id,
	groupId: null,
	kind: 'satisfaction',
	version: 1,
	title: {
		th: 'แบบประเมินความพึงพอใจของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย',
		en: 'Satisfaction of service recipients and stakeholders'
	},
	instructions: {
		th: 'แบบประเมินนี้จัดทำขึ้นเพื่อนำผลไปปรับปรุงการให้บริการของสำนักงานเขตพื้นที่การศึกษา คำตอบของท่านไม่มีการระบุตัวตนและจะนำเสนอในภาพรวมเท่านั้น โปรดเลือกระดับความพึงพอใจที่ตรงกับความคิดเห็นของท่านมากที่สุด: 5 = มากที่สุด 4 = มาก 3 = ปานกลาง 2 = น้อย 1 = น้อยที่สุด',
		en: 'This survey helps the office improve its services. Your answers are anonymous and are reported only in aggregate. Choose the level that best matches your view: 5 = very high, 4 = high, 3 = moderate, 2 = low, 1 = very low.'
	},
	dimensions: [
		{
			key: 'process',
			label: { th: 'ด้านกระบวนการ/ขั้นตอนการให้บริการ', en: 'Service process and steps' }
		},
		{ key: 'staff', label: { th: 'ด้านเจ้าหน้าที่/บุคลากรผู้ให้บริการ', en: 'Service staff' } },
		{ key: 'facilities', label: { th: 'ด้านสิ่งอำนวยความสะดวก', en: 'Facilities' } },
		{ key: 'quality', label: { th: 'ด้านคุณภาพการให้บริการ', en: 'Quality of service' } }
	],
	sections: [
		{
			key: 'respondent',
			title: { th: 'ตอนที่ ๑ ข้อมูลทั่วไปของผู้ตอบแบบประเมิน', en: 'Part 1: About you' },
			questions: [
				{
					key: 'relationship',
					kind: 'single_choice',
					label: { th: 'สถานะของท่าน', en: 'You are' },
					required: true,
					options: [
						{ value: 'recipient', label: { th: 'ผู้รับบริการ', en: 'A service recipient' } },
						{ value: 'stakeholder', label: { th: 'ผู้มีส่วนได้ส่วนเสีย', en: 'A stakeholder' } }
					]
				},
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
			title: { th: 'ตอนที่ ๒ ระดับความพึงพอใจต่อการให้บริการ', en: 'Part 2: Satisfaction' },
			questions: [
				rating(
					'process_steps_simple',
					'process',
					'ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน',
					'The steps are not complicated'
				),
				rating('process_speed', 'process', 'ความรวดเร็วในการให้บริการ', 'Speed of service'),
				rating(
					'process_explained',
					'process',
					'มีการชี้แจงและอธิบายขั้นตอนการให้บริการอย่างชัดเจน',
					'The steps are clearly explained'
				),
				rating(
					'process_fair',
					'process',
					'ให้บริการด้วยความเป็นธรรม ตามลำดับก่อน–หลัง',
					'Fair service, first come first served'
				),
				rating(
					'process_time',
					'process',
					'ระยะเวลาในการให้บริการมีความเหมาะสม',
					'The time taken is suitable'
				),
				rating(
					'process_channels',
					'process',
					'มีช่องทางการให้บริการที่หลากหลาย',
					'There are several service channels'
				),
				rating(
					'staff_courtesy',
					'staff',
					'เจ้าหน้าที่พูดจาสุภาพ มีอัธยาศัยดี',
					'Staff are courteous and friendly'
				),
				rating(
					'staff_dress',
					'staff',
					'เจ้าหน้าที่แต่งกายสุภาพ เรียบร้อย เหมาะสม',
					'Staff are appropriately dressed'
				),
				rating(
					'staff_attentive',
					'staff',
					'เจ้าหน้าที่เอาใจใส่ กระตือรือร้น และเต็มใจให้บริการ',
					'Staff are attentive and willing to help'
				),
				rating(
					'staff_answers',
					'staff',
					'เจ้าหน้าที่ให้คำแนะนำและตอบข้อซักถามได้ชัดเจน ถูกต้อง',
					'Staff give clear and correct answers'
				),
				rating(
					'staff_problem_solving',
					'staff',
					'เจ้าหน้าที่สามารถแก้ไขปัญหาได้อย่างเหมาะสม',
					'Staff solve problems well'
				),
				rating(
					'staff_integrity',
					'staff',
					'เจ้าหน้าที่ให้บริการด้วยความซื่อสัตย์สุจริต ไม่เรียกร้องสิ่งตอบแทน',
					'Staff are honest and ask for nothing in return'
				),
				rating(
					'facilities_amenities',
					'facilities',
					'มีที่จอดรถ ที่นั่งรอรับบริการ และน้ำดื่มอย่างเพียงพอ',
					'Enough parking, seating and drinking water',
					false
				),
				rating(
					'facilities_signs',
					'facilities',
					'มีป้ายบอกทางและป้ายแสดงจุดให้บริการที่ชัดเจน',
					'Clear signs to the service points',
					false
				),
				rating(
					'facilities_clean_safe',
					'facilities',
					'สถานที่ให้บริการสะอาด เป็นระเบียบ และปลอดภัย',
					'The premises are clean, tidy and safe',
					false
				),
				rating(
					'facilities_systems',
					'facilities',
					'อุปกรณ์ ระบบสารสนเทศ และเว็บไซต์พร้อมให้บริการ',
					'Equipment, information systems and website are ready to use',
					false
				),
				rating(
					'quality_met_need',
					'quality',
					'ได้รับบริการตรงตามความต้องการ',
					'The service met my need'
				),
				rating(
					'quality_information',
					'quality',
					'ได้รับข้อมูลที่ถูกต้อง ครบถ้วน',
					'The information was correct and complete'
				),
				rating(
					'quality_overall',
					'quality',
					'ความพึงพอใจต่อการให้บริการในภาพรวม',
					'Overall satisfaction with the service'
				)
			]
		},
		{
			key: 'suggestions',
			title: { th: 'ตอนที่ ๓ ข้อเสนอแนะ', en: 'Part 3: Suggestions' },
			questions: [
				{
					key: 'suggestion',
					kind: 'long_text',
					label: {
						th: 'ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ',
						en: 'Suggestions to improve the service'
					},
					maxLength: 2000
				}
			]
		}
	],
	publishedAt
};

/**
 * The opinion and complaint form (DOMAIN.md §6). Contact details are asked only of those who want
 * a reply (PDPA); misconduct complaints have their own restricted channel, named in the instructions.
 */
export const demoFeedbackForm: FormDefinitionInput = {
	id: demoFeedbackFormId,
	officeId: demoOffice.id,
	groupId: null,
	kind: 'feedback',
	version: 1,
	title: {
		th: 'แบบแสดงความคิดเห็น ข้อเสนอแนะ และข้อร้องเรียน',
		en: 'Opinions, suggestions and complaints'
	},
	instructions: {
		th: 'ท่านสามารถแสดงความคิดเห็น ให้ข้อเสนอแนะ ร้องเรียน หรือชมเชยการให้บริการของสำนักงานได้ โดยไม่ต้องระบุตัวตน หากต้องการให้ติดต่อกลับ โปรดให้ชื่อและหมายเลขโทรศัพท์ ซึ่งจะใช้เพื่อการติดต่อกลับเท่านั้น สำนักงานจะแจ้งผลการดำเนินการภายใน 15 วัน กรณีร้องเรียนการทุจริตหรือประพฤติมิชอบ โปรดใช้ช่องทางร้องเรียนการทุจริตที่แยกไว้ต่างหาก',
		en: 'Share an opinion, a suggestion, a complaint or a compliment about our service; you need not give your name. If you want a reply, give your name and phone number, which are used only to contact you. The office reports back within 15 days. For corruption or misconduct, please use the separate misconduct complaint channel.'
	},
	dimensions: [],
	sections: [
		{
			key: 'feedback',
			title: { th: 'เรื่องที่ต้องการแจ้ง', en: 'Your message' },
			questions: [
				{
					key: 'feedback_kind',
					kind: 'single_choice',
					label: { th: 'ประเภทของเรื่อง', en: 'Kind of message' },
					required: true,
					options: [
						{ value: 'opinion', label: { th: 'แสดงความคิดเห็น', en: 'Opinion' } },
						{ value: 'suggestion', label: { th: 'ข้อเสนอแนะ', en: 'Suggestion' } },
						{ value: 'complaint', label: { th: 'ร้องเรียน', en: 'Complaint' } },
						{ value: 'compliment', label: { th: 'ชมเชย', en: 'Compliment' } }
					]
				},
				{
					key: 'topic_group',
					kind: 'single_choice',
					label: { th: 'เรื่องนี้เกี่ยวข้องกับกลุ่มงานใด', en: 'Which group is it about?' },
					options: [
						{
							value: 'whole_office',
							label: { th: 'สำนักงานโดยภาพรวม', en: 'The office as a whole' }
						},
						...demoGroups.map((g) => ({ value: g.code, label: g.name })),
						{ value: 'not_sure', label: { th: 'ไม่แน่ใจ', en: 'Not sure' } }
					]
				},
				{
					key: 'subject',
					kind: 'short_text',
					label: { th: 'หัวข้อเรื่อง', en: 'Subject' },
					maxLength: 200
				},
				{
					key: 'details',
					kind: 'long_text',
					label: { th: 'รายละเอียด', en: 'Details' },
					help: {
						th: 'โปรดระบุเหตุการณ์ วันเวลา และสถานที่ให้ชัดเจนเท่าที่ทำได้',
						en: 'Say what happened, when and where, as clearly as you can.'
					},
					required: true,
					maxLength: 5000
				}
			]
		},
		{
			key: 'contact',
			title: { th: 'การติดต่อกลับ', en: 'Reply' },
			questions: [
				{
					key: 'wants_contact',
					kind: 'single_choice',
					label: { th: 'ท่านต้องการให้ติดต่อกลับหรือไม่', en: 'Do you want a reply?' },
					required: true,
					options: [
						{ value: 'yes', label: { th: 'ต้องการ', en: 'Yes' } },
						{ value: 'no', label: { th: 'ไม่ต้องการ (ไม่ระบุตัวตน)', en: 'No (stay anonymous)' } }
					]
				},
				{
					key: 'contact_name',
					kind: 'short_text',
					label: { th: 'ชื่อ–นามสกุล', en: 'Name' },
					required: true,
					maxLength: 200,
					showIf: { question: 'wants_contact', op: 'equals', value: 'yes' }
				},
				{
					key: 'contact_phone',
					kind: 'short_text',
					label: { th: 'หมายเลขโทรศัพท์', en: 'Phone number' },
					required: true,
					maxLength: 20,
					showIf: { question: 'wants_contact', op: 'equals', value: 'yes' }
				}
			]
		}
	],
	publishedAt
};

export const demoForms = [demoSatisfactionForm, demoFeedbackForm];
