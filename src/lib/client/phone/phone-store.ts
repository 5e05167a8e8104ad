import { browser } from '$app/environment';
import { PhoneDB } from './phone-db';
import { PhoneSurveyStore } from './phone-survey.repo';

let store: PhoneSurveyStore | undefined;

/** The survey-by-link store of this browser, made on first use; call from the browser only. */
export function phoneSurveyStore(): PhoneSurveyStore {
	if (!browser) throw new Error('The phone store is only available in the browser');
	return (store ??= new PhoneSurveyStore(new PhoneDB('ruamjai-phone')));
}
