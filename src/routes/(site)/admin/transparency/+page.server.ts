import { fail } from '@sveltejs/kit';
import { reportQueryNumbers } from '$lib/api/report-contract';
import { fiscalYearOf } from '$lib/domain';
import { getStore } from '$lib/server/store';
import {
	buildTransparencyPage,
	publishTransparencyPage,
	withdrawTransparencyPage
} from '$lib/server/transparency/transparency-page';
import type { Actions, PageServerLoad } from './$types';

/** The years offered: this fiscal year and the four before it. */
const YEARS_OFFERED = 5;

function fyOf(value: FormDataEntryValue | string | null): number | null {
	const parsed = reportQueryNumbers.fy.safeParse(Number(value));
	return parsed.success ? parsed.data : null;
}

// Only admins get here (hooks.server.ts, route-access.ts); only their own office.
export const load: PageServerLoad = async ({ locals, url }) => {
	const admin = locals.user!;
	const store = await getStore();
	const now = new Date();
	const current = fiscalYearOf(now);
	const asked = url.searchParams.get('fy');
	const fy = (asked === null ? null : fyOf(asked)) ?? current;
	const [preview, published] = await Promise.all([
		buildTransparencyPage(store, admin.officeId, fy, admin, now),
		store.transparency.listPublished(admin.officeId)
	]);
	return {
		fy,
		badFy: asked !== null && fyOf(asked) === null,
		years: Array.from({ length: YEARS_OFFERED }, (_, i) => current - i),
		officeId: admin.officeId,
		preview,
		published
	};
};

export const actions: Actions = {
	publish: async ({ request, locals }) => {
		const form = await request.formData();
		const fy = fyOf(form.get('fy'));
		if (fy === null) return fail(400, { badFy: true as const });
		// Without JavaScript there is no dialog: the page asks again, with a second button. Not
		// an error: nothing was wrong with the request.
		if (form.get('confirmed') !== 'yes') return { confirmPublish: fy };
		await publishTransparencyPage(await getStore(), locals.user!, fy);
		return { published: fy };
	},

	withdraw: async ({ request, locals }) => {
		const form = await request.formData();
		const fy = fyOf(form.get('fy'));
		if (fy === null) return fail(400, { badFy: true as const });
		if (form.get('confirmed') !== 'yes') return { confirmWithdraw: fy };
		const withdrawn = await withdrawTransparencyPage(await getStore(), locals.user!, fy);
		if (!withdrawn) return fail(404, { notShown: fy });
		return { withdrawn: fy };
	}
};
