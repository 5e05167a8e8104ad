import { newId } from '$lib/domain';
import type { Principal } from '../policy';

/** Signed-in users for service tests, without accounts in the store. */
export function executiveOf(officeId: string, displayName = 'ผอ.สพป. (ทดสอบ)'): Principal {
	return { id: newId(), officeId, displayName, roles: [{ role: 'executive', groupId: null }] };
}

export function leaderOf(
	group: { id: string; officeId: string },
	displayName = 'ผอ.กลุ่ม (ทดสอบ)'
): Principal {
	return {
		id: newId(),
		officeId: group.officeId,
		displayName,
		roles: [{ role: 'group_leader', groupId: group.id }]
	};
}

export function adminOf(officeId: string, displayName = 'ผู้ดูแลระบบ (ทดสอบ)'): Principal {
	return { id: newId(), officeId, displayName, roles: [{ role: 'admin', groupId: null }] };
}
