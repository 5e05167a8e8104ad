import type { attendanceTh } from './attendance.th';
import type { Widen } from './th';

export const attendanceEn: Widen<typeof attendanceTh> = {
	start: {
		heading: 'Open sign-ins for an activity',
		intro:
			'Participants sign in and evaluate the activity on this tablet, with or without internet.',
		activity: 'Activity',
		cancelled: 'cancelled',
		noForm: 'no evaluation form',
		formNotCached:
			'The evaluation form of this activity is not on the device yet; only sign-ins can open.',
		collector: 'Supervisor in charge',
		pin: 'Supervisor PIN',
		submit: 'Start sign-ins',
		noActivity: 'Choose an activity',
		noCollector: 'Choose the supervisor in charge',
		noPin: 'Enter the PIN'
	},
	place: {
		office: 'the office'
	},
	welcome: {
		signIn: 'Sign in to the activity',
		signInHint: 'Every participant, please sign in once.',
		evaluate: 'Evaluate the activity',
		cancelledNotice:
			'This activity was cancelled. Sign-ins are still kept and sent for the group to check.',
		unknownActivity:
			'This activity is no longer on the device. Sign-ins are still kept and sent for the server to check.'
	},
	form: {
		heading: 'Sign in',
		invited: 'Invited representatives (tap to fill in)',
		name: 'Full name',
		type: 'You are',
		school: 'School',
		schoolNone: 'Not from a school',
		organisation: 'Agency or organisation',
		signature: 'Signature (optional)',
		signatureHint: 'Write with a finger or a pen inside the box',
		signatureClear: 'Clear the signature',
		signatureUnavailable:
			'The signature box does not work on this device. Sign in without it; you are still counted.',
		submit: 'Sign in',
		cancel: 'Cancel',
		nameRequired: 'Enter your full name',
		typeRequired: 'Choose who you are',
		invalid: 'Some fields are not valid'
	},
	signedIn: {
		heading: 'You are signed in',
		thanks: 'Thank you for taking part, {name}',
		duplicate: 'You had already signed in. This one is kept too, but you are counted once.',
		evaluate: 'Evaluate the activity',
		done: 'Done'
	},
	sheet: {
		heading: 'Signed in on this tablet',
		count: '{people} signed in',
		repeats: '{count} repeated sign-ins (counted once)',
		repeat: 'repeat',
		signed: 'signed',
		empty: 'No one has signed in yet'
	},
	kind: {
		information: 'Information',
		opinion: 'Opinion',
		training: 'Consultation/training',
		collaboration: 'Collaboration',
		committee: 'Committee meeting'
	}
};
