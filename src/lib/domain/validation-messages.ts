import type { Question } from './form';
import type { ValidationIssue } from './validation';

/** Every domain message is a value in both languages, so the domain needs no i18n layer. */
export type BilingualMessage = ValidationIssue['message'];

/** Codes of the issues the domain raises itself; zod's own codes pass through beside them. */
export type DomainIssueCode =
	| 'required'
	| 'unknown_question'
	| 'invalid_type'
	| 'not_integer'
	| 'out_of_range'
	| 'unknown_option'
	| 'duplicate_answer_option'
	| 'too_many_selected'
	| 'too_long'
	| 'invalid_date'
	| 'buddhist_year'
	| 'duplicate_key'
	| 'duplicate_option'
	| 'unknown_dimension'
	| 'show_if_self'
	| 'show_if_later'
	| 'show_if_unknown_question'
	| 'show_if_operator'
	| 'show_if_value'
	| 'min_above_max'
	| 'max_selected_above_options'
	| 'form_mismatch';

/** How a path reads inside a sentence; an empty path is the whole input. */
function fieldName(path: string): { th: string; en: string } {
	return path === '' ? { th: 'ข้อมูลที่ส่งมา', en: 'the input' } : { th: path, en: path };
}

function quote(value: unknown): string {
	return typeof value === 'string' ? `"${value}"` : String(value);
}

function characters(count: number): string {
	return count === 1 ? '1 character' : `${count} characters`;
}

function items(count: number): string {
	return count === 1 ? '1 item' : `${count} items`;
}

function listOf(values: readonly unknown[]): string {
	return values.map(quote).join(', ');
}

/** Thai and English names of the types zod reports as `expected`. */
const typeNames: Record<string, { th: string; en: string }> = {
	string: { th: 'ข้อความ', en: 'a text' },
	number: { th: 'ตัวเลข', en: 'a number' },
	int: { th: 'จำนวนเต็ม', en: 'a whole number' },
	bigint: { th: 'จำนวนเต็ม', en: 'a whole number' },
	boolean: { th: 'ค่าจริงหรือเท็จ (true/false)', en: 'true or false' },
	array: { th: 'รายการ (array)', en: 'a list' },
	tuple: { th: 'รายการ (array)', en: 'a list' },
	object: { th: 'ออบเจ็กต์ (object)', en: 'an object' },
	record: { th: 'ออบเจ็กต์ (object)', en: 'an object' },
	date: { th: 'วันที่', en: 'a date' },
	null: { th: 'ค่าว่าง (null)', en: 'null' },
	undefined: { th: 'ค่าที่ไม่ระบุ', en: 'left out' }
};

function typeName(expected: string): { th: string; en: string } {
	return typeNames[expected] ?? { th: expected, en: expected };
}

/**
 * Hints for the patterns of our own schemas, keyed by the regex source zod reports, so an author
 * learns what a key may contain instead of reading a regex.
 */
const patternHints: Record<string, { th: string; en: string }> = {
	'/^[a-z][a-z0-9_]{0,62}$/': {
		th: 'ต้องขึ้นต้นด้วยอักษรอังกฤษตัวเล็ก และมีได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และ _ (ยาวไม่เกิน 63 ตัว)',
		en: 'must start with a lowercase letter and contain only lowercase letters, digits and _ (at most 63)'
	},
	'/^[a-z0-9][a-z0-9-]{1,62}$/': {
		th: 'มีได้เฉพาะอักษรอังกฤษตัวเล็ก ตัวเลข และ - (ยาว 2 ถึง 63 ตัว)',
		en: 'must contain only lowercase letters, digits and - (2 to 63 long)'
	},
	'/^[0-9+\\-\\s()]{6,20}$/': {
		th: 'ต้องเป็นหมายเลขโทรศัพท์ (ตัวเลข ช่องว่าง + - และวงเล็บ 6 ถึง 20 ตัว)',
		en: 'must be a phone number (digits, spaces, + - and brackets, 6 to 20 long)'
	}
};

function patternHint(pattern: string | undefined): { th: string; en: string } | undefined {
	return pattern === undefined ? undefined : patternHints[pattern];
}

