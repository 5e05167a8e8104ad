import { describe, expect, it } from 'vitest';
import { newId } from '$lib/domain';
import { feedbackInboxScope, policy, type Principal } from './policy';

/** Who may read and triage which feedback item (issue 7): pure rules, no store. */
const officeId = 'spp-test';
const legal = newId();
const audit = newId();
const user = (roles: Principal['roles'], office = officeId): Principal => ({
	id: newId(),
	officeId: office,
	displayName: 'ผู้ใช้ทดสอบ',
	roles
});
const executive = user([{ role: 'executive', groupId: null }]);
const admin = user([{ role: 'admin', groupId: null }]);
const leader = user([{ role: 'group_leader', groupId: legal }]);
const supervisor = user([{ role: 'supervisor', groupId: null }]);
const elsewhere = user([{ role: 'executive', groupId: null }], 'other-office');

const general = { officeId, track: 'general' as const, groupId: legal };
const unassigned = { ...general, groupId: null };
const otherGroup = { ...general, groupId: audit };
const misconduct = { ...general, track: 'misconduct' as const };

describe('the feedback policy', () => {
	it('gives a group leader the general items of their own group only', () => {
		expect(policy.triageFeedback(leader, general)).toBe(true);
		for (const item of [unassigned, otherGroup, misconduct]) {
			expect(policy.triageFeedback(leader, item)).toBe(false);
		}
		expect(feedbackInboxScope(leader)).toEqual({ officeId, wholeOffice: false, groupIds: [legal] });
	});

	it('gives executives and admins of the office everything, the misconduct contact to executives', () => {
		for (const who of [executive, admin]) {
			for (const item of [general, unassigned, otherGroup, misconduct]) {
				expect(policy.triageFeedback(who, item)).toBe(true);
			}
			expect(policy.assignFeedback(who, officeId)).toBe(true);
		}
		expect(policy.readFeedbackContact(executive, misconduct)).toBe(true);
		expect(policy.readFeedbackContact(admin, misconduct)).toBe(false);
		expect(policy.readFeedbackContact(leader, general)).toBe(true);
	});

	it('gives supervisors and other offices nothing', () => {
		expect(policy.useFeedbackInbox(supervisor)).toBe(false);
		expect(policy.triageFeedback(supervisor, general)).toBe(false);
		expect(policy.triageFeedback(elsewhere, general)).toBe(false);
		expect(policy.assignFeedback(leader, officeId)).toBe(false);
		expect(policy.assignFeedback(elsewhere, officeId)).toBe(false);
	});
});
