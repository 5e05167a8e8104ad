import type { BilingualMessage } from '$lib/domain';

export type DeviceErrorReason =
	'enrollment-code-invalid' | 'enrollment-code-expired' | 'device-not-enrolled';

const messages: Record<DeviceErrorReason, BilingualMessage> = {
	'enrollment-code-invalid': {
		th: 'รหัสลงทะเบียนไม่ถูกต้องหรือถูกใช้ไปแล้ว โปรดขอรหัสใหม่จากผู้ดูแลระบบ',
		en: 'This enrollment code is wrong or has been used already. Ask the administrator for a new one.'
	},
	'enrollment-code-expired': {
		th: 'รหัสลงทะเบียนหมดอายุแล้ว โปรดขอรหัสใหม่จากผู้ดูแลระบบ',
		en: 'This enrollment code has expired. Ask the administrator for a new one.'
	},
	'device-not-enrolled': {
		th: 'แท็บเล็ตเครื่องนี้ต้องลงทะเบียนใหม่ ข้อมูลที่รอส่งยังอยู่ครบในเครื่อง',
		en: 'This tablet must be enrolled again. The records waiting on it are kept.'
	}
};

/** Enrollment or authentication refused; `reason` is the API error code, `userMessage` what to tell. */
export class DeviceError extends Error {
	readonly userMessage: BilingualMessage;

	constructor(
		readonly reason: DeviceErrorReason,
		detail?: string
	) {
		const userMessage = messages[reason];
		super(detail ? `${userMessage.en} (${detail})` : userMessage.en);
		this.name = 'DeviceError';
		this.userMessage = userMessage;
	}
}
