import type { BilingualMessage } from '$lib/domain';

const unexpected: BilingualMessage = {
	th: 'เกิดข้อผิดพลาดที่ไม่คาดคิด ข้อมูลที่บันทึกไว้ในเครื่องยังอยู่ครบ โปรดลองอีกครั้ง',
	en: 'Something unexpected went wrong. Everything saved on this device is kept; please try again.'
};

/**
 * The one place the UI turns an error into words: typed errors (storage, collection, sync) carry
 * their own Thai/English message; anything else is logged for a developer and told plainly.
 */
export function userMessageOf(error: unknown): BilingualMessage {
	if (
		error instanceof Error &&
		'userMessage' in error &&
		typeof error.userMessage === 'object' &&
		error.userMessage !== null
	) {
		return error.userMessage as BilingualMessage;
	}
	console.error(error);
	return unexpected;
}
