import type { ValidationIssue } from '$lib/domain';
import type { RecordError, RecordRejectionCode, SyncResult } from '$lib/sync/protocol';

/** The issue codes the store gives a record naming something it does not hold. */
const unknownReferenceCodes = new Set([
	'unknown_office',
	'unknown_group',
	'unknown_school',
	'unknown_activity'
]);

export function rejected(id: string | null, error: RecordError): SyncResult {
	return { id, status: 'rejected', error };
}

function recordError(
	code: RecordRejectionCode,
	message: RecordError['message'],
	issues?: ValidationIssue[]
): RecordError {
	return issues === undefined ? { code, message } : { code, message, issues };
}

function andMore(issues: readonly ValidationIssue[]): { th: string; en: string } {
	const more = issues.length - 1;
	return more > 0
		? { th: ` (และอีก ${more} รายการ)`, en: ` (and ${more} more)` }
		: { th: '', en: '' };
}

/** A record the store refused: why, in words, with the issues it found. */
export function refusedByStore(record: unknown, issues: ValidationIssue[]): RecordError {
	if (issues.some((i) => i.code === 'unknown_form')) {
		const { formId, formVersion } = (record ?? {}) as { formId?: unknown; formVersion?: unknown };
		return recordError(
			'unknown-form-version',
			{
				th: `ข้อมูลนี้ตอบบนแบบฟอร์มรุ่นที่ ${String(formVersion)} ซึ่งไม่มีบนเซิร์ฟเวอร์หรือยังไม่ได้เผยแพร่ จึงบันทึกไม่ได้ โปรดแจ้งผู้ดูแลระบบ`,
				en: `This record was filled on version ${String(formVersion)} of form ${String(formId)}, which the server does not hold as a published form. Tell the administrator.`
			},
			issues
		);
	}
	const first = issues[0];
	const more = andMore(issues);
	if (first !== undefined && issues.every((i) => unknownReferenceCodes.has(i.code))) {
		return recordError(
			'unknown-reference',
			{
				th: `ข้อมูลนี้อ้างถึงสิ่งที่ไม่มีบนเซิร์ฟเวอร์: ${first.message.th}${more.th}`,
				en: `This record names something the server does not have: ${first.message.en}${more.en}`
			},
			issues
		);
	}
	return recordError(
		'invalid-record',
		{
			th: `ข้อมูลไม่ผ่านการตรวจสอบ: ${first?.message.th ?? 'รูปแบบไม่ถูกต้อง'}${more.th}`,
			en: `This record did not pass validation: ${first?.message.en ?? 'it is malformed'}${more.en}`
		},
		issues
	);
}

export const conflictError: RecordError = recordError('conflict', {
	th: 'เซิร์ฟเวอร์มีข้อมูลรหัสเดียวกันนี้อยู่แล้วแต่เนื้อหาต่างกัน จึงเก็บฉบับเดิมไว้ และบันทึกฉบับที่ส่งมาให้ผู้ดูแลระบบตรวจสอบ',
	en: 'The server already holds a different record with this id. It kept the one it had and logged this one for an administrator.'
});

export function wrongOfficeError(recordOffice: string, deviceOffice: string): RecordError {
	return recordError('wrong-office', {
		th: `ข้อมูลนี้เป็นของหน่วยงาน ${recordOffice} แต่แท็บเล็ตเครื่องนี้ลงทะเบียนไว้กับหน่วยงาน ${deviceOffice}`,
		en: `This record is of office ${recordOffice}, but this tablet is enrolled in office ${deviceOffice}.`
	});
}

export function wrongDeviceError(recordDevice: string): RecordError {
	return recordError('wrong-device', {
		th: `ข้อมูลนี้ระบุว่ามาจากอุปกรณ์อื่น (${recordDevice}) ไม่ใช่เครื่องที่ส่งมา`,
		en: `This record names another device (${recordDevice}) than the one that sent it.`
	});
}

export const unstorableError: RecordError = recordError('unstorable', {
	th: 'ฐานข้อมูลของเซิร์ฟเวอร์ไม่รับข้อมูลนี้ (เช่น มีอักขระที่จัดเก็บไม่ได้) โปรดส่งออกข้อมูลและแจ้งผู้ดูแลระบบ',
	en: "The server's database refused this record (for example, it holds a character that cannot be stored). Export it and tell the administrator."
});
