import type { BilingualMessage } from '../validation-messages';

function quote(value: string): string {
	return `"${value}"`;
}

const keyRule = {
	th: 'ต้องขึ้นต้นด้วยอักษรอังกฤษตัวเล็ก และมีได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และ _ (ยาวไม่เกิน 63 ตัว)',
	en: 'must start with a lowercase letter and hold only lowercase letters, digits and _ (at most 63)'
};

/** Why a row, cell or column of a spreadsheet was left out of the imported form. */
export const xlsFormReasons = {
	unsupportedType: (type: string): BilingualMessage => ({
		th: `แบบฟอร์มของร่วมใจยังไม่มีคำถามชนิด ${quote(type)} จึงไม่ได้นำเข้าแถวนี้`,
		en: `Ruamjai forms have no ${quote(type)} question, so this row was skipped`
	}),
	noType: (): BilingualMessage => ({
		th: 'แถวนี้ไม่มีชนิดคำถาม (type) จึงไม่ได้นำเข้า',
		en: 'The row has no type, so it was skipped'
	}),
	metadata: (type: string): BilingualMessage => ({
		th: `${quote(type)} เป็นข้อมูลที่แอปบันทึกเอง ไม่ใช่คำถาม จึงไม่ได้นำเข้า`,
		en: `${quote(type)} is metadata a device records, not a question, so it was skipped`
	}),
	insideRepeat: (): BilingualMessage => ({
		th: 'อยู่ในกลุ่มคำถามซ้ำ (repeat) ซึ่งแบบฟอร์มของร่วมใจยังไม่รองรับ',
		en: 'Inside a repeat, which Ruamjai forms do not support'
	}),
	invalidKey: (what: string, name: string, suggestion: string | undefined): BilingualMessage => ({
		th: `ชื่อ${what === 'choice' ? 'ตัวเลือก' : ''} ${quote(name)} ใช้เป็นคีย์ไม่ได้: ${keyRule.th}${suggestion ? ` เช่น ${quote(suggestion)}` : ''}`,
		en: `The ${what} name ${quote(name)} cannot be a key: it ${keyRule.en}${suggestion ? `; e.g. ${quote(suggestion)}` : ''}`
	}),
	missingName: (): BilingualMessage => ({
		th: 'ไม่มีชื่อ (name) ของคำถาม',
		en: 'The question has no name'
	}),
	duplicateName: (name: string): BilingualMessage => ({
		th: `ชื่อ ${quote(name)} ซ้ำกับคำถามก่อนหน้า`,
		en: `The name ${quote(name)} is already used by an earlier question`
	}),
	missingLabel: (): BilingualMessage => ({
		th: 'ไม่มีข้อความคำถาม (label)',
		en: 'The question has no label'
	}),
	noThaiText: (english: string): BilingualMessage => ({
		th: `ไม่มีข้อความภาษาไทย จึงใช้ข้อความ ${quote(english)} แทนไว้ก่อน โปรดแปลในหน้าสร้างแบบฟอร์ม`,
		en: `No Thai text, so ${quote(english)} stands in for it; translate it in the form builder`
	}),
	otherLanguage: (column: string): BilingualMessage => ({
		th: `คอลัมน์ ${quote(column)} เป็นภาษาที่แบบฟอร์มไม่รองรับ (รองรับภาษาไทยและอังกฤษ)`,
		en: `The column ${quote(column)} is in a language Ruamjai forms do not hold (Thai and English)`
	}),
	unusedColumn: (column: string, value: string): BilingualMessage => ({
		th: `ไม่ได้นำเข้าค่า ${quote(value)} ในคอลัมน์ ${quote(column)} เพราะแบบฟอร์มของร่วมใจไม่มีส่วนที่ตรงกัน`,
		en: `The ${quote(column)} value ${quote(value)} was not imported: Ruamjai forms have no such setting`
	}),
	unknownList: (list: string): BilingualMessage => ({
		th: `ไม่พบรายการตัวเลือก ${quote(list)} ในชีต choices`,
		en: `The choice list ${quote(list)} is not in the choices sheet`
	}),
	tooFewChoices: (list: string): BilingualMessage => ({
		th: `รายการตัวเลือก ${quote(list)} มีตัวเลือกน้อยกว่า 2 ตัว`,
		en: `The choice list ${quote(list)} has fewer than 2 choices`
	}),
	duplicateChoice: (list: string, name: string): BilingualMessage => ({
		th: `รายการตัวเลือก ${quote(list)} มีตัวเลือก ${quote(name)} ซ้ำ`,
		en: `The choice list ${quote(list)} has the choice ${quote(name)} twice`
	}),
	orOther: (): BilingualMessage => ({
		th: 'ตัวเลือก "อื่น ๆ (or_other)" ไม่ได้นำเข้า โปรดเพิ่มตัวเลือกและข้อความในหน้าสร้างแบบฟอร์ม',
		en: 'The "or_other" choice was not imported; add an option and a text question in the builder'
	}),
	ratingNeedsDimension: (): BilingualMessage => ({
		th: 'รายการตัวเลือก 1–5 เป็นข้อให้ระดับความพึงพอใจ ซึ่งต้องมีด้าน: เพิ่มคอลัมน์ ruamjai::dimension หรือใส่คำถามไว้ในกลุ่ม',
		en: 'A 1–5 list makes a rating, which needs a dimension: add a ruamjai::dimension column or put the question in a group'
	}),
	ratingLabels: (list: string): BilingualMessage => ({
		th: `รายการ ${quote(list)} เป็นระดับ 1–5 จึงใช้ข้อความมาตรฐาน 5 = มากที่สุด … 1 = น้อยที่สุด แทนข้อความในรายการ โปรดตรวจว่า 5 หมายถึงพึงพอใจมากที่สุด`,
		en: `The list ${quote(list)} is a 1–5 rating, so the standard labels (5 = very high … 1 = very low) replace its own; check that 5 means most satisfied`
	}),
	dimensionWithoutLabel: (key: string): BilingualMessage => ({
		th: `ด้าน ${quote(key)} ไม่มีชื่อในรายการ ruamjai_dimensions ของชีต choices จึงใช้คีย์เป็นชื่อไว้ก่อน`,
		en: `The dimension ${quote(key)} has no label in the choices list ruamjai_dimensions, so its key stands in`
	}),
	requiredExpression: (value: string): BilingualMessage => ({
		th: `required ${quote(value)} เป็นเงื่อนไข นำเข้าได้เฉพาะ yes/no จึงถือว่าไม่บังคับตอบ`,
		en: `required ${quote(value)} is an expression; only yes/no can be imported, so the question is optional`
	}),
	relevantCombined: (expression: string): BilingualMessage => ({
		th: `เงื่อนไขการแสดง ${quote(expression)} มีหลายเงื่อนไขรวมกัน (and/or) แต่แบบฟอร์มของร่วมใจมีได้เงื่อนไขเดียว จึงนำเข้าคำถามโดยไม่มีเงื่อนไข`,
		en: `The condition ${quote(expression)} combines rules with and/or, but a Ruamjai question shows on one rule; imported without it`
	}),
	relevantUnsupported: (expression: string): BilingualMessage => ({
		th: `แปลงเงื่อนไขการแสดง ${quote(expression)} ไม่ได้ (รองรับ \${q} = 'v', \${q} != 'v', selected(\${q}, 'v')) จึงนำเข้าคำถามโดยไม่มีเงื่อนไข`,
		en: `The condition ${quote(expression)} cannot be translated (supported: \${q} = 'v', \${q} != 'v', selected(\${q}, 'v')); imported without it`
	}),
	relevantTarget: (expression: string, question: string): BilingualMessage => ({
		th: `เงื่อนไข ${quote(expression)} อ้างถึงข้อ ${quote(question)} ซึ่งไม่ใช่คำถามที่นำเข้าก่อนหน้าข้อนี้ จึงนำเข้าโดยไม่มีเงื่อนไข`,
		en: `The condition ${quote(expression)} names ${quote(question)}, which is not an imported earlier question; imported without it`
	}),
	relevantMismatch: (expression: string, question: string): BilingualMessage => ({
		th: `เงื่อนไข ${quote(expression)} ไม่เข้ากับชนิดหรือตัวเลือกของข้อ ${quote(question)} จึงนำเข้าโดยไม่มีเงื่อนไข`,
		en: `The condition ${quote(expression)} does not fit the kind or options of ${quote(question)}; imported without it`
	}),
	groupRelevant: (expression: string): BilingualMessage => ({
		th: `ตอนของแบบฟอร์มไม่มีเงื่อนไขการแสดง จึงไม่ได้นำเข้าเงื่อนไข ${quote(expression)} ของกลุ่ม`,
		en: `Form sections cannot be conditional, so the group's condition ${quote(expression)} was not imported`
	}),
	nestedGroup: (): BilingualMessage => ({
		th: 'กลุ่มซ้อนในกลุ่ม: คำถามอยู่ในตอนของกลุ่มนอกสุด และไม่ได้นำชื่อกลุ่มนี้เข้ามา',
		en: 'A group inside a group: its questions joined the outer section and its title was not kept'
	}),
	emptyGroup: (): BilingualMessage => ({
		th: 'กลุ่มนี้ไม่มีคำถามที่นำเข้าได้ จึงไม่ได้สร้างเป็นตอน',
		en: 'The group has no question that could be imported, so no section was made'
	}),
	sectionKeyGiven: (name: string, key: string): BilingualMessage => ({
		th: `ชื่อกลุ่ม ${quote(name)} ใช้เป็นคีย์ไม่ได้ จึงตั้งคีย์ของตอนเป็น ${quote(key)} แก้ได้ในหน้าสร้างแบบฟอร์ม`,
		en: `The group name ${quote(name)} cannot be a key, so the section was given ${quote(key)}; rename it in the builder`
	}),
	unmatchedEnd: (type: string): BilingualMessage => ({
		th: `${quote(type)} ไม่มีจุดเริ่มต้นที่คู่กัน`,
		en: `${quote(type)} has no matching begin`
	}),
	noteNotPlaced: (): BilingualMessage => ({
		th: 'ข้อความ (note) นำเข้าได้เฉพาะเมื่ออยู่ต้นแบบฟอร์มหรือต้นกลุ่ม (เป็นคำชี้แจง) ข้อความนี้จึงไม่ได้นำเข้า',
		en: 'A note is imported only at the start of the form or of a group (as instructions); this one was skipped'
	})
};

/** Why a whole spreadsheet could not become a form. */
export const xlsFormIssues = {
	noSurvey: (): BilingualMessage => ({
		th: 'ไม่พบชีต survey ไฟล์นี้จึงไม่ใช่ XLSForm',
		en: 'There is no survey sheet, so this is not an XLSForm'
	}),
	missingColumn: (column: string): BilingualMessage => ({
		th: `ชีต survey ไม่มีคอลัมน์ ${quote(column)}`,
		en: `The survey sheet has no ${quote(column)} column`
	}),
	noTitle: (): BilingualMessage => ({
		th: 'ไม่พบชื่อแบบฟอร์ม (form_title ในชีต settings)',
		en: 'The form has no title (form_title in the settings sheet)'
	}),
	nothingImported: (skipped: number): BilingualMessage => ({
		th: `ไม่มีคำถามใดที่นำเข้าได้ (ข้าม ${skipped} รายการ ดูรายการที่ไม่ได้นำเข้า)`,
		en: `No question could be imported (${skipped} items skipped; see the list of what was not imported)`
	})
};
