import type { DeviceActivity } from '$lib/api/activities-contract';
import { fixtureIds } from '$lib/domain/testing/factories';

export const testActivityId = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** A training of the test office's first group, evaluated with the test satisfaction form. */
export function tabletActivity(overrides: Partial<DeviceActivity> = {}): DeviceActivity {
	return {
		id: testActivityId,
		officeId: fixtureIds.officeId,
		groupId: fixtureIds.groupId,
		kind: 'training',
		topic: 'อบรมการใช้ระบบสารสนเทศเพื่อการบริหารสถานศึกษา',
		heldOn: '2025-01-15',
		schoolId: null,
		placeNote: 'ห้องประชุมสำนักงาน',
		status: 'planned',
		evaluationFormId: fixtureIds.formId,
		invited: [
			{
				representativeId: '7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
				name: 'นายประธาน กรรมการ',
				organisation: 'คณะกรรมการสถานศึกษา',
				respondentType: 'school_board'
			}
		],
		...overrides
	};
}