/** Messages about one field of a record, named by its path (`sections.0.title.th`). */
export const fieldMessages = {
	required: (path: string): BilingualMessage => {
		const f = fieldName(path);
		return { th: `ต้องระบุ ${f.th}`, en: `${f.en} is required` };
	},
	wrongType: (path: string, expected: string): BilingualMessage => {
		const f = fieldName(path);
		const t = typeName(expected);
		return { th: `${f.th} ต้องเป็น${t.th}`, en: `${f.en} must be ${t.en}` };
	},
	oneOfTypes: (path: string, expected: readonly string[]): BilingualMessage => {
		const f = fieldName(path);
		const names = expected.map(typeName);
		return {
			th: `${f.th} ต้องเป็น${names.map((n) => n.th).join(' หรือ')}`,
			en: `${f.en} must be ${names.map((n) => n.en).join(' or ')}`
		};
	},
	tooShortText: (path: string, minimum: number, exact: boolean): BilingualMessage => {
		const f = fieldName(path);
		return exact
			? {
					th: `${f.th} ต้องยาว ${minimum} ตัวอักษรพอดี`,
					en: `${f.en} must be exactly ${characters(minimum)} long`
				}
			: {
					th: `${f.th} ต้องยาวอย่างน้อย ${minimum} ตัวอักษร`,
					en: `${f.en} must be at least ${characters(minimum)} long`
				};
	},
	tooLongText: (path: string, maximum: number, exact: boolean): BilingualMessage => {
		const f = fieldName(path);
		return exact
			? {
					th: `${f.th} ต้องยาว ${maximum} ตัวอักษรพอดี`,
					en: `${f.en} must be exactly ${characters(maximum)} long`
				}
			: {
					th: `${f.th} ต้องยาวไม่เกิน ${maximum} ตัวอักษร`,
					en: `${f.en} must be at most ${characters(maximum)} long`
				};
	},
	tooFewItems: (path: string, minimum: number, exact: boolean): BilingualMessage => {
		const f = fieldName(path);
		return exact
			? {
					th: `${f.th} ต้องมี ${minimum} รายการพอดี`,
					en: `${f.en} must have exactly ${items(minimum)}`
				}
			: {
					th: `${f.th} ต้องมีอย่างน้อย ${minimum} รายการ`,
					en: `${f.en} must have at least ${items(minimum)}`
				};
	},
	tooManyItems: (path: string, maximum: number, exact: boolean): BilingualMessage => {
		const f = fieldName(path);
		return exact
			? {
					th: `${f.th} ต้องมี ${maximum} รายการพอดี`,
					en: `${f.en} must have exactly ${items(maximum)}`
				}
			: {
					th: `${f.th} มีได้ไม่เกิน ${maximum} รายการ`,
					en: `${f.en} must have at most ${items(maximum)}`
				};
	},
	tooSmallNumber: (
		path: string,
		minimum: number | string,
		inclusive: boolean
	): BilingualMessage => {
		const f = fieldName(path);
		return inclusive
			? { th: `${f.th} ต้องไม่น้อยกว่า ${minimum}`, en: `${f.en} must be at least ${minimum}` }
			: { th: `${f.th} ต้องมากกว่า ${minimum}`, en: `${f.en} must be greater than ${minimum}` };
	},
	tooBigNumber: (path: string, maximum: number | string, inclusive: boolean): BilingualMessage => {
		const f = fieldName(path);
		return inclusive
			? { th: `${f.th} ต้องไม่เกิน ${maximum}`, en: `${f.en} must be at most ${maximum}` }
			: { th: `${f.th} ต้องน้อยกว่า ${maximum}`, en: `${f.en} must be less than ${maximum}` };
	},
	tooEarly: (path: string, minimum: string): BilingualMessage => {
		const f = fieldName(path);
		return { th: `${f.th} ต้องไม่ก่อน ${minimum}`, en: `${f.en} must not be before ${minimum}` };
	},
	tooLate: (path: string, maximum: string): BilingualMessage => {
		const f = fieldName(path);
		return { th: `${f.th} ต้องไม่หลัง ${maximum}`, en: `${f.en} must not be after ${maximum}` };
	},
	notMultipleOf: (path: string, divisor: number): BilingualMessage => {
		const f = fieldName(path);
		return {
			th: `${f.th} ต้องเป็นพหุคูณของ ${divisor}`,
			en: `${f.en} must be a multiple of ${divisor}`
		};
	},
	format: (path: string, format: string, pattern: string | undefined, zodMessage: string) => {
		const f = fieldName(path);
		const hint = formatHints[format] ?? patternHint(pattern);
		if (hint) return { th: `${f.th} ${hint.th}`, en: `${f.en} ${hint.en}` };
		return { th: `${f.th} มีรูปแบบไม่ถูกต้อง`, en: `${f.en} has an invalid format (${zodMessage})` };
	},
	notOneOf: (path: string, values: readonly unknown[]): BilingualMessage => {
		const f = fieldName(path);
		return values.length === 1
			? { th: `${f.th} ต้องเป็น ${quote(values[0])}`, en: `${f.en} must be ${quote(values[0])}` }
			: {
					th: `${f.th} ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: ${listOf(values)}`,
					en: `${f.en} must be one of: ${listOf(values)}`
				};
	},
	noMatchingShape: (path: string): BilingualMessage => {
		const f = fieldName(path);
		return {
			th: `${f.th} ไม่ตรงกับรูปแบบใดที่รับได้`,
			en: `${f.en} does not match any accepted shape`
		};
	},
	unknownField: (path: string): BilingualMessage => ({
		th: `ไม่รู้จักช่อง ${path}`,
		en: `${path} is not a known field`
	}),
	invalidKey: (inner: BilingualMessage): BilingualMessage => ({
		th: `ชื่อคีย์ ${inner.th}`,
		en: `the key ${inner.en}`
	}),
	/** `thai` comes from a refinement's `params: { th }`, the way a schema gives its own Thai. */
	custom: (path: string, zodMessage: string, thai: string | undefined): BilingualMessage => {
		const f = fieldName(path);
		if (zodMessage === 'Invalid input') {
			return { th: thai ? `${f.th}: ${thai}` : `${f.th} ไม่ถูกต้อง`, en: `${f.en} is invalid` };
		}
		return { th: `${f.th}: ${thai ?? zodMessage}`, en: `${f.en}: ${zodMessage}` };
	},
	other: (path: string, zodMessage: string): BilingualMessage => {
		const f = fieldName(path);
		return { th: `${f.th} ไม่ถูกต้อง (${zodMessage})`, en: `${f.en}: ${zodMessage}` };
	}
};

