import { OverallStatistics } from '$lib/api/report-contract';
import type { TransparencyGroup, TransparencyPage } from '$lib/api/transparency-contract';
import { countFeedback, fiscalQuarterRange, fiscalYearRange, respondentTypes } from '$lib/domain';
import { AccessDeniedError, policy, type Principal } from '../auth/policy';
import { recordAudit } from '../auth/audit';
import { buildExecutiveOverview } from '../reports/executive-overview';
import { buildGroupReport, overallStatistics, ReportNotFoundError } from '../reports/group-report';
import type { Store } from '../store/types';

/*
 * The "you said, we did" page of a fiscal year (issue 7): made from the same computations as the
 * reports, published by an administrator as a snapshot, withdrawn by one. What each group shows
 * is its report on its satisfaction form for the whole year; the office's overall row pools
 * every group and form, as the executive overview does.
 */

/** The page of the year as it would be published now. Throws ReportNotFoundError for an unknown office. */
export async function buildTransparencyPage(
	store: Store,
	officeId: string,
	fy: number,
	publishedBy: Pick<Principal, 'displayName'>,
	now: Date
): Promise<TransparencyPage> {
	const overview = await buildExecutiveOverview(store, { office: officeId, fy });
	// The overview lists every group active in the year; its order is by mean, the page's is the office's.
	const active = new Set(overview.groups.map((g) => g.group.id));
	const groups = (await store.groups.list(officeId)).filter((g) => active.has(g.id));
	const { start, end } = fiscalYearRange(fy);
	const firstHalfEnd = fiscalQuarterRange(fy, 2).end;
	const [parts, tally] = await Promise.all([
		Promise.all(groups.map((g) => groupPart(store, g.id, fy, overview.levelScheme))),
		store.transparency.feedbackTally(officeId, start, end)
	]);
	return {
		office: overview.office,
		fy,
		period: overview.period,
		levelScheme: overview.levelScheme,
		// Parsing drops the change since the previous year, which the page does not show.
		overall: OverallStatistics.parse(overview.overall),
		groups: parts,
		feedback: {
			...countFeedback(tally),
			firstHalf: countFeedback(tally.filter((item) => item.submittedAt < firstHalfEnd))
		},
		publishedAt: now.toISOString(),
		publishedBy: publishedBy.displayName
	};
}

async function groupPart(
	store: Store,
	groupId: string,
	fy: number,
	scheme: TransparencyPage['levelScheme']
): Promise<TransparencyGroup> {
	try {
		const report = await buildGroupReport(store, { groupId, fy });
		return {
			group: report.group,
			form: { title: report.form.title },
			respondents: report.respondents,
			overall: OverallStatistics.parse(report.overall),
			youSaid: report.lowest.map(({ key, label, meanRounded, level }) => ({
				key,
				label,
				meanRounded,
				level
			})),
			suggestions: report.openAnswers.reduce((sum, q) => sum + q.total, 0),
			weDid: report.notes.improvementActions && {
				text: report.notes.improvementActions.text,
				author: report.notes.improvementActions.author,
				updatedAt: report.notes.improvementActions.updatedAt
			}
		};
	} catch (error) {
		// A group without a satisfaction form of its own or of the office still has its place.
		if (!(error instanceof ReportNotFoundError && error.code === 'unknown-form')) throw error;
		const group = (await store.groups.list()).find((g) => g.id === groupId)!;
		return {
			group: { id: group.id, code: group.code, name: group.name, shortName: group.shortName },
			form: null,
			respondents: {
				total: 0,
				byType: respondentTypes.map((type) => ({ type, count: 0, percent: 0 }))
			},
			overall: overallStatistics(null, scheme),
			youSaid: [],
			suggestions: 0,
			weDid: null
		};
	}
}

/** Publishes (or publishes again) the year's page of the administrator's office. */
export async function publishTransparencyPage(
	store: Store,
	admin: Principal,
	fy: number,
	now: Date = new Date()
): Promise<TransparencyPage> {
	if (!policy.administer(admin, admin.officeId)) throw new AccessDeniedError('transparency');
	const page = await buildTransparencyPage(store, admin.officeId, fy, admin, now);
	await store.transparency.publish(page, admin.id);
	await recordAudit(
		store,
		{
			officeId: admin.officeId,
			actor: admin,
			action: 'transparency-published',
			subject: `fy:${fy}`,
			detail: { fy, groups: page.groups.length, responses: page.overall.responses }
		},
		now
	);
	return page;
}

/** Takes the year's page off the public site; false when it was not shown. */
export async function withdrawTransparencyPage(
	store: Store,
	admin: Principal,
	fy: number,
	now: Date = new Date()
): Promise<boolean> {
	if (!policy.administer(admin, admin.officeId)) throw new AccessDeniedError('transparency');
	const withdrawn = await store.transparency.withdraw(admin.officeId, fy, now);
	if (withdrawn) {
		await recordAudit(
			store,
			{
				officeId: admin.officeId,
				actor: admin,
				action: 'transparency-withdrawn',
				subject: `fy:${fy}`,
				detail: { fy }
			},
			now
		);
	}
	return withdrawn;
}
