import type { BilingualMessage } from '$lib/domain';
import { en } from '$lib/i18n/messages/en';
import { th } from '$lib/i18n/messages/th';

/**
 * Why a talk with the server did not work out. The first four pass by themselves (the engine backs
 * off and tries again); the others need a person: enrolling the device again, a new enrollment
 * code, an app update, or the export file.
 */
export type SyncErrorReason =
	| 'offline'
	| 'timeout'
	| 'server'
	| 'invalid-response'
	| 'unauthorized'
	| 'not-enrolled'
	| 'bad-request'
	| 'too-large'
	| 'enrollment-code-invalid'
	| 'enrollment-code-expired';

type ErrorKey = keyof typeof th.sync.errors;

const keys: Record<SyncErrorReason, ErrorKey> = {
	offline: 'offline',
	timeout: 'timeout',
	server: 'server',
	'invalid-response': 'invalidResponse',
	unauthorized: 'unauthorized',
	'not-enrolled': 'notEnrolled',
	'bad-request': 'badRequest',
	'too-large': 'tooLarge',
	'enrollment-code-invalid': 'codeInvalid',
	'enrollment-code-expired': 'codeExpired'
};

/** A reason's words in both languages, from the catalogue. */
export function syncErrorMessage(reason: SyncErrorReason): BilingualMessage {
	const key = keys[reason];
	return { th: th.sync.errors[key], en: en.sync.errors[key] };
}

/** A talk with the server that did not work out; `reason` says why, `userMessage` what to tell. */
export class SyncError extends Error {
	readonly userMessage: BilingualMessage;

	constructor(
		readonly reason: SyncErrorReason,
		readonly detail?: string
	) {
		const userMessage = syncErrorMessage(reason);
		super(detail ? `${userMessage.en} (${detail})` : userMessage.en);
		this.name = 'SyncError';
		this.userMessage = userMessage;
	}
}