const formatHints: Record<string, { th: string; en: string }> = {
	uuid: { th: 'ต้องเป็นรหัส UUID ที่ถูกต้อง', en: 'must be a valid UUID' },
	guid: { th: 'ต้องเป็นรหัส UUID ที่ถูกต้อง', en: 'must be a valid UUID' },
	datetime: {
		th: 'ต้องเป็นวันเวลาแบบ ISO 8601 พร้อมเขตเวลา เช่น 2025-01-31T09:30:00+07:00',
		en: 'must be an ISO 8601 date-time with a time zone, e.g. 2025-01-31T09:30:00+07:00'
	},
	date: {
		th: 'ต้องเป็นวันที่แบบ ปปปป-ดด-วว ปี ค.ศ. เช่น 2025-01-31',
		en: 'must be a date as yyyy-mm-dd (Gregorian year), e.g. 2025-01-31'
	},
	time: { th: 'ต้องเป็นเวลาแบบ ชช:นน เช่น 09:30', en: 'must be a time as hh:mm, e.g. 09:30' },
	email: { th: 'ต้องเป็นอีเมลที่ถูกต้อง', en: 'must be a valid e-mail address' },
	url: { th: 'ต้องเป็นที่อยู่เว็บ (URL) ที่ถูกต้อง', en: 'must be a valid URL' },
	lowercase: { th: 'ต้องเป็นอักษรตัวเล็กทั้งหมด', en: 'must be all lowercase' },
	uppercase: { th: 'ต้องเป็นอักษรตัวใหญ่ทั้งหมด', en: 'must be all uppercase' }
};

/** How a question is named in a message: its Thai (or English) label and its key. */
function questionName(question: Pick<Question, 'key' | 'label'>): { th: string; en: string } {
	return {
		th: `ข้อ "${question.label.th}" (${question.key})`,
		en: `Question "${question.label.en || question.label.th}" (${question.key})`
	};
}

function aboutQuestion(
	question: Pick<Question, 'key' | 'label'>,
	th: string,
	en: string
): BilingualMessage {
	const q = questionName(question);
	return { th: `${q.th}: ${th}`, en: `${q.en}: ${en}` };
}

type Q = Pick<Question, 'key' | 'label'>;

