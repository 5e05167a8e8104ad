import { z } from 'zod';
import { Key, LocalizedText } from './localized';

/** ศธจ. (provincial education office) or สพป./สพม. (primary/secondary educational service area office). */
export const OfficeKind = z.enum(['provincial', 'primary_area', 'secondary_area']);
export type OfficeKind = z.infer<typeof OfficeKind>;

/** Band width used to turn a mean into a Thai level (DOMAIN.md §3); a setting of the office. */
export const LevelScheme = z.enum(['0.5', '0.8']);
export type LevelScheme = z.infer<typeof LevelScheme>;

export const OfficeId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/);

export const Office = z.object({
	id: OfficeId,
	kind: OfficeKind,
	name: LocalizedText,
	province: z.string().trim().min(1),
	levelScheme: LevelScheme.default('0.5')
});
export type Office = z.infer<typeof Office>;

const FiscalYearBE = z.int().min(2500).max(2700);

/** A กลุ่ม of the office. Offices rename and merge groups, so groups are master data, not code. */
export const Group = z
	.object({
		id: z.uuid(),
		officeId: OfficeId,
		code: Key,
		name: LocalizedText,
		shortName: z.string().trim().min(1),
		activeFromFy: FiscalYearBE.nullable().default(null),
		activeToFy: FiscalYearBE.nullable().default(null),
		sortOrder: z.int().min(0).default(0)
	})
	.refine((g) => g.activeFromFy == null || g.activeToFy == null || g.activeFromFy <= g.activeToFy, {
		path: ['activeToFy'],
		message: 'activeToFy is before activeFromFy',
		params: { th: 'ปีงบประมาณสิ้นสุดอยู่ก่อนปีงบประมาณเริ่มต้น' }
	});
export type Group = z.infer<typeof Group>;

/** A school or other unit the office serves. */
export const School = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	code: z.string().trim().min(1).max(20),
	name: LocalizedText,
	district: z.string().trim().min(1).nullable().default(null)
});
export type School = z.infer<typeof School>;
