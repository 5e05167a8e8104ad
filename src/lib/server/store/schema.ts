import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	foreignKey,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Answers, FeedbackContact, FormDefinition } from '$lib/domain';

/*
 * The one Postgres schema, for PGlite and PostgreSQL alike. Every row names its office so that one
 * server can hold several offices and every query can be scoped to one. Instants are timestamptz
 * (stored in UTC); fiscal years are computed in Asia/Bangkok by the code that reads them.
 * Enumerations stay `text`: the domain's zod schemas are the one place they are defined, and every
 * write is validated against them before it reaches the store.
 */

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const recordedAt = () => instant('recorded_at').notNull().defaultNow();

export const offices = pgTable(
	'offices',
	{
		/** The office id is the office's own key (e.g. `spp-demo`), so it is the `office_id` elsewhere. */
		id: text('id').primaryKey(),
		kind: text('kind').notNull(),
		nameTh: text('name_th').notNull(),
		nameEn: text('name_en'),
		province: text('province').notNull(),
		levelScheme: text('level_scheme').notNull(),
		recordedAt: recordedAt()
	},
	(t) => [check('offices_level_scheme', sql`${t.levelScheme} in ('0.5', '0.8')`)]
);

export const groups = pgTable(
	'groups',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		code: text('code').notNull(),
		nameTh: text('name_th').notNull(),
		nameEn: text('name_en'),
		shortName: text('short_name').notNull(),
		activeFromFy: integer('active_from_fy'),
		activeToFy: integer('active_to_fy'),
		sortOrder: integer('sort_order').notNull().default(0),
		recordedAt: recordedAt()
	},
	(t) => [unique('groups_office_code').on(t.officeId, t.code)]
);

export const schools = pgTable(
	'schools',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		code: text('code').notNull(),
		nameTh: text('name_th').notNull(),
		nameEn: text('name_en'),
		district: text('district'),
		recordedAt: recordedAt()
	},
	(t) => [unique('schools_office_code').on(t.officeId, t.code)]
);

