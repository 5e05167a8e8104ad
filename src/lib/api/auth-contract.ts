import { z } from 'zod';
import { OfficeId, RoleGrant } from '$lib/domain';

/** `POST /api/auth/sign-in`: what a tablet or a script sends. Pages use the sign-in form. */
export const SignInRequest = z.object({
	username: z.string().max(200),
	password: z.string().max(200)
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/** The signed-in user as the browser may know them: no password hash, no session token. */
export const SignedInUser = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	username: z.string(),
	displayName: z.string(),
	roles: z.array(RoleGrant)
});
export type SignedInUser = z.infer<typeof SignedInUser>;

export const SignInResponse = z.object({ user: SignedInUser });

/** `POST /api/auth/sign-out`: `everywhere` ends every session of the user, on every device. */
export const SignOutRequest = z.object({ everywhere: z.boolean().default(false) });
