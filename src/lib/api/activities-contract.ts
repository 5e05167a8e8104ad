import { z } from 'zod';
import {
	Activity,
	ActivityKind,
	ActivityStatus,
	IsoDate,
	IsoDateTime,
	Key,
	LevelScheme,
	LocalizedText,
	OfficeId,
	RespondentType
} from '$lib/domain';
import { GroupSummary, OverallStatistics, ReportStatistics } from './report-contract';

/*
 * Participation activities (issue 8) as the server sends them: to the tablets (GET
 * /api/activities), to the staff pages (the activity record) and to the public transparency page
 * (a published record: the four parts the ITA counts, DOMAIN.md §4, and no one's name).
 */

// ---------------------------------------------------------------------------------------------
// GET /api/activities: what an enrolled tablet needs to open an activity for sign-in, offline

/** A representative invited to the activity: offered on the tablet for a one-tap sign-in. */
export const InvitedRepresentative = z.object({
	representativeId: z.uuid(),
	name: z.string(),
	organisation: z.string(),
	respondentType: RespondentType
});
export type InvitedRepresentative = z.infer<typeof InvitedRepresentative>;

export const DeviceActivity = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	groupId: z.uuid(),
	kind: ActivityKind,
	topic: z.string(),
	/** The Bangkok calendar day it is held on. */
	heldOn: IsoDate,
	/** A school of the office (in /api/schools), or null: the office or `placeNote`. */
	schoolId: z.uuid().nullable(),
	placeNote: z.string(),
	/**
	 * `cancelled` activities are listed too, so a tablet can say so instead of "not found"; a
	 * sign-in sent for one is still stored (and flagged on the activity page).
	 */
	status: ActivityStatus,
	/** A form id of /api/forms (its latest published version); null: no evaluation. */
	evaluationFormId: z.uuid().nullable(),
	invited: z.array(InvitedRepresentative)
});
export type DeviceActivity = z.infer<typeof DeviceActivity>;

/**
 * The tablet's office's activities held from `from` to `to` (Bangkok days, both included), by
 * date then topic. Conditional with ETag / If-None-Match like the other master data.
 */
export const ActivitiesResponse = z.object({
	from: IsoDate,
	to: IsoDate,
	activities: z.array(DeviceActivity)
});
export type ActivitiesResponse = z.infer<typeof ActivitiesResponse>;

// ---------------------------------------------------------------------------------------------
// The activity record: the evidence of one activity

const counts = z.record(RespondentType, z.int().min(0));

/** Who took part, each person counted once (summarizeAttendance). */
export const AttendanceCounts = z.object({
	participants: z.int().min(0),
	/** Sign-ins repeating a person already counted: listed, not counted. */
	duplicates: z.int().min(0),
	byRespondentType: counts
});
export type AttendanceCounts = z.infer<typeof AttendanceCounts>;

/** One line of the attendance list, for the staff pages only (names are personal data). */
export const AttendanceLine = z.object({
	id: z.uuid(),
	name: z.string(),
	respondentType: RespondentType,
	/** The school's name, or the organisation as written. */
	affiliation: z.string(),
	signature: z.string().nullable(),
	signedAt: IsoDateTime,
	/** Repeats a person signed in earlier: shown, not counted. */
	duplicate: z.boolean()
});
export type AttendanceLine = z.infer<typeof AttendanceLine>;

/** The evaluation: the responses that name the activity, with the reports' statistics. */
export const ActivityEvaluation = z.object({
	form: z.object({ id: z.uuid(), title: LocalizedText }).nullable(),
	overall: OverallStatistics,
	items: z.array(ReportStatistics.extend({ key: Key, label: LocalizedText }))
});
export type ActivityEvaluation = z.infer<typeof ActivityEvaluation>;

export const ActivityRecord = z.object({
	activity: Activity,
	office: z.object({ id: OfficeId, name: LocalizedText }),
	group: GroupSummary,
	school: z.object({ id: z.uuid(), name: LocalizedText }).nullable(),
	levelScheme: LevelScheme,
	attendance: AttendanceCounts,
	signIns: z.array(AttendanceLine),
	evaluation: ActivityEvaluation
});
export type ActivityRecord = z.infer<typeof ActivityRecord>;

/**
 * An activity as the public transparency page shows it: topic, who took part (counted by type),
 * the results and how they were used. A snapshot taken when an administrator published it.
 */
export const PublishedActivity = z.object({
	id: z.uuid(),
	fy: z.int(),
	kind: ActivityKind,
	topic: z.string(),
	heldOn: IsoDate,
	group: GroupSummary,
	place: z.object({ school: LocalizedText.nullable(), note: z.string() }),
	attendance: AttendanceCounts,
	evaluation: z.object({
		form: z.object({ title: LocalizedText }).nullable(),
		overall: OverallStatistics
	}),
	results: z.string(),
	actionsTaken: z.string(),
	publishedAt: IsoDateTime
});
export type PublishedActivity = z.infer<typeof PublishedActivity>;