/** One row per form version; a published version is frozen, so responses can name it forever. */
export const forms = pgTable(
	'forms',
	{
		id: uuid('id').notNull(),
		version: integer('version').notNull(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		groupId: uuid('group_id').references(() => groups.id),
		kind: text('kind').notNull(),
		titleTh: text('title_th').notNull(),
		definition: jsonb('definition').$type<FormDefinition>().notNull(),
		contentHash: text('content_hash').notNull(),
		publishedAt: instant('published_at'),
		recordedAt: recordedAt()
	},
	(t) => [
		primaryKey({ name: 'forms_pkey', columns: [t.id, t.version] }),
		check('forms_version_positive', sql`${t.version} >= 1`),
		index('forms_office_published').on(t.officeId, t.publishedAt)
	]
);

export const responses = pgTable(
	'responses',
	{
		/** UUIDv7 made on the device: the sync key, so a re-sent response is recognised, not doubled. */
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		formId: uuid('form_id').notNull(),
		formVersion: integer('form_version').notNull(),
		groupId: uuid('group_id')
			.notNull()
			.references(() => groups.id),
		schoolId: uuid('school_id').references(() => schools.id),
		respondentType: text('respondent_type').notNull(),
		respondentTypeOther: text('respondent_type_other'),
		answers: jsonb('answers').$type<Answers>().notNull(),
		startedAt: instant('started_at').notNull(),
		submittedAt: instant('submitted_at').notNull(),
		deviceId: uuid('device_id'),
		collectorId: uuid('collector_id'),
		sessionId: uuid('session_id'),
		/** The participation activity this response evaluates (issue 8); null for a survey. */
		activityId: uuid('activity_id').references(() => activities.id),
		/** sha256 of the canonical JSON of the validated record: tells a re-send from a conflict. */
		contentHash: text('content_hash').notNull(),
		recordedAt: recordedAt(),
		/**
		 * The survey link (issue 8) a response came through, from a respondent's own phone; null for
		 * a tablet's. Not part of the content hash: it is where the response came from, not what it says.
		 */
		surveyLinkId: uuid('survey_link_id').references((): PgColumn => surveyLinks.id)
	},
	(t) => [
		index('responses_activity').on(t.activityId),
		foreignKey({
			name: 'responses_form_version_fk',
			columns: [t.formId, t.formVersion],
			foreignColumns: [forms.id, forms.version]
		}),
		index('responses_office_group_submitted').on(t.officeId, t.groupId, t.submittedAt),
		index('responses_form_version').on(t.formId, t.formVersion),
		index('responses_device').on(t.deviceId),
		index('responses_survey_link').on(t.surveyLinkId)
	]
);

/**
 * The rating answers of `responses.answers`, one row each, written in the same transaction, so
 * reports can compute n, mean, S.D. and the 1–5 distribution in SQL. The filter columns are copied
 * from the response (never updated: responses are immutable).
 */
export const ratingAnswers = pgTable(
	'rating_answers',
	{
		responseId: uuid('response_id')
			.notNull()
			.references(() => responses.id, { onDelete: 'cascade' }),
		questionKey: text('question_key').notNull(),
		officeId: text('office_id').notNull(),
		formId: uuid('form_id').notNull(),
		formVersion: integer('form_version').notNull(),
		dimension: text('dimension').notNull(),
		value: smallint('value').notNull(),
		groupId: uuid('group_id').notNull(),
		schoolId: uuid('school_id'),
		respondentType: text('respondent_type').notNull(),
		submittedAt: instant('submitted_at').notNull()
	},
	(t) => [
		primaryKey({ name: 'rating_answers_pkey', columns: [t.responseId, t.questionKey] }),
		check('rating_answers_value_1_to_5', sql`${t.value} between 1 and 5`),
		index('rating_answers_office_group_submitted').on(t.officeId, t.groupId, t.submittedAt),
		index('rating_answers_form_question').on(t.formId, t.formVersion, t.questionKey)
	]
);

/*
 * Daily rollups of `rating_answers`, kept in the same transaction as the rows they count
 * (responses.repo.ts), so that a report over a year reads a few thousand sums instead of a
 * million answers. A response belongs to one Bangkok day, one group, form version and respondent
 * type, so counts of responses add up across days as well as counts of answers. A report
 * filtered by school, or over a period that does not start and end at Bangkok midnight, reads
 * `rating_answers` instead (reports/rating-aggregates.ts).
 */
const rollupKey = () => ({
	officeId: text('office_id').notNull(),
	groupId: uuid('group_id').notNull(),
	formId: uuid('form_id').notNull(),
	formVersion: integer('form_version').notNull(),
	/** The Bangkok calendar day of submission. */
	day: date('day', { mode: 'string' }).notNull(),
	respondentType: text('respondent_type').notNull()
});

/** The key columns every rollup row starts with, in primary-key order. */
export function rollupKeyColumns<T extends Record<keyof ReturnType<typeof rollupKey>, PgColumn>>(
	t: T
): [PgColumn, PgColumn, PgColumn, PgColumn, PgColumn, PgColumn] {
	return [t.officeId, t.groupId, t.formId, t.formVersion, t.day, t.respondentType];
}

/** How many answers were 1, 2, 3, 4 and 5. */
const levelCounts = () => ({
	c1: integer('c1').notNull(),
	c2: integer('c2').notNull(),
	c3: integer('c3').notNull(),
	c4: integer('c4').notNull(),
	c5: integer('c5').notNull()
});

/** Answers 1..5 per item and day. */
export const ratingDaily = pgTable(
	'rating_daily',
	{
		...rollupKey(),
		questionKey: text('question_key').notNull(),
		dimension: text('dimension').notNull(),
		...levelCounts()
	},
	(t) => [
		primaryKey({
			name: 'rating_daily_pkey',
			columns: [...rollupKeyColumns(t), t.questionKey, t.dimension]
		}),
		index('rating_daily_office_day').on(t.officeId, t.day)
	]
);

/**
 * Per dimension and day: the answers 1..5 and the responses with at least one answer in the
 * dimension; and, under dimension '' (which no dimension key can be), the same over every item:
 * the overall counts and the n of respondents a report shows. The trend and the overview read only
 * those rows.
 */
export const ratingDailyDimensions = pgTable(
	'rating_daily_dimensions',
	{
		...rollupKey(),
		dimension: text('dimension').notNull(),
		responses: integer('responses').notNull(),
		...levelCounts()
	},
	(t) => [
		primaryKey({
			name: 'rating_daily_dimensions_pkey',
			columns: [...rollupKeyColumns(t), t.dimension]
		}),
		index('rating_daily_dimensions_office_day').on(t.officeId, t.day)
	]
);

export const feedback = pgTable(
	'feedback',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		kind: text('kind').notNull(),
		track: text('track').notNull(),
		groupId: uuid('group_id').references(() => groups.id),
		schoolId: uuid('school_id').references(() => schools.id),
		subject: text('subject'),
		body: text('body').notNull(),
		anonymous: boolean('anonymous').notNull(),
		/** PDPA: null unless the person chose to be contacted. */
		contact: jsonb('contact').$type<FeedbackContact>(),
		channel: text('channel').notNull(),
		submittedAt: instant('submitted_at').notNull(),
		deviceId: uuid('device_id'),
		contentHash: text('content_hash').notNull(),
		recordedAt: recordedAt(),
		/**
		 * `ABCD-EFGH`, given by the server on insert (issue 7): the submitter's key to its status.
		 * Not part of the content hash: a tablet's copy of the item never has one.
		 */
		trackingCode: text('tracking_code').notNull(),
		status: text('status').notNull().default('received'),
		statusChangedAt: instant('status_changed_at').notNull().defaultNow()
	},
	(t) => [
		check('feedback_anonymous_without_contact', sql`not ${t.anonymous} or ${t.contact} is null`),
		index('feedback_office_track_submitted').on(t.officeId, t.track, t.submittedAt),
		unique('feedback_tracking_code').on(t.trackingCode),
		index('feedback_office_status').on(t.officeId, t.status)
	]
);

