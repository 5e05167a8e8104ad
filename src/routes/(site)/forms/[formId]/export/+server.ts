import { error } from '@sveltejs/kit';
import { AccessDeniedError } from '$lib/server/auth/policy';
import { exportForm, FormNotFoundError } from '$lib/server/forms/form-drafts';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** The form's latest version (its draft, if any) as a form file to download. */
export const GET: RequestHandler = async ({ params, locals }) => {
	try {
		const file = await exportForm(await getStore(), locals.user!, params.formId);
		return new Response(file.text, {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="${file.fileName}"`
			}
		});
	} catch (cause) {
		if (cause instanceof FormNotFoundError) error(404, `${cause.text.th} — ${cause.text.en}`);
		if (cause instanceof AccessDeniedError) error(403, `${cause.text.th} — ${cause.text.en}`);
		throw cause;
	}
};