/** Messages about one answer, named by the question it answers. */
export const answerMessages = {
	required: (q: Q) => aboutQuestion(q, 'ต้องตอบข้อนี้', 'an answer is required'),
	unknownQuestion: (key: string): BilingualMessage => ({
		th: `ไม่มีข้อ ${key} ในแบบฟอร์มนี้`,
		en: `${key} is not a question of this form`
	}),
	wrongType: (q: Q, expected: 'number' | 'string' | 'array' | 'date') => {
		const t = {
			number: { th: 'ตัวเลข', en: 'a number' },
			string: { th: 'ข้อความ', en: 'a text' },
			array: { th: 'รายการตัวเลือก', en: 'a list of options' },
			date: { th: 'วันที่แบบ ปปปป-ดด-วว', en: 'a date as yyyy-mm-dd' }
		}[expected];
		return aboutQuestion(q, `คำตอบต้องเป็น${t.th}`, `the answer must be ${t.en}`);
	},
	rating: (q: Q, value: number) =>
		aboutQuestion(
			q,
			`ต้องเป็นระดับ 1 ถึง 5 (จำนวนเต็ม) แต่ได้ ${value}`,
			`the rating must be a whole number from 1 to 5, not ${value}`
		),
	unknownOption: (q: Q, value: string, options: readonly string[]) =>
		aboutQuestion(
			q,
			`${quote(value)} ไม่ใช่ตัวเลือกของข้อนี้ (ตัวเลือกที่มี: ${listOf(options)})`,
			`${quote(value)} is not one of its options (${listOf(options)})`
		),
	repeatedOption: (q: Q, value: string) =>
		aboutQuestion(q, `เลือก ${quote(value)} ซ้ำ`, `${quote(value)} is chosen twice`),
	tooManySelected: (q: Q, maxSelected: number, count: number) =>
		aboutQuestion(
			q,
			`เลือกได้ไม่เกิน ${maxSelected} ตัวเลือก แต่เลือกไว้ ${count}`,
			`at most ${maxSelected} options may be chosen, not ${count}`
		),
	tooLong: (q: Q, maxLength: number, length: number) =>
		aboutQuestion(
			q,
			`ยาวได้ไม่เกิน ${maxLength} ตัวอักษร (ตอนนี้ ${length})`,
			`the answer must be at most ${maxLength} characters (it has ${length})`
		),
	notInteger: (q: Q, value: number) =>
		aboutQuestion(q, `ต้องเป็นจำนวนเต็ม แต่ได้ ${value}`, `must be a whole number, not ${value}`),
	numberOutOfRange: (q: Q, value: number, min: number | undefined, max: number | undefined) =>
		rangeMessage(q, String(value), min, max, 'number'),
	dateOutOfRange: (q: Q, value: string, min: string | undefined, max: string | undefined) =>
		rangeMessage(q, value, min, max, 'date'),
	invalidDate: (q: Q, value: string) =>
		aboutQuestion(
			q,
			`${quote(value)} ไม่ใช่วันที่แบบ ปปปป-ดด-วว ปี ค.ศ. (เช่น 2025-01-31)`,
			`${quote(value)} is not a date as yyyy-mm-dd with a Gregorian year (e.g. 2025-01-31)`
		),
	buddhistYear: (q: Q, value: string, year: number) =>
		aboutQuestion(
			q,
			`ปี ${year} ใน ${quote(value)} ดูเป็นปี พ.ศ. กรุณาใช้ปี ค.ศ. (${year - 543})`,
			`the year ${year} in ${quote(value)} looks like a Buddhist-era year; use the Gregorian year (${year - 543})`
		)
};

function rangeMessage(
	q: Q,
	value: string,
	min: number | string | undefined,
	max: number | string | undefined,
	kind: 'number' | 'date'
): BilingualMessage {
	const v = kind === 'date' ? quote(value) : value;
	if (min !== undefined && max !== undefined) {
		return aboutQuestion(
			q,
			`ต้องอยู่ระหว่าง ${min} ถึง ${max} แต่ได้ ${v}`,
			`must be between ${min} and ${max}, not ${v}`
		);
	}
	if (min !== undefined) {
		return kind === 'date'
			? aboutQuestion(q, `ต้องไม่ก่อน ${min} แต่ได้ ${v}`, `must not be before ${min}, not ${v}`)
			: aboutQuestion(q, `ต้องไม่น้อยกว่า ${min} แต่ได้ ${v}`, `must be at least ${min}, not ${v}`);
	}
	return kind === 'date'
		? aboutQuestion(q, `ต้องไม่หลัง ${max} แต่ได้ ${v}`, `must not be after ${max}, not ${v}`)
		: aboutQuestion(q, `ต้องไม่เกิน ${max} แต่ได้ ${v}`, `must be at most ${max}, not ${v}`);
}

