import { z } from 'zod';
import { IsoDate, IsoDateTime } from './localized';
import { OfficeId } from './office';
import { RespondentType, respondentTypes } from './respondent';

/*
 * Participation activities (issue 8): what an office does with its stakeholders, and who came.
 * The ITA counts an activity only with its topic, who took part, the results and how they were
 * used (DOMAIN.md §4), so those four are fields of their own, not one free-text box.
 */

/** Information, opinion, consultation or training, collaboration, and committee meetings. */
export const activityKinds = [
	'information',
	'opinion',
	'training',
	'collaboration',
	'committee'
] as const;
export const ActivityKind = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const ActivityStatus = z.enum(['planned', 'held', 'cancelled']);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

const text = (max: number) => z.string().trim().max(max);

/** What a group registers before the activity; `results` and `actionsTaken` come after it. */
export const ActivityDraft = z.object({
	kind: ActivityKind,
	topic: text(300).min(1),
	heldOn: IsoDate,
	/** A school of the office, or null for the office itself (or elsewhere, named in `placeNote`). */
	schoolId: z.uuid().nullable(),
	placeNote: text(300).default(''),
	groupId: z.uuid(),
	plannedParticipants: z.int().min(0).max(100_000),
	/** A published form the participants may fill after signing in (e.g. a training evaluation). */
	evaluationFormId: z.uuid().nullable()
});
export type ActivityDraft = z.infer<typeof ActivityDraft>;

export const ActivityOutcome = z.object({
	status: ActivityStatus,
	results: text(5000).default(''),
	actionsTaken: text(5000).default('')
});
export type ActivityOutcome = z.infer<typeof ActivityOutcome>;

export const Activity = ActivityDraft.extend(ActivityOutcome.shape).extend({
	id: z.uuid(),
	officeId: OfficeId,
	createdAt: IsoDateTime,
	updatedAt: IsoDateTime,
	/** Set when an administrator lists the activity's record on the public transparency page. */
	publishedAt: IsoDateTime.nullable()
});
export type Activity = z.infer<typeof Activity>;

/** A stakeholder representative or committee member a group keeps, and may invite. */
export const Representative = z
	.object({
		id: z.uuid(),
		officeId: OfficeId,
		groupId: z.uuid(),
		name: text(200).min(1),
		organisation: text(300).default(''),
		respondentType: RespondentType,
		termStart: IsoDate,
		termEnd: IsoDate.nullable()
	})
	.refine((r) => r.termEnd === null || r.termStart <= r.termEnd, {
		path: ['termEnd'],
		message: 'the term ends before it starts',
		params: { th: 'วันสิ้นสุดวาระอยู่ก่อนวันเริ่มวาระ' }
	});
export type Representative = z.infer<typeof Representative>;

// ---------------------------------------------------------------------------------------------
// Sign-ins: collected on the shared tablet, synced through the outbox like responses

/**
 * A drawn signature, kept small: strokes in a 300 × 100 box as an SVG path of whole numbers,
 * absolute `M` to start a stroke and relative `l` steps after it ("M10 50l3 -2 4 1"). A few
 * hundred bytes a signature, and it can be drawn back as it is with `<path d=…>`.
 */
export const signatureBox = { width: 300, height: 100 } as const;
export const maxSignatureLength = 6000;
export const SignaturePath = z
	.string()
	.max(maxSignatureLength)
	.regex(/^(M-?\d+ -?\d+(l-?\d+ -?\d+( -?\d+ -?\d+)*)?)+$/, 'not a signature path');
export type SignaturePath = z.infer<typeof SignaturePath>;

export const AttendanceSignIn = z.object({
	/** UUIDv7 made on the device: the sync key, as for responses. */
	id: z.uuidv7(),
	officeId: OfficeId,
	activityId: z.uuid(),
	name: text(200).min(1),
	respondentType: RespondentType,
	/** A school of the office, or the participant's organisation in words. */
	schoolId: z.uuid().nullable(),
	organisation: text(300).default(''),
	/** Null when the participant did not sign, or the canvas could not be used. */
	signature: SignaturePath.nullable(),
	signedAt: IsoDateTime,
	deviceId: z.uuid().nullable(),
	sessionId: z.uuid().nullable()
});
export type AttendanceSignIn = z.infer<typeof AttendanceSignIn>;

/** Strokes of points in the signature box → the compact path; points outside are clamped. */
export function encodeSignature(strokes: readonly (readonly { x: number; y: number }[])[]): string {
	const clamp = (v: number, max: number) => Math.min(max, Math.max(0, Math.round(v)));
	const parts: string[] = [];
	for (const stroke of strokes) {
		const [first, ...rest] = stroke;
		if (first === undefined) continue;
		let x = clamp(first.x, signatureBox.width);
		let y = clamp(first.y, signatureBox.height);
		let part = `M${x} ${y}`;
		const steps: string[] = [];
		for (const p of rest) {
			const nx = clamp(p.x, signatureBox.width);
			const ny = clamp(p.y, signatureBox.height);
			if (nx === x && ny === y) continue;
			steps.push(`${nx - x} ${ny - y}`);
			x = nx;
			y = ny;
		}
		// A dot is a stroke too: one step of zero length keeps it visible when drawn.
		part += steps.length > 0 ? `l${steps.join(' ')}` : 'l0 0';
		parts.push(part);
	}
	return parts.join('');
}

/**
 * The same person signing twice (a second tap, or again after a break) is one participant.
 * Names are compared without titles, spacing or letter case; with the school or organisation, so
 * that two people of the same name from different schools stay two.
 */
const thaiTitles =
	/^(นาย|นางสาว|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง|ดร\.|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s*/iu;

export function personKey(
	signIn: Pick<AttendanceSignIn, 'name' | 'schoolId' | 'organisation'>
): string {
	const name = signIn.name.normalize('NFC').trim().replace(thaiTitles, '');
	const squash = (s: string) => s.normalize('NFC').toLocaleLowerCase('th').replace(/\s+/gu, '');
	return `${squash(name)}|${signIn.schoolId ?? squash(signIn.organisation)}`;
}

export interface AttendanceSummary {
	/** People, each counted once. */
	participants: number;
	/** Sign-ins that repeat a person already counted: shown, not counted. */
	duplicates: number;
	byRespondentType: Record<RespondentType, number>;
}

/** Who took part (DOMAIN.md §4, part 2): the earliest sign-in of each person counts. */
export function summarizeAttendance(
	signIns: readonly Pick<
		AttendanceSignIn,
		'id' | 'name' | 'schoolId' | 'organisation' | 'respondentType' | 'signedAt'
	>[]
): AttendanceSummary & { duplicateIds: Set<string> } {
	const byRespondentType = Object.fromEntries(respondentTypes.map((t) => [t, 0])) as Record<
		RespondentType,
		number
	>;
	const seen = new Set<string>();
	const duplicateIds = new Set<string>();
	const ordered = [...signIns].sort(
		(a, b) => Date.parse(a.signedAt) - Date.parse(b.signedAt) || a.id.localeCompare(b.id)
	);
	for (const s of ordered) {
		const key = personKey(s);
		if (seen.has(key)) {
			duplicateIds.add(s.id);
			continue;
		}
		seen.add(key);
		byRespondentType[s.respondentType] += 1;
	}
	return {
		participants: seen.size,
		duplicates: duplicateIds.size,
		byRespondentType,
		duplicateIds
	};
}
