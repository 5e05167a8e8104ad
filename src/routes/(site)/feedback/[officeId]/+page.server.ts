import {
	loadPublicFeedbackPage,
	submitPublicFeedbackForm
} from '$lib/server/feedback/public-feedback-page';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) =>
	loadPublicFeedbackPage(params.officeId, url);

export const actions: Actions = {
	default: (event) => submitPublicFeedbackForm(event, 'general')
};