/** Messages about the structure of a form, named by the path of the field at fault. */
export const formMessages = {
	duplicateKey: (path: string, key: string, firstPath: string): BilingualMessage => ({
		th: `${path}: คีย์ ${quote(key)} ซ้ำกับ ${firstPath}`,
		en: `${path}: the key ${quote(key)} is already used at ${firstPath}`
	}),
	duplicateOption: (path: string, value: string, firstPath: string): BilingualMessage => ({
		th: `${path}: ค่าตัวเลือก ${quote(value)} ซ้ำกับ ${firstPath}`,
		en: `${path}: the option value ${quote(value)} is already used at ${firstPath}`
	}),
	unknownDimension: (path: string, dimension: string): BilingualMessage => ({
		th: `${path}: ไม่มีด้าน ${quote(dimension)} ในรายการด้าน (dimensions) ของแบบฟอร์ม`,
		en: `${path}: the dimension ${quote(dimension)} is not declared in the form's dimensions`
	}),
	showIfSelf: (path: string): BilingualMessage => ({
		th: `${path}: เงื่อนไขการแสดงอ้างถึงข้อนี้เอง ต้องอ้างถึงข้อที่อยู่ก่อนหน้า`,
		en: `${path}: the show-if rule refers to its own question; it must refer to an earlier one`
	}),
	showIfLater: (path: string, key: string): BilingualMessage => ({
		th: `${path}: เงื่อนไขการแสดงต้องอ้างถึงข้อที่อยู่ก่อนหน้า แต่ข้อ ${quote(key)} อยู่หลังข้อนี้`,
		en: `${path}: the show-if rule must refer to an earlier question, but ${quote(key)} comes later`
	}),
	showIfUnknownQuestion: (path: string, key: string): BilingualMessage => ({
		th: `${path}: ไม่มีข้อ ${quote(key)} ในแบบฟอร์มนี้`,
		en: `${path}: there is no question ${quote(key)} in this form`
	}),
	showIfIncludesNeedsMultipleChoice: (path: string, key: string): BilingualMessage => ({
		th: `${path}: เงื่อนไข "includes" ใช้ได้กับข้อแบบเลือกได้หลายคำตอบเท่านั้น แต่ข้อ ${quote(key)} ไม่ใช่`,
		en: `${path}: "includes" works only on a multiple-choice question, and ${quote(key)} is not one`
	}),
	showIfMultipleChoiceNeedsIncludes: (path: string, key: string): BilingualMessage => ({
		th: `${path}: ข้อ ${quote(key)} เลือกได้หลายคำตอบ จึงต้องใช้เงื่อนไข "includes"`,
		en: `${path}: ${quote(key)} is a multiple-choice question, so the rule must use "includes"`
	}),
	showIfNotAnOption: (path: string, value: unknown, key: string, options: readonly string[]) => ({
		th: `${path}: ${quote(value)} ไม่ใช่ตัวเลือกของข้อ ${quote(key)} (ตัวเลือกที่มี: ${listOf(options)})`,
		en: `${path}: ${quote(value)} is not an option of ${quote(key)} (${listOf(options)})`
	}),
	showIfNotARating: (path: string, value: unknown, key: string): BilingualMessage => ({
		th: `${path}: ข้อ ${quote(key)} เป็นข้อให้ระดับ ค่าต้องเป็นจำนวนเต็ม 1 ถึง 5 แต่ได้ ${quote(value)}`,
		en: `${path}: ${quote(key)} is a rating, so the value must be a whole number from 1 to 5, not ${quote(value)}`
	}),
	showIfWrongType: (
		path: string,
		value: unknown,
		key: string,
		expected: 'number' | 'string' | 'date'
	) => {
		const t = typeName(expected);
		return {
			th: `${path}: คำตอบของข้อ ${quote(key)} เป็น${t.th} ค่า ${quote(value)} จึงไม่มีวันตรงกัน`,
			en: `${path}: ${quote(key)} is answered with ${t.en}, so ${quote(value)} can never match`
		};
	},
	minAboveMax: (path: string, min: number | string, max: number | string): BilingualMessage => ({
		th: `${path}: ค่าสูงสุด (${max}) ต้องไม่น้อยกว่าค่าต่ำสุด (${min})`,
		en: `${path}: the maximum (${max}) must not be below the minimum (${min})`
	}),
	maxSelectedAboveOptions: (path: string, maxSelected: number, options: number) => ({
		th: `${path}: ให้เลือกได้สูงสุด ${maxSelected} ตัวเลือก แต่ข้อนี้มีเพียง ${options} ตัวเลือก`,
		en: `${path}: allows ${maxSelected} choices but the question has only ${options} options`
	})
};

/** Messages about a record that does not belong with the form it names. */
export const recordMessages = {
	formMismatch: (path: string, got: unknown, expected: unknown): BilingualMessage => ({
		th: `${path} ต้องตรงกับแบบฟอร์ม (${quote(expected)}) แต่ได้ ${quote(got)}`,
		en: `${path} must match the form (${quote(expected)}), not ${quote(got)}`
	})
};
