import { z } from 'zod';
import { IsoDateTime, Key } from './localized';
import { OfficeId } from './office';
import { RespondentType } from './respondent';

/** rating → 1..5, number → number, single choice/text/date → string, multiple choice → string[]. */
export const AnswerValue = z.union([z.number(), z.string(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;
export const Answers = z.record(Key, AnswerValue);
export type Answers = z.infer<typeof Answers>;

/** A submitted survey response. The id is a UUIDv7 made on the device: the sync key. */
export const Response = z
	.object({
		id: z.uuidv7(),
		officeId: OfficeId,
		formId: z.uuid(),
		formVersion: z.int().min(1),
		groupId: z.uuid(),
		schoolId: z.uuid().nullable(),
		respondentType: RespondentType,
		respondentTypeOther: z.string().trim().min(1).max(200).optional(),
		answers: Answers,
		startedAt: IsoDateTime,
		submittedAt: IsoDateTime,
		deviceId: z.uuid().nullable(),
		collectorId: z.uuid().nullable(),
		sessionId: z.uuid().nullable().default(null),
		/**
		 * The participation activity this evaluates (issue 8). Absent, not null, on a survey: a
		 * response stored before this field existed must hash the same when a tablet sends it again.
		 */
		activityId: z.uuid().optional()
	})
	.refine((r) => Date.parse(r.startedAt) <= Date.parse(r.submittedAt), {
		path: ['submittedAt'],
		message: 'submittedAt is before startedAt',
		params: { th: 'เวลาส่งแบบสอบถามอยู่ก่อนเวลาเริ่มตอบ' }
	})
	.refine((r) => r.respondentType === 'other' || r.respondentTypeOther === undefined, {
		path: ['respondentTypeOther'],
		message: 'respondentTypeOther is only for respondent type "other"',
		params: { th: 'ระบุประเภทผู้ตอบเพิ่มเติมได้เฉพาะเมื่อเลือก "อื่น ๆ"' }
	});
export type Response = z.infer<typeof Response>;