/**
 * The written side of a feedback item's life: office replies (public, or internal notes for the
 * triage) and the submitter's follow-ups sent with the tracking code (author null, public: the
 * code already shows the item's own body, and the submitter sees the whole exchange).
 */
export const feedbackReplies = pgTable(
	'feedback_replies',
	{
		/** UUIDv7: sorts by time. */
		id: uuid('id').primaryKey(),
		feedbackId: uuid('feedback_id')
			.notNull()
			.references(() => feedback.id, { onDelete: 'cascade' }),
		/** The staff member; null for the submitter's own follow-up. */
		authorId: uuid('author_id').references(() => users.id),
		text: text('text').notNull(),
		at: instant('at').notNull(),
		/** Shown to whoever holds the tracking code. */
		public: boolean('public').notNull(),
		/** The status this reply set, if it came with a status change (triage, issue 7). */
		status: text('status')
	},
	(t) => [index('feedback_replies_feedback_at').on(t.feedbackId, t.at)]
);

/**
 * Tablets allowed to sync. The id is the device's own (made on the tablet), the `deviceId` its
 * records carry. Only a hash of the device token is kept: a copy of the database does not let
 * anyone sync as the device.
 */
export const devices = pgTable(
	'devices',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		name: text('name').notNull(),
		/** sha256 (hex) of the device token. */
		tokenHash: text('token_hash').notNull(),
		enrolledAt: instant('enrolled_at').notNull(),
		lastSeenAt: instant('last_seen_at'),
		/** A revoked device gets 401 until it is enrolled again with a new code. */
		revokedAt: instant('revoked_at'),
		recordedAt: recordedAt()
	},
	(t) => [unique('devices_token_hash').on(t.tokenHash), index('devices_office').on(t.officeId)]
);

/**
 * One-time codes an administrator hands to whoever enrolls a tablet. Only a hash is kept; used
 * and expired codes stay, as the record of which code enrolled which device.
 */
export const enrollmentCodes = pgTable(
	'enrollment_codes',
	{
		/** sha256 (hex) of the normalized code. */
		codeHash: text('code_hash').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		createdAt: instant('created_at').notNull(),
		expiresAt: instant('expires_at').notNull(),
		usedAt: instant('used_at'),
		usedByDevice: uuid('used_by_device'),
		recordedAt: recordedAt()
	},
	(t) => [index('enrollment_codes_office').on(t.officeId)]
);

