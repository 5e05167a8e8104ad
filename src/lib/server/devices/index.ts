export { DeviceError, type DeviceErrorReason } from './device-error';
export {
	authenticateDevice,
	defaultCodeValidityMinutes,
	demoEnrollmentCodeFromEnv,
	enrollDevice,
	issueEnrollmentCode,
	revokeDevice,
	type EnrollOptions,
	type IssuedCode
} from './enrollment';
export { handleEnrollRequest } from './enroll-endpoint';
export { handleSupervisorListRequest, handleSupervisorSignInRequest } from './supervisor-endpoint';
export { addSupervisorToDevice, type SupervisorSignInOutcome } from './supervisor-sign-in';
export { activeSupervisorsOf } from './tablet-supervisors';
