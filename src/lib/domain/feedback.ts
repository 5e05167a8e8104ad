import { z } from 'zod';
import { IsoDateTime } from './localized';
import { OfficeId } from './office';

export const FeedbackKind = z.enum(['opinion', 'suggestion', 'complaint', 'compliment']);
export type FeedbackKind = z.infer<typeof FeedbackKind>;

/** Misconduct complaints go on a separate, restricted track to protect the complainant (DOMAIN.md §4). */
export const FeedbackTrack = z.enum(['general', 'misconduct']);
export type FeedbackTrack = z.infer<typeof FeedbackTrack>;

export const FeedbackChannel = z.enum([
	'kiosk',
	'web',
	'walk_in',
	'letter',
	'phone',
	'email',
	'social',
	'box'
]);
export type FeedbackChannel = z.infer<typeof FeedbackChannel>;

/** PDPA: only what is needed to reply, and only when the person chose to give it. */
export const FeedbackContact = z.object({
	name: z.string().trim().min(1).max(200).optional(),
	phone: z
		.string()
		.trim()
		.regex(/^[0-9+\-\s()]{6,20}$/)
		.optional(),
	email: z.email().max(200).optional()
});
export type FeedbackContact = z.infer<typeof FeedbackContact>;

export const FeedbackItem = z
	.object({
		id: z.uuidv7(),
		officeId: OfficeId,
		kind: FeedbackKind,
		track: FeedbackTrack.default('general'),
		groupId: z.uuid().nullable(),
		schoolId: z.uuid().nullable(),
		subject: z.string().trim().min(1).max(200).optional(),
		body: z.string().trim().min(1).max(5000),
		anonymous: z.boolean(),
		contact: FeedbackContact.nullable().default(null),
		channel: FeedbackChannel,
		submittedAt: IsoDateTime,
		deviceId: z.uuid().nullable()
	})
	.refine((f) => f.track === 'general' || f.kind === 'complaint', {
		path: ['track'],
		message: 'only a complaint can be on the misconduct track',
		params: { th: 'เฉพาะข้อร้องเรียนเท่านั้นที่ส่งเป็นเรื่องร้องเรียนการทุจริต/ประพฤติมิชอบได้' }
	})
	.refine((f) => !f.anonymous || f.contact === null, {
		path: ['contact'],
		message: 'an anonymous item carries no contact details',
		params: { th: 'เรื่องที่ไม่ประสงค์ออกนามต้องไม่มีข้อมูลติดต่อ' }
	});
export type FeedbackItem = z.infer<typeof FeedbackItem>;
