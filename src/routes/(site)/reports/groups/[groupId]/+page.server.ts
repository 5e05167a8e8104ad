import { error, fail } from '@sveltejs/kit';
import { GroupReportQuery, ReportNoteInput, type ReportNoteKind } from '$lib/api/report-contract';
import {
	namesNoPeriod,
	queryProblems,
	readReportQuery,
	type NoteIssue
} from '$lib/components/reports/report-query';
import { fiscalYearOf } from '$lib/domain';
import { AccessDeniedError, policy } from '$lib/server/auth/policy';
import {
	buildGroupReport,
	ReportNotFoundError,
	unknownGroup
} from '$lib/server/reports/group-report';
import { saveReportNote } from '$lib/server/reports/report-notes';
import { getStore } from '$lib/server/store';
import type { Actions, PageServerLoad } from './$types';

function notFound(cause: ReportNotFoundError): never {
	error(404, `${cause.text.th} — ${cause.text.en}`);
}

// Who may open it is decided in hooks.server.ts (route-access.ts); here, which notes they may write.
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const currentFy = fiscalYearOf(new Date());
	const store = await getStore();
	// The group is looked up first so that a bad query on a real group still shows its name and
	// the filter form, while an unknown group is a 404 whatever the query.
	const group = (await store.groups.list()).find((g) => g.id === params.groupId);
	if (group === undefined) {
		notFound(unknownGroup(params.groupId));
	}
	const schools = (await store.schools.list(group.officeId)).map((s) => ({
		id: s.id,
		name: s.name
	}));
	const user = locals.user;
	const base = {
		currentFy,
		notes: {
			author: user?.displayName ?? '',
			canWrite: {
				executiveOpinion: user !== null && policy.writeReportNote(user, group, 'executive-opinion'),
				improvementActions:
					user !== null && policy.writeReportNote(user, group, 'improvement-actions')
			}
		},
		group: { id: group.id, code: group.code, name: group.name, shortName: group.shortName },
		schools
	};

	const raw = readReportQuery(url.searchParams);
	if (namesNoPeriod(raw)) raw.fy = String(currentFy);
	const parsed = GroupReportQuery.safeParse(raw);
	if (!parsed.success) {
		return { ...base, query: null, problems: queryProblems(parsed.error), report: null };
	}
	try {
		const report = await buildGroupReport(store, { ...parsed.data, groupId: group.id });
		return { ...base, query: parsed.data, problems: [], report };
	} catch (cause) {
		if (cause instanceof ReportNotFoundError) notFound(cause);
		throw cause;
	}
};

function noteIssue(field: PropertyKey | undefined): NoteIssue {
	if (field === 'text' || field === 'author' || field === 'kind') return field;
	return 'period';
}

export const actions: Actions = {
	saveNote: async ({ params, request, locals }) => {
		if (locals.user === null) error(401);
		const data = await request.formData();
		const field = (name: string) => {
			const value = data.get(name);
			return typeof value === 'string' ? value : '';
		};
		const kind = field('kind');
		const text = field('text');
		// Blank: signed with the user's own name.
		const author = field('author');
		const parsed = ReportNoteInput.safeParse({
			// An empty field becomes NaN or 0 here and is refused by the schema, never guessed.
			fy: Number(field('fy')),
			quarter: field('quarter') === '' ? null : Number(field('quarter')),
			kind,
			text,
			author: author.trim() === '' ? undefined : author
		});
		if (!parsed.success) {
			const issues = [...new Set(parsed.error.issues.map((i) => noteIssue(i.path[0])))];
			return fail(400, { kind, text, author, issues, saved: false as const });
		}
		try {
			const note = await saveReportNote(await getStore(), params.groupId, parsed.data, locals.user);
			return {
				kind: note.kind as ReportNoteKind | string,
				text: note.text,
				author: note.author,
				issues: [] as NoteIssue[],
				saved: true as const
			};
		} catch (cause) {
			if (cause instanceof AccessDeniedError) {
				return fail(403, {
					kind,
					text,
					author,
					issues: ['forbidden'] as NoteIssue[],
					saved: false as const
				});
			}
			if (cause instanceof ReportNotFoundError) {
				return fail(404, {
					kind,
					text,
					author,
					issues: ['notFound'] as NoteIssue[],
					saved: false as const
				});
			}
			throw cause;
		}
	}
};