/**
 * Records sent under an id the server already holds with other content. The stored record is
 * never overwritten; what was sent is kept here for an administrator. One row per id and content,
 * however often it is resent.
 */
export const syncConflicts = pgTable(
	'sync_conflicts',
	{
		id: uuid('id').primaryKey(),
		/** The office the record sent names (validated, so one the store holds). */
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		recordKind: text('record_kind').notNull(),
		recordId: uuid('record_id').notNull(),
		/** The enrolled device that sent it, or the device named by an imported file. */
		deviceId: uuid('device_id'),
		/** `sync` (POST /api/sync) or `import` (an outbox export file). */
		source: text('source').notNull(),
		received: jsonb('received').notNull(),
		receivedHash: text('received_hash').notNull(),
		firstReceivedAt: instant('first_received_at').notNull(),
		lastReceivedAt: instant('last_received_at').notNull(),
		times: integer('times').notNull().default(1)
	},
	(t) => [
		unique('sync_conflicts_record_content').on(t.recordId, t.receivedHash),
		index('sync_conflicts_office_received').on(t.officeId, t.lastReceivedAt)
	]
);

/**
 * What was written on a group's report for a fiscal year or quarter: the executive's opinion
 * (ความเห็น/ข้อสั่งการ) and the improvement actions the group took. One of each per report; a new
 * text replaces the old. Quarter 0 stands for the whole year, so the key needs no nullable column.
 */
export const reportNotes = pgTable(
	'report_notes',
	{
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		groupId: uuid('group_id')
			.notNull()
			.references(() => groups.id),
		fy: integer('fy').notNull(),
		quarter: smallint('quarter').notNull(),
		kind: text('kind').notNull(),
		body: text('body').notNull(),
		author: text('author').notNull(),
		updatedAt: instant('updated_at').notNull()
	},
	(t) => [
		primaryKey({ name: 'report_notes_pkey', columns: [t.groupId, t.fy, t.quarter, t.kind] }),
		check('report_notes_quarter_0_to_4', sql`${t.quarter} between 0 and 4`),
		index('report_notes_office_period').on(t.officeId, t.fy, t.quarter)
	]
);

/**
 * The public transparency page of a fiscal year ("you said, we did", issue 7), as an administrator
 * published it: a snapshot, so the evidence an office links from its ITA disclosure does not
 * change under the reader when later records sync; publishing again replaces it. A withdrawn page
 * keeps its row (and the audit log says who withdrew it) but is no longer shown.
 */
export const transparencyPages = pgTable(
	'transparency_pages',
	{
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		fy: integer('fy').notNull(),
		/** The page as published: TransparencyPage of $lib/api/transparency-contract, validated on read. */
		content: jsonb('content').$type<Record<string, unknown>>().notNull(),
		publishedAt: instant('published_at').notNull(),
		/** The administrator's user id, as the audit log keeps it (no key: users may go). */
		publishedBy: uuid('published_by'),
		withdrawnAt: instant('withdrawn_at')
	},
	(t) => [primaryKey({ name: 'transparency_pages_pkey', columns: [t.officeId, t.fy] })]
);

/**
 * Participation activities (issue 8): what a group does with its stakeholders. The four parts the
 * ITA counts (DOMAIN.md §4) are columns of their own: the topic, who took part (the sign-ins),
 * the results and the actions taken.
 */
export const activities = pgTable(
	'activities',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		groupId: uuid('group_id')
			.notNull()
			.references(() => groups.id),
		kind: text('kind').notNull(),
		topic: text('topic').notNull(),
		/** The Bangkok calendar day it is held on. */
		heldOn: date('held_on', { mode: 'string' }).notNull(),
		schoolId: uuid('school_id').references(() => schools.id),
		placeNote: text('place_note').notNull().default(''),
		plannedParticipants: integer('planned_participants').notNull().default(0),
		/** A form id (any version): the version a tablet fills is the latest published one. */
		evaluationFormId: uuid('evaluation_form_id'),
		status: text('status').notNull().default('planned'),
		results: text('results').notNull().default(''),
		actionsTaken: text('actions_taken').notNull().default(''),
		createdAt: instant('created_at').notNull(),
		updatedAt: instant('updated_at').notNull(),
		/** Set while the record is on the public transparency page. */
		publishedAt: instant('published_at'),
		/**
		 * The record as an administrator published it (PublishedActivity of
		 * $lib/api/activities-contract): a snapshot, like the transparency pages, so the evidence
		 * does not change under its readers when a late sign-in syncs. Kept when withdrawn.
		 */
		publishedRecord: jsonb('published_record').$type<Record<string, unknown>>()
	},
	(t) => [
		check('activities_planned_participants', sql`${t.plannedParticipants} >= 0`),
		index('activities_office_held').on(t.officeId, t.heldOn),
		index('activities_group_held').on(t.groupId, t.heldOn)
	]
);

