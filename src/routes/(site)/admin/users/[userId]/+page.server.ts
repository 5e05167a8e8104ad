import { error, fail } from '@sveltejs/kit';
import {
	AdminActionError,
	changeUserRoles,
	findOfficeUser,
	resetUserPassword,
	rolesFromForm,
	setUserDisabled,
	signOutUserEverywhere,
	userCreationTimes
} from '$lib/server/admin/admin-users';
import { AccountError } from '$lib/server/auth/users';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const notFoundText = 'ไม่พบผู้ใช้นี้ในสำนักงานของท่าน — There is no such user in your office.';

// Only admins get here (hooks.server.ts); a user of another office is a 404 like an unknown one.
export const load: PageServerLoad = async ({ params, locals }) => {
	const admin = locals.user!;
	const store = await getStore();
	const user = await findOfficeUser(store, admin, params.userId);
	if (user === null) error(404, notFoundText);
	const [groups, created, recent] = await Promise.all([
		store.groups.list(admin.officeId),
		userCreationTimes(store, admin.officeId, [user]),
		store.accounts.audit.list(admin.officeId, 10, { subjects: [user.id] })
	]);
	return {
		user: {
			id: user.id,
			username: user.username,
			displayName: user.displayName,
			roles: user.roles,
			disabledAt: user.disabledAt,
			createdAt: created.get(user.id)?.toISOString() ?? null
		},
		isSelf: user.id === admin.id,
		groups: groups.map((g) => ({ id: g.id, name: g.name, shortName: g.shortName })),
		recent: recent.map((e) => ({
			id: e.id,
			at: e.at.toISOString(),
			action: e.action,
			actorName: e.actorName
		}))
	};
};

type AdminAction = 'roles' | 'disable' | 'enable' | 'password' | 'signOutEverywhere';

/** Runs one change; a refusal comes back as the form's message, a 404 as the page's. */
async function attempt<T>(action: AdminAction, work: () => Promise<T>) {
	try {
		return { action, done: await work() };
	} catch (cause) {
		if (cause instanceof AdminActionError && cause.code === 'not-found') error(404, notFoundText);
		if (cause instanceof AdminActionError || cause instanceof AccountError) {
			return fail(400, { action, message: cause.text });
		}
		throw cause;
	}
}

async function formOf(event: RequestEvent) {
	return {
		form: await event.request.formData(),
		admin: event.locals.user!,
		store: await getStore()
	};
}

export const actions: Actions = {
	roles: async (event) => {
		const { form, admin, store } = await formOf(event);
		return attempt('roles', async () => {
			await changeUserRoles(store, admin, event.params.userId, rolesFromForm(form));
			return true;
		});
	},

	disable: async (event) => {
		const { form, admin, store } = await formOf(event);
		// Without JavaScript there is no dialog: the page asks again, with a second button.
		if (form.get('confirmed') !== 'yes') {
			return fail(400, { action: 'disable' as const, confirm: true as const });
		}
		return attempt('disable', async () => {
			await setUserDisabled(store, admin, event.params.userId, true);
			return true;
		});
	},

	enable: async (event) => {
		const { admin, store } = await formOf(event);
		return attempt('enable', async () => {
			await setUserDisabled(store, admin, event.params.userId, false);
			return true;
		});
	},

	password: async (event) => {
		const { form, admin, store } = await formOf(event);
		const password = form.get('password');
		return attempt('password', async () => {
			await resetUserPassword(
				store,
				admin,
				event.params.userId,
				typeof password === 'string' ? password : ''
			);
			return true;
		});
	},

	signOutEverywhere: async (event) => {
		const { admin, store } = await formOf(event);
		return attempt('signOutEverywhere', () =>
			signOutUserEverywhere(store, admin, event.params.userId)
		);
	}
};
