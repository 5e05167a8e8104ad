import { z } from 'zod';
import { ActivityKind, ActivityStatus, IsoDate, OfficeId, RespondentType } from '$lib/domain';

/*
 * `GET /api/activities` (issue 8): the participation activities an enrolled tablet may open for
 * attendance, with what the sign-in screen needs and nothing more (no results, no notes).
 */

/** A representative the group invited, offered on the tablet for a one-tap sign-in. */
export const InvitedRepresentative = z.object({
	id: z.uuid(),
	name: z.string(),
	organisation: z.string(),
	respondentType: RespondentType
});
export type InvitedRepresentative = z.infer<typeof InvitedRepresentative>;

export const TabletActivity = z.object({
	id: z.uuid(),
	officeId: OfficeId,
	groupId: z.uuid(),
	kind: ActivityKind,
	topic: z.string(),
	heldOn: IsoDate,
	schoolId: z.uuid().nullable(),
	placeNote: z.string(),
	/** Cancelled activities are sent too, so a tablet that has one open can say so. */
	status: ActivityStatus,
	evaluationFormId: z.uuid().nullable(),
	invited: z.array(InvitedRepresentative)
});
export type TabletActivity = z.infer<typeof TabletActivity>;

export const ActivitiesResponse = z.object({ activities: z.array(TabletActivity) });
export type ActivitiesResponse = z.infer<typeof ActivitiesResponse>;