/** Stakeholder representatives and committee members a group keeps (issue 8). */
export const representatives = pgTable(
	'representatives',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		groupId: uuid('group_id')
			.notNull()
			.references(() => groups.id),
		name: text('name').notNull(),
		organisation: text('organisation').notNull().default(''),
		respondentType: text('respondent_type').notNull(),
		termStart: date('term_start', { mode: 'string' }).notNull(),
		termEnd: date('term_end', { mode: 'string' }),
		recordedAt: recordedAt()
	},
	(t) => [
		check('representatives_term', sql`${t.termEnd} is null or ${t.termStart} <= ${t.termEnd}`),
		index('representatives_group').on(t.groupId)
	]
);

/**
 * Who was invited to an activity: what a tablet offers for a quick sign-in. Removing a
 * representative removes their invitations; who actually came is in the sign-ins.
 */
export const activityInvitations = pgTable(
	'activity_invitations',
	{
		activityId: uuid('activity_id')
			.notNull()
			.references(() => activities.id, { onDelete: 'cascade' }),
		representativeId: uuid('representative_id')
			.notNull()
			.references(() => representatives.id, { onDelete: 'cascade' }),
		invitedAt: instant('invited_at').notNull()
	},
	(t) => [
		primaryKey({
			name: 'activity_invitations_pkey',
			columns: [t.activityId, t.representativeId]
		}),
		index('activity_invitations_representative').on(t.representativeId)
	]
);

/**
 * Attendance sign-ins collected on the shared tablets, synced like responses: keyed by the
 * device's UUIDv7, idempotent, immutable. A sign-in for a cancelled activity is kept (the page
 * flags it); a second sign-in of one person is kept and counted once.
 */
export const attendanceSignIns = pgTable(
	'attendance_sign_ins',
	{
		id: uuid('id').primaryKey(),
		activityId: uuid('activity_id')
			.notNull()
			.references(() => activities.id),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		name: text('name').notNull(),
		respondentType: text('respondent_type').notNull(),
		schoolId: uuid('school_id').references(() => schools.id),
		organisation: text('organisation').notNull(),
		/** The compact SVG path of a drawn signature (SignaturePath), or null. */
		signature: text('signature'),
		signedAt: instant('signed_at').notNull(),
		deviceId: uuid('device_id'),
		sessionId: uuid('session_id'),
		contentHash: text('content_hash').notNull(),
		recordedAt: recordedAt()
	},
	(t) => [
		index('attendance_sign_ins_activity_signed').on(t.activityId, t.signedAt),
		index('attendance_sign_ins_device').on(t.deviceId)
	]
);

/**
 * A survey published by link or QR code (issue 8), for respondents to fill on their own phones.
 * The code is the link's only credential; a revoked link takes no more responses.
 */
