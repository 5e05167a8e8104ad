import type { BilingualMessage } from '$lib/domain';

export type CollectionErrorReason =
	| 'session-not-found'
	| 'session-already-open'
	| 'session-ended'
	| 'draft-not-found'
	| 'draft-in-progress'
	| 'form-not-cached'
	| 'form-not-in-session'
	| 'supervisor-not-on-device'
	| 'supervisor-in-session'
	| 'session-without-activity'
	| 'activity-not-cached';

const messages: Record<CollectionErrorReason, BilingualMessage> = {
	'session-not-found': {
		th: 'ไม่พบรอบการเก็บข้อมูลนี้ในเครื่อง',
		en: 'This collection session is not on this device.'
	},
	'session-already-open': {
		th: 'มีรอบการเก็บข้อมูลที่ยังไม่ปิดอยู่ โปรดปิดรอบนั้นก่อนเริ่มรอบใหม่',
		en: 'A collection session is still open. End it before starting a new one.'
	},
	'session-ended': {
		th: 'รอบการเก็บข้อมูลนี้ปิดแล้ว',
		en: 'This collection session has ended.'
	},
	'draft-not-found': {
		th: 'ไม่พบแบบฟอร์มที่กำลังตอบ อาจถูกล้างไปแล้วเพราะไม่มีการใช้งาน',
		en: 'The form in progress is gone; it may have been cleared after a period of inactivity.'
	},
	'draft-in-progress': {
		th: 'ยังมีผู้ตอบที่ตอบแบบฟอร์มค้างอยู่ โปรดให้ตอบให้เสร็จหรือล้างแบบฟอร์มนั้นก่อน',
		en: 'A respondent has a form in progress. Finish it or clear it first.'
	},
	'form-not-cached': {
		th: 'เครื่องนี้ยังไม่มีแบบฟอร์มนี้ โปรดเชื่อมต่ออินเทอร์เน็ตเพื่อดาวน์โหลดแบบฟอร์มก่อน',
		en: 'This form is not on the device yet. Connect to the internet to download it first.'
	},
	'form-not-in-session': {
		th: 'แบบฟอร์มนี้ไม่ได้เลือกไว้สำหรับรอบการเก็บข้อมูลนี้',
		en: 'This form was not chosen for this collection session.'
	},
	'supervisor-not-on-device': {
		th: 'ผู้เก็บข้อมูลคนนี้ยังไม่ได้เพิ่มไว้ในแท็บเล็ตเครื่องนี้ โปรดเพิ่มขณะเชื่อมต่ออินเทอร์เน็ต',
		en: 'This supervisor has not been added to this tablet. Add them while online.'
	},
	'session-without-activity': {
		th: 'รอบการเก็บข้อมูลนี้ไม่ได้เปิดสำหรับกิจกรรม จึงลงชื่อเข้าร่วมไม่ได้',
		en: 'This collection session was not opened for an activity, so no one can sign in to it.'
	},
	'activity-not-cached': {
		th: 'เครื่องนี้ยังไม่มีกิจกรรมนี้ โปรดเชื่อมต่ออินเทอร์เน็ตเพื่อปรับข้อมูลให้เป็นปัจจุบันก่อน',
		en: 'This activity is not on the device yet. Connect to the internet to update it first.'
	},
	'supervisor-in-session': {
		th: 'ผู้เก็บข้อมูลคนนี้มีรอบการเก็บข้อมูลที่ยังไม่ปิด โปรดปิดรอบนั้นก่อนนำออกจากเครื่อง',
		en: 'This supervisor has a collection session open. End it before removing them.'
	}
};

/** A collection step that cannot happen in the device's current state; `reason` says which. */
export class CollectionError extends Error {
	readonly userMessage: BilingualMessage;

	constructor(
		readonly reason: CollectionErrorReason,
		readonly subjectId?: string
	) {
		const userMessage = messages[reason];
		super(subjectId ? `${userMessage.en} (${subjectId})` : userMessage.en);
		this.name = 'CollectionError';
		this.userMessage = userMessage;
	}
}
