import { z } from 'zod';

/** ตอนที่ ๑: who answered. Labels live in the i18n catalogue under `respondentType.<code>`. */
export const respondentTypes = [
	'school_executive',
	'teacher',
	'education_personnel',
	'employee',
	'parent',
	'student',
	'school_board',
	'community',
	'agency',
	'other'
] as const;
export const RespondentType = z.enum(respondentTypes);
export type RespondentType = z.infer<typeof RespondentType>;