export const surveyLinks = pgTable(
	'survey_links',
	{
		id: uuid('id').primaryKey(),
		/** SurveyLinkCode: 10 characters, in the address after `#`. */
		code: text('code').notNull(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		groupId: uuid('group_id')
			.notNull()
			.references(() => groups.id),
		/** The form; each response names the version it was filled on (the latest published one). */
		formId: uuid('form_id').notNull(),
		schoolId: uuid('school_id').references(() => schools.id),
		/** The participation activity it evaluates. No key: activities are another part's table. */
		activityId: uuid('activity_id'),
		/** false: one response per phone (see survey_ballots). */
		allowMultiple: boolean('allow_multiple').notNull(),
		/** The user who made it, as the audit log keeps it (no key: users may go). */
		createdBy: uuid('created_by'),
		createdAt: instant('created_at').notNull(),
		revokedAt: instant('revoked_at')
	},
	(t) => [
		unique('survey_links_code').on(t.code),
		index('survey_links_office_group').on(t.officeId, t.groupId)
	]
);

/**
 * One row per ballot key that answered a one-response-per-phone link: a sha256 of the link id and
 * the key, never the key, so neither this table nor the responses can tell who answered, nor join
 * one phone's answers across links. The primary key refuses a second response under the same key,
 * even from two requests at once. A phone presents two keys (its IndexedDB one and the server's
 * cookie), and each gets a row.
 */
export const surveyBallots = pgTable(
	'survey_ballots',
	{
		surveyLinkId: uuid('survey_link_id')
			.notNull()
			.references(() => surveyLinks.id),
		ballotHash: text('ballot_hash').notNull(),
		responseId: uuid('response_id')
			.notNull()
			.references(() => responses.id)
	},
	(t) => [
		primaryKey({ name: 'survey_ballots_pkey', columns: [t.surveyLinkId, t.ballotHash] }),
		index('survey_ballots_response').on(t.responseId)
	]
);

/**
 * People who sign in: administrators, executives, group leaders and supervisors. Respondents have
 * no account. Only an argon2id hash of the password is kept.
 */
export const users = pgTable(
	'users',
	{
		id: uuid('id').primaryKey(),
		officeId: text('office_id')
			.notNull()
			.references(() => offices.id),
		/** Lower case, as typed at sign-in after trimming. */
		username: text('username').notNull(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		createdAt: instant('created_at').notNull(),
		/** A disabled user cannot sign in, and every session of theirs ends. */
		disabledAt: instant('disabled_at'),
		recordedAt: recordedAt()
	},
	(t) => [unique('users_username').on(t.username), index('users_office').on(t.officeId)]
);

/** A role a user holds; group leaders hold theirs for one group. */
export const userRoles = pgTable(
	'user_roles',
	{
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role').notNull(),
		/** The group of a group leader; null for the office-wide roles. */
		groupId: uuid('group_id').references(() => groups.id),
		grantedAt: instant('granted_at').notNull()
	},
	(t) => [
		unique('user_roles_user_role_group').on(t.userId, t.role, t.groupId).nullsNotDistinct(),
		check(
			'user_roles_group_only_for_leaders',
			sql`(${t.role} = 'group_leader') = (${t.groupId} is not null)`
		)
	]
);

/**
 * Signed-in browsers. The id is the sha256 of the cookie's token, so a copy of the table does not
 * let anyone sign in as its users.
 */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: instant('created_at').notNull(),
		expiresAt: instant('expires_at').notNull()
	},
	(t) => [index('sessions_user').on(t.userId)]
);

/** Failed sign-ins per account name and per client address, to slow guessing down. */
export const signInThrottle = pgTable('sign_in_throttle', {
	/** `user:<username>` or `ip:<address>`. */
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	lastFailureAt: instant('last_failure_at').notNull()
});

/** Who did what that an administrator must be able to account for. Append only. */
export const auditLog = pgTable(
	'audit_log',
	{
		/** UUIDv7: sorts by time. */
		id: uuid('id').primaryKey(),
		officeId: text('office_id').references(() => offices.id),
		at: instant('at').notNull(),
		/** The signed-in user, or null for the command line and failed sign-ins. */
		actorId: uuid('actor_id'),
		/** As it was then: a user may be renamed later. */
		actorName: text('actor_name'),
		action: text('action').notNull(),
		/** What it was done to, e.g. a user id, a device id, a group report. */
		subject: text('subject'),
		detail: jsonb('detail').$type<Record<string, unknown>>()
	},
	(t) => [index('audit_log_office_at').on(t.officeId, t.at)]
);

export const schema = {
	offices,
	groups,
	schools,
	forms,
	responses,
	ratingAnswers,
	feedback,
	feedbackReplies,
	devices,
	enrollmentCodes,
	syncConflicts,
	reportNotes,
	transparencyPages,
	surveyLinks,
	surveyBallots,
	users,
	userRoles,
	sessions,
	signInThrottle,
	auditLog,
	activities,
	representatives,
	activityInvitations,
	attendanceSignIns
};
export type Schema = typeof schema;
