import { error } from '@sveltejs/kit';
import { MAX_NOTE_LENGTH, ReportNote, ReportNoteInput } from '$lib/api/report-contract';
import { issuesFromZod } from '$lib/domain';
import { AccessDeniedError } from '$lib/server/auth/policy';
import { invalidRequest, malformedJson, readJsonBody } from '$lib/server/http/read-body';
import { apiError, respond } from '$lib/server/http/respond';
import { ReportNotFoundError } from '$lib/server/reports/group-report';
import { saveReportNote } from '$lib/server/reports/report-notes';
import { getStore } from '$lib/server/store';
import type { RequestHandler } from './$types';

/** A note's text in UTF-8 at most 4 bytes a character, and room for the other fields. */
const maxBodyBytes = MAX_NOTE_LENGTH * 4 + 2048;

/**
 * Records the executive's opinion or the group's improvement actions on a report. hooks.server.ts
 * lets in the group's executive and leader; which of them may write which note is decided by
 * saveReportNote.
 */
export const PUT: RequestHandler = async ({ params, request, locals }) => {
	if (locals.user === null) error(401);
	const body = await readJsonBody(request, maxBodyBytes);
	if (!body.ok) {
		if (body.reason === 'malformed-json') return malformedJson();
		return invalidRequest(
			body.reason === 'too-large'
				? { th: `ข้อมูลยาวเกิน ${maxBodyBytes} ไบต์`, en: `it is over ${maxBodyBytes} bytes` }
				: { th: 'อ่านข้อมูลที่ส่งมาไม่ได้', en: 'the body could not be read' }
		);
	}
	const parsed = ReportNoteInput.safeParse(body.value);
	if (!parsed.success) {
		const issue = issuesFromZod(parsed.error)[0];
		return invalidRequest({
			th: `${issue?.path ?? ''}: ${issue?.message.th ?? 'ข้อมูลไม่ครบ'}`,
			en: `${issue?.path ?? ''}: ${issue?.message.en ?? 'fields are missing'}`
		});
	}
	try {
		const note = await saveReportNote(await getStore(), params.groupId, parsed.data, locals.user);
		return respond(ReportNote, note);
	} catch (cause) {
		if (cause instanceof ReportNotFoundError) return apiError(404, cause.code, cause.text);
		if (cause instanceof AccessDeniedError) return apiError(403, 'forbidden', cause.text);
		throw cause;
	}
};
