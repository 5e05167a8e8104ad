import { z } from 'zod';
import { OfficeId } from './office';

/*
 * Who may do what (issue 6). Respondents have no account: they answer on the kiosk or a public
 * page. A user holds any number of roles; a group leader's role names the group.
 */

/**
 * admin — office set-up: users, groups, schools, forms, devices, the audit log;
 * executive — reads every group's report and writes ความเห็น/ข้อสั่งการ on it;
 * group_leader — reads and manages the reports (and feedback) of one group;
 * supervisor — collects on enrolled tablets.
 */
export const roles = ['admin', 'executive', 'group_leader', 'supervisor'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const RoleGrant = z
	.object({ role: Role, groupId: z.uuid().nullable().default(null) })
	.refine((g) => (g.role === 'group_leader') === (g.groupId !== null), {
		path: ['groupId'],
		message: 'a group leader names one group; other roles name none',
		params: { th: 'ผู้อำนวยการกลุ่มต้องระบุกลุ่ม บทบาทอื่นไม่ต้องระบุ' }
	});
export type RoleGrant = z.infer<typeof RoleGrant>;

/** What people type to sign in: letters, digits and . _ - @, case-insensitive. */
export const Username = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z0-9][a-z0-9._@-]{2,63}$/, '3–64 letters, digits, . _ - or @');

/** Long rather than clever (NIST SP 800-63B): at least 10 characters, at most 200. */
export const Password = z.string().min(10).max(200);

export const User = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	username: Username,
	displayName: z.string().trim().min(1).max(200),
	roles: z.array(RoleGrant),
	disabledAt: z.iso.datetime({ offset: true }).nullable()
});
export type User = z.infer<typeof User>;
