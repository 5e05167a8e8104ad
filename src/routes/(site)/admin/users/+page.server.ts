import { fail } from '@sveltejs/kit';
import { rolesFromForm, userCreationTimes } from '$lib/server/admin/admin-users';
import { AccountError, createAccount } from '$lib/server/auth/users';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

// Only admins get here (hooks.server.ts, route-access.ts); everything is of their own office.
export const load: PageServerLoad = async ({ locals }) => {
	const officeId = locals.user!.officeId;
	const store = await getStore();
	const [users, groups] = await Promise.all([
		store.accounts.list(officeId),
		store.groups.list(officeId)
	]);
	const created = await userCreationTimes(store, officeId, users);
	return {
		users: users.map((u) => ({
			id: u.id,
			username: u.username,
			displayName: u.displayName,
			roles: u.roles,
			disabledAt: u.disabledAt,
			createdAt: created.get(u.id)?.toISOString() ?? null
		})),
		groups: groups.map((g) => ({ id: g.id, name: g.name, shortName: g.shortName }))
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const admin = locals.user!;
		const form = await request.formData();
		const text = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : '';
		};
		const roles = rolesFromForm(form);
		// Everything but the password comes back, so a refused form keeps what was typed.
		const values = { username: text('username'), displayName: text('displayName'), roles };
		if (values.displayName.trim() === '') {
			return fail(400, { values, problem: 'missing-name' as const, message: null });
		}
		try {
			const user = await createAccount(
				await getStore(),
				{ officeId: admin.officeId, ...values, password: text('password') },
				admin
			);
			return { created: { id: user.id, username: user.username } };
		} catch (cause) {
			if (cause instanceof AccountError) {
				return fail(400, { values, problem: cause.code, message: cause.text });
			}
			throw cause;
		}
	}
};
