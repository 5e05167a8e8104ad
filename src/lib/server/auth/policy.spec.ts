import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/domain';
import { formOwnersFor, policy, readableGroups, type Principal } from './policy';

const office = 'spp-demo';
const personnel = { id: '0194a3b0-0000-7000-8000-000000000001', officeId: office };
const finance = { id: '0194a3b0-0000-7000-8000-000000000002', officeId: office };
const elsewhere = { id: '0194a3b0-0000-7000-8000-000000000003', officeId: 'spp-other' };

function user(...roles: [Role, string?][]): Principal {
	return {
		id: '0194a3b0-0000-7000-8000-0000000000ff',
		officeId: office,
		displayName: 'ทดสอบ',
		roles: roles.map(([role, groupId]) => ({ role, groupId: groupId ?? null }))
	};
}

describe('the access policy', () => {
	it("lets a group leader build their own group's forms only; office-wide forms are the admins'", () => {
		const leader = user(['group_leader', personnel.id]);
		const admin = user(['admin']);
		const executive = user(['executive']);
		const form = (group: { id: string; officeId: string } | null) => ({
			officeId: group?.officeId ?? office,
			groupId: group?.id ?? null
		});
		expect(policy.buildForms(leader)).toBe(true);
		expect(policy.buildForms(executive)).toBe(false);
		expect(policy.editForm(leader, form(personnel))).toBe(true);
		expect(policy.editForm(leader, form(finance))).toBe(false);
		expect(policy.editForm(leader, form(null))).toBe(false);
		expect(policy.editForm(admin, form(finance))).toBe(true);
		expect(policy.editForm(admin, form(null))).toBe(true);
		expect(policy.editForm(admin, form(elsewhere))).toBe(false);
		expect(policy.editForm(executive, form(personnel))).toBe(false);
		expect(formOwnersFor(leader, [personnel, finance])).toEqual({
			groups: [personnel],
			officeWide: false
		});
		expect(formOwnersFor(admin, [personnel, finance])).toEqual({
			groups: [personnel, finance],
			officeWide: true
		});
	});

	it("lets a group leader read their own group's report, and no other", () => {
		const leader = user(['group_leader', personnel.id]);
		expect(policy.readGroupReport(leader, personnel)).toBe(true);
		expect(policy.readGroupReport(leader, finance)).toBe(false);
		expect(policy.readOverview(leader, office)).toBe(false);
		expect(readableGroups(leader, [personnel, finance])).toEqual([personnel]);
	});

	it("lets an executive read every group of their office, not another office's", () => {
		const executive = user(['executive']);
		expect(policy.readGroupReport(executive, personnel)).toBe(true);
		expect(policy.readGroupReport(executive, finance)).toBe(true);
		expect(policy.readGroupReport(executive, elsewhere)).toBe(false);
		expect(policy.readOverview(executive, office)).toBe(true);
	});

	it('splits the notes: the opinion is the executive’s, the actions the group leader’s', () => {
		const executive = user(['executive']);
		const leader = user(['group_leader', personnel.id]);
		expect(policy.writeReportNote(executive, personnel, 'executive-opinion')).toBe(true);
		expect(policy.writeReportNote(executive, personnel, 'improvement-actions')).toBe(false);
		expect(policy.writeReportNote(leader, personnel, 'improvement-actions')).toBe(true);
		expect(policy.writeReportNote(leader, personnel, 'executive-opinion')).toBe(false);
		expect(policy.writeReportNote(leader, finance, 'improvement-actions')).toBe(false);
	});

	it('keeps set-up with admins and reports with readers: an admin alone reads no report', () => {
		const admin = user(['admin']);
		expect(policy.administer(admin, office)).toBe(true);
		expect(policy.administer(admin, 'spp-other')).toBe(false);
		expect(policy.readGroupReport(admin, personnel)).toBe(false);
		expect(policy.administer(user(['executive']), office)).toBe(false);
		expect(policy.collect(user(['supervisor']))).toBe(true);
		expect(policy.collect(admin)).toBe(false);
	});

	it('adds up the roles of a user who holds several', () => {
		const both = user(['admin'], ['group_leader', finance.id]);
		expect(policy.administer(both, office)).toBe(true);
		expect(policy.readGroupReport(both, finance)).toBe(true);
		expect(policy.readGroupReport(both, personnel)).toBe(false);
	});

	it('lets a leader manage their own group’s activities, an admin any, an executive only read', () => {
		const leader = user(['group_leader', personnel.id]);
		const executive = user(['executive']);
		const admin = user(['admin']);
		const supervisor = user(['supervisor']);
		expect(policy.manageActivities(leader, personnel)).toBe(true);
		expect(policy.manageActivities(leader, finance)).toBe(false);
		expect(policy.readActivities(leader, finance)).toBe(false);
		expect(policy.readActivities(executive, finance)).toBe(true);
		expect(policy.manageActivities(executive, finance)).toBe(false);
		expect(policy.manageActivities(admin, finance)).toBe(true);
		expect(policy.manageActivities(admin, elsewhere)).toBe(false);
		expect(policy.publishActivity(admin, office)).toBe(true);
		expect(policy.publishActivity(leader, office)).toBe(false);
		expect(policy.useActivities(supervisor)).toBe(false);
		expect(policy.registerSomeActivity(executive)).toBe(false);
	});
});
