import { z } from 'zod';
import {
	ApiError,
	FormsResponse,
	GroupsResponse,
	HealthResponse,
	OfficesResponse,
	SchoolsResponse
} from '$lib/api/contract';
import {
	ExecutiveOverview,
	GroupReport,
	GroupReportQuery,
	ReportNote,
	ReportNoteInput,
	reportQueryNumbers
} from '$lib/api/report-contract';
import { IsoDate } from '$lib/domain';
import { ActivitiesResponse } from '$lib/api/activities-contract';
import { SignInRequest, SignInResponse, SignOutRequest } from '$lib/api/auth-contract';
import {
	DeviceSupervisorRequest,
	DeviceSupervisorResponse,
	DeviceSupervisorsResponse
} from '$lib/api/device-supervisor-contract';
import {
	FeedbackStatusLookup,
	FormDefinition,
	Group,
	Office,
	OfficeId,
	PublicFeedbackCreated,
	PublicFeedbackRequest,
	PublicFeedbackSubmission,
	School
} from '$lib/domain';
import {
	EnrollmentRequest,
	EnrollmentResponse,
	maxBatchBytes,
	maxBatchRecords,
	maxRequestBytes,
	SyncLimitsExceeded,
	SyncRequest,
	SyncResponse
} from '$lib/sync/protocol';
import {
	PublicSurvey,
	PublicSurveyAccepted,
	PublicSurveySubmission
} from '$lib/api/survey-link-contract';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the endpoints validate with.
 * A new endpoint adds its schemas to `components` and its operation to `operations`; a test
 * checks that every `+server.ts` under /api is listed here.
 */
const components = {
	ApiError,
	PublicFeedbackRequest: PublicFeedbackRequest.extend({ submission: PublicFeedbackSubmission }),
	PublicFeedbackCreated,
	FeedbackStatusLookup,
	FormDefinition,
	Group,
	Office,
	School,
	FormsResponse,
	GroupsResponse,
	HealthResponse,
	OfficesResponse,
	SchoolsResponse,
	EnrollmentRequest,
	EnrollmentResponse,
	SyncRequest,
	SyncResponse,
	SyncLimitsExceeded,
	GroupReport,
	ExecutiveOverview,
	ReportNote,
	ReportNoteInput,
	SignInRequest,
	SignInResponse,
	SignOutRequest,
	DeviceSupervisorRequest,
	DeviceSupervisorResponse,
	DeviceSupervisorsResponse,
	PublicSurvey,
	PublicSurveySubmission,
	PublicSurveyAccepted,
	ActivitiesResponse
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof components;

interface Operation {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	path: string;
	summary: string;
	description?: string;
	parameters?: Array<{
		name: string;
		in: 'query' | 'path' | 'header';
		schema: z.ZodType;
		description: string;
		/** Path parameters always are; a query parameter says so. */
		required?: boolean;
	}>;
	requestBody?: ComponentName;
	/** The device token (`Authorization: Bearer …`) of an enrolled device. */
	security?: 'deviceToken' | 'sessionCookie';
	responses: Record<number, { description: string; schema?: ComponentName }>;
}

const securitySchemes = {
	sessionCookie: {
		type: 'apiKey',
		in: 'cookie',
		name: 'ruamjai_session',
		description:
			'The session of a signed-in user (POST /api/auth/sign-in or the sign-in page). Without it: 401; with a user whose roles do not allow it: 403.'
	},
	deviceToken: {
		type: 'http',
		scheme: 'bearer',
		description:
			'The token a device received from POST /api/devices/enroll. The server keeps only its hash; an administrator can revoke it.'
	}
};

const officeParameter = {
	name: 'office',
	in: 'query' as const,
	schema: OfficeId,
	description: 'Only this office (its id); all offices when absent.'
};
const badQuery = { description: 'A query parameter is invalid.', schema: 'ApiError' as const };
const ifNoneMatch = {
	name: 'If-None-Match',
	in: 'header' as const,
	schema: z.string(),
	description: 'The ETag of the copy the client holds: 304 with no body when it is still current.'
};
/** The period of a report: `fy` (and maybe `quarter`), or `from` and `to`. */
const periodParameters = [
	{
		name: 'fy',
		in: 'query' as const,
		schema: reportQueryNumbers.fy,
		description:
			'Thai fiscal year in B.E. (2568 = 1 Oct 2024 – 30 Sep 2025, Bangkok time). Required unless `from` and `to` are given.'
	},
	{
		name: 'quarter',
		in: 'query' as const,
		schema: reportQueryNumbers.quarter,
		description:
			'One fiscal quarter of `fy`: 1 Oct–Dec, 2 Jan–Mar, 3 Apr–Jun, 4 Jul–Sep. The whole year when absent.'
	},
	{
		name: 'from',
		in: 'query' as const,
		schema: IsoDate,
		description: 'First Bangkok day of a date range (with `to`, instead of `fy`).'
	},
	{
		name: 'to',
		in: 'query' as const,
		schema: IsoDate,
		description: 'Last Bangkok day of a date range, included; at most five years after `from`.'
	}
];
const notModified = { description: 'Not modified: the ETag sent is still current.' };

export const operations: Operation[] = [
	{
		method: 'get',
		path: '/api/health',
		summary: 'Health of the server and its store',
		description:
			'Which store is in use (PGlite or PostgreSQL) and how many migrations are applied.',
		responses: { 200: { description: 'The server is up.', schema: 'HealthResponse' } }
	},
	{
		method: 'get',
		path: '/api/forms',
		summary: 'Published forms, latest version of each',
		parameters: [officeParameter, ifNoneMatch],
		responses: {
			200: { description: 'The published forms.', schema: 'FormsResponse' },
			304: notModified,
			400: badQuery
		}
	},
	{
		method: 'get',
		path: '/api/groups',
		summary: 'Groups (กลุ่ม) of the offices',
		parameters: [officeParameter, ifNoneMatch],
		responses: {
			200: { description: 'The groups, in display order.', schema: 'GroupsResponse' },
			304: notModified,
			400: badQuery
		}
	},
	{
		method: 'get',
		path: '/api/schools',
		summary: 'Schools and other units the offices serve',
		parameters: [officeParameter, ifNoneMatch],
		responses: {
			200: { description: 'The schools, by code.', schema: 'SchoolsResponse' },
			304: notModified,
			400: badQuery
		}
	},
	{
		method: 'get',
		path: '/api/offices',
		summary: 'Offices served by this deployment',
		parameters: [ifNoneMatch],
		responses: {
			200: { description: 'The offices.', schema: 'OfficesResponse' },
			304: notModified
		}
	},
	{
		method: 'post',
		path: '/api/devices/enroll',
		summary: 'Enroll a tablet with a one-time code',
		description:
			'Trades an enrollment code from an administrator (`npm run device:code`) for a device token, shown once. A code works once and for a limited time (30 minutes by default).',
		requestBody: 'EnrollmentRequest',
		responses: {
			200: { description: 'Enrolled: the device token.', schema: 'EnrollmentResponse' },
			400: {
				description: 'The body is not JSON or not an enrollment request.',
				schema: 'ApiError'
			},
			401: {
				description:
					'The code is wrong or used (`enrollment-code-invalid`) or expired (`enrollment-code-expired`).',
				schema: 'ApiError'
			}
		}
	},
	{
		method: 'get',
		path: '/api/devices/supervisors',
		summary: 'Supervisors who may still collect on an enrolled tablet',
		description:
			"The users of the tablet's office who are not disabled and hold the supervisor role. The tablet asks when it pulls master data online and takes off every supervisor it holds who is not listed (except one whose session is still open, until it ends), so a disabled account, or one that lost the role, stops opening sessions there.",
		security: 'deviceToken',
		responses: {
			200: {
				description: 'The active supervisors of the office.',
				schema: 'DeviceSupervisorsResponse'
			},
			401: {
				description: '`device-not-enrolled`: no token, an unknown or revoked one.',
				schema: 'ApiError'
			}
		}
	},
	{
		method: 'post',
		path: '/api/devices/supervisors',
		summary: 'Add a supervisor to an enrolled tablet',
		description:
			'A supervisor types their name and password once on an enrolled tablet, which can then let them start collection sessions offline, with a PIN of their own kept only on the tablet. The password is checked as a sign-in checks it (same throttle, same audit) but no session is opened. The account must hold the supervisor role and belong to the office the tablet is enrolled in.',
		security: 'deviceToken',
		requestBody: 'DeviceSupervisorRequest',
		responses: {
			200: { description: 'Who the supervisor is.', schema: 'DeviceSupervisorResponse' },
			400: { description: 'The body is not a name and password.', schema: 'ApiError' },
			401: {
				description:
					'`device-not-enrolled` (no token, an unknown or revoked one) or `sign-in-invalid` (wrong name or password).',
				schema: 'ApiError'
			},
			403: {
				description:
					'`account-disabled`, `not-a-supervisor` (no supervisor role) or `other-office` (the account is of another office than the tablet).',
				schema: 'ApiError'
			},
			429: { description: '`sign-in-throttled`: wait Retry-After seconds.', schema: 'ApiError' }
		}
	},
	{
		method: 'get',
		path: '/api/activities',
		summary: 'Participation activities an enrolled tablet may open for sign-in',
		description:
			"The activities of the tablet's office held from 30 days ago to 60 days ahead (Bangkok days), by date: what a supervisor opens at the venue for attendance sign-in and evaluation, offline. Cancelled activities are listed with `status: cancelled`, so the tablet can say so; a sign-in sent for one is still stored. `invited` lists the representatives invited, for a quick sign-in; `evaluationFormId` names a form of /api/forms.",
		security: 'deviceToken',
		parameters: [ifNoneMatch],
		responses: {
			200: { description: 'The activities.', schema: 'ActivitiesResponse' },
			304: notModified,
			401: {
				description: '`device-not-enrolled`: no token, an unknown or revoked one.',
				schema: 'ApiError'
			}
		}
	},
	{
		method: 'post',
		path: '/api/sync',
		summary: 'Push a batch of records from a device',
		description: `Stores survey responses, opinion/complaint items and attendance sign-ins from the outbox of an enrolled device, all in one transaction, and answers for each record in order: \`stored\`, \`duplicate\` (the same id and content was there: a resend) or \`rejected\` with a reason. Keyed by the record id made on the device, so resending is always safe; a resend of a stored id with other content is rejected (\`conflict\`) and logged, never stored over the original. At most ${maxBatchRecords} records; a device packs batches to ${maxBatchBytes} bytes, the server reads up to ${maxRequestBytes}.`,
		security: 'deviceToken',
		requestBody: 'SyncRequest',
		responses: {
			200: { description: 'An answer for each record.', schema: 'SyncResponse' },
			400: {
				description:
					'The body is not JSON (`malformed-json`) or not a sync request (`invalid-request`).',
				schema: 'ApiError'
			},
			401: {
				description:
					'`device-not-enrolled`: no token, an unknown or revoked one, or one of another device. The device must be enrolled again.',
				schema: 'ApiError'
			},
			413: {
				description: 'Too many records or bytes: split the batch. The body says the limits.',
				schema: 'SyncLimitsExceeded'
			}
		}
	},
	{
		method: 'get',
		path: '/api/reports/groups/{groupId}',
		security: 'sessionCookie',
		summary: "A group's satisfaction report for a fiscal year, a quarter or a date range",
		description:
			"n, distribution (count and %), mean, sample S.D., Thai level (of the mean rounded to 2 decimals, under the office's band scheme) and rank per item and per dimension in the form's order, and overall with the satisfaction percentage (x̄ / 5 × 100); the three items with the lowest means; respondents by type; the answers to open questions (identical ones merged, most frequent first); the previous period of the same length and each row's change since; the 12 fiscal quarters of the last three fiscal years as a trend; the executive's opinion and the group's improvement actions. Without `version`, every version of the form is pooled by question key. A period without answers is a 200 with `responses` 0 and null means. For the office's executives and the group's own leader.",
		parameters: [
			{
				name: 'groupId',
				in: 'path',
				schema: z.uuid(),
				description: 'The group (กลุ่ม).'
			},
			...periodParameters,
			{
				name: 'form',
				in: 'query',
				schema: GroupReportQuery.shape.form,
				description:
					"The form (its id); the office's published satisfaction form when absent, the group's own before an office-wide one."
			},
			{
				name: 'version',
				in: 'query',
				schema: reportQueryNumbers.version,
				description: 'One version of the form; all versions pooled by question key when absent.'
			},
			{
				name: 'school',
				in: 'query',
				schema: GroupReportQuery.shape.school,
				description: 'Only responses about this school (its id).'
			},
			{
				name: 'respondentType',
				in: 'query',
				schema: GroupReportQuery.shape.respondentType,
				description: 'Only responses from this type of respondent.'
			}
		],
		responses: {
			200: { description: 'The report.', schema: 'GroupReport' },
			400: {
				description: 'A query parameter is invalid (`invalid_query`): the message names it.',
				schema: 'ApiError'
			},
			404: {
				description:
					'`unknown-group`, or `unknown-form`: no such published form of the office for this group (or no satisfaction form when none is named).',
				schema: 'ApiError'
			}
		}
	},
	{
		method: 'put',
		path: '/api/reports/groups/{groupId}/notes',
		security: 'sessionCookie',
		summary: "Record the executive's opinion or the group's improvement actions on a report",
		description:
			'One note of each kind per group and fiscal year or quarter: a second PUT replaces the text and keeps who wrote it and when. The opinion is written by the executive, the actions by the group leader: 403 otherwise.',
		parameters: [
			{ name: 'groupId', in: 'path', schema: z.uuid(), description: 'The group (กลุ่ม).' }
		],
		requestBody: 'ReportNoteInput',
		responses: {
			200: { description: 'The note as stored.', schema: 'ReportNote' },
			400: { description: 'The body is invalid: the message names the field.', schema: 'ApiError' },
			404: { description: '`unknown-group`.', schema: 'ApiError' }
		}
	},
	{
		method: 'get',
		path: '/api/reports/groups/{groupId}/export',
		security: 'sessionCookie',
		summary: "A group's report or its raw responses as CSV (UTF-8 with BOM) or XLSX",
		description:
			'The same query as the report, plus `format` (csv or xlsx) and `content` (report: the tables of the report; responses: one row per response with every answer). Column headings in the language of `lang` (th or en, Thai when absent). For whoever may read the report; exports of raw responses are recorded in the audit log.',
		parameters: [
			{ name: 'groupId', in: 'path', schema: z.uuid(), description: 'The group (กลุ่ม).' },
			...periodParameters,
			{
				name: 'format',
				in: 'query',
				required: true,
				schema: z.enum(['csv', 'xlsx']),
				description: 'csv or xlsx.'
			},
			{
				name: 'content',
				in: 'query',
				required: true,
				schema: z.enum(['report', 'responses']),
				description: 'The report tables, or the raw responses.'
			},
			{
				name: 'lang',
				in: 'query',
				schema: z.enum(['th', 'en']),
				description: 'Language of headings and labels; Thai when absent.'
			},
			{
				name: 'form',
				in: 'query',
				schema: GroupReportQuery.shape.form,
				description: 'As for the report.'
			},
			{
				name: 'version',
				in: 'query',
				schema: reportQueryNumbers.version,
				description: 'As for the report.'
			},
			{
				name: 'school',
				in: 'query',
				schema: GroupReportQuery.shape.school,
				description: 'As for the report.'
			},
			{
				name: 'respondentType',
				in: 'query',
				schema: GroupReportQuery.shape.respondentType,
				description: 'As for the report.'
			}
		],
		responses: {
			200: { description: 'A file download (text/csv or the XLSX media type).' },
			400: badQuery,
			404: { description: '`unknown-group` or `unknown-form`.', schema: 'ApiError' }
		}
	},
	{
		method: 'get',
		path: '/api/reports/overview',
		security: 'sessionCookie',
		summary: 'Every group of the office side by side: the executive overview',
		description:
			"Per group, over every satisfaction form of the office: responses, n, mean, S.D., level, satisfaction percentage, rank and the change since the previous period; whether the executive's opinion and the improvement actions are recorded. Highest mean first, groups without answers last. For the office's executives.",
		parameters: [
			...periodParameters,
			{
				name: 'office',
				in: 'query',
				schema: OfficeId,
				description: 'The office (its id); may be left out while the server holds one office.'
			}
		],
		responses: {
			200: { description: 'The overview.', schema: 'ExecutiveOverview' },
			400: badQuery,
			404: { description: '`unknown-office`.', schema: 'ApiError' }
		}
	},
	{
		method: 'post',
		path: '/api/auth/sign-in',
		summary: 'Sign in with a user name and password',
		description:
			'Sets the httpOnly session cookie. After a few wrong passwords for a name or from an address, attempts wait (429 with Retry-After), doubling up to 15 minutes. Wrong name and wrong password get the same answer.',
		requestBody: 'SignInRequest',
		responses: {
			200: { description: 'Signed in; the cookie is set.', schema: 'SignInResponse' },
			400: { description: 'The body is not a sign-in request.', schema: 'ApiError' },
			401: { description: '`sign-in-invalid`: wrong name or password.', schema: 'ApiError' },
			403: { description: '`account-disabled`.', schema: 'ApiError' },
			429: { description: '`sign-in-throttled`: wait Retry-After seconds.', schema: 'ApiError' }
		}
	},
	{
		method: 'post',
		path: '/api/auth/sign-out',
		summary: 'Sign out here, or everywhere',
		description: 'Ends this session, or with `{"everywhere": true}` every session of the user.',
		requestBody: 'SignOutRequest',
		responses: { 204: { description: 'Signed out; the cookie is removed.' } }
	},
	{
		method: 'post',
		path: '/api/feedback',
		summary: 'Send an opinion, suggestion, complaint or compliment (no account)',
		description:
			'The public feedback channel. Answers a tracking code to follow the item with. At most 10 submissions per client address in 10 minutes. Leave `website` out: a filled one is answered like success and stored nowhere. Contact details need `consent: true` and are never shown by the look-up.',
		requestBody: 'PublicFeedbackRequest',
		responses: {
			201: { description: 'Stored; keep the tracking code.', schema: 'PublicFeedbackCreated' },
			400: { description: '`invalid-request` or `malformed-json`.', schema: 'ApiError' },
			413: { description: '`too-large`.', schema: 'ApiError' },
			429: { description: '`rate-limited`.', schema: 'ApiError' }
		}
	},
	{
		method: 'get',
		path: '/api/feedback/track/{code}',
		summary: 'Status of a feedback item, by its tracking code (no account)',
		description:
			'Status, dates, the response deadline (15 days, DOMAIN.md) and the public replies. Never contact details. At most 30 look-ups per client address in 10 minutes.',
		parameters: [
			{
				name: 'code',
				in: 'path',
				schema: z.string(),
				description: 'The tracking code, e.g. `ABCD-EFGH`; case, spaces and dashes do not matter.'
			}
		],
		responses: {
			200: { description: 'The item as its submitter may see it.', schema: 'FeedbackStatusLookup' },
			400: { description: '`malformed-code`.', schema: 'ApiError' },
			404: { description: '`not-found`.', schema: 'ApiError' },
			429: { description: '`rate-limited`.', schema: 'ApiError' }
		}
	},
	{
		method: 'get',
		path: '/api/public/surveys/{code}',
		summary: 'A survey published by link or QR code (no account)',
		description:
			"The form (its latest published version), the office, the group and the school of a survey link, for a respondent's phone to keep and show offline. Sets the `ruamjai_ballot` cookie (HttpOnly, 400 days) when the phone has none: the server's half of its ballot.",
		parameters: [
			{
				name: 'code',
				in: 'path',
				schema: z.string(),
				description: "The link's code, e.g. `K7QM2XD4PA` (from `/s#K7QM2XD4PA`)."
			}
		],
		responses: {
			200: { description: 'The survey.', schema: 'PublicSurvey' },
			404: { description: '`not-found`: no link has this code.', schema: 'ApiError' },
			410: { description: '`closed`: the link was revoked.', schema: 'ApiError' }
		}
	},
	{
		method: 'post',
		path: '/api/public/surveys/{code}/responses',
		summary: 'Answer a survey published by link or QR code (no account)',
		description:
			"One response, validated as a tablet's response is (against the form version it names, which must be published) and against the link (its office, group, school, form and activity; no device, collector or session). Keyed by the response id made on the phone: sending it again is answered `duplicate`. Unless the link allows more, a phone answers once: a sha256 of each ballot key (the body's `ballotKey` and the `ruamjai_ballot` cookie) with the link's id is kept, and a response under a key that already answered is refused. At most 60 submissions per client address in 10 minutes.",
		parameters: [{ name: 'code', in: 'path', schema: z.string(), description: "The link's code." }],
		requestBody: 'PublicSurveySubmission',
		responses: {
			200: { description: '`duplicate`: already stored.', schema: 'PublicSurveyAccepted' },
			201: { description: '`stored`.', schema: 'PublicSurveyAccepted' },
			400: { description: '`malformed-json`.', schema: 'ApiError' },
			404: { description: '`not-found`.', schema: 'ApiError' },
			409: {
				description:
					'`already-answered` (this phone answered this link already) or `conflict` (the id is stored with other content).',
				schema: 'ApiError'
			},
			410: { description: '`closed`: the link was revoked.', schema: 'ApiError' },
			413: { description: '`too-large`.', schema: 'ApiError' },
			422: { description: '`invalid-response`, with what is wrong.', schema: 'ApiError' },
			429: { description: '`rate-limited`: send again later.', schema: 'ApiError' }
		}
	},
	{
		method: 'get',
		path: '/api/openapi.json',
		summary: 'This document',
		responses: { 200: { description: 'OpenAPI 3.1 document.' } }
	}
];

function componentSchemas(): Record<string, unknown> {
	const registry = z.registry<{ id: string }>();
	for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
	const { schemas } = z.toJSONSchema(registry, {
		uri: (id) => `#/components/schemas/${id}`,
		io: 'output',
		unrepresentable: 'any'
	});
	return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

/** OpenAPI 3.1 embeds plain 2020-12 schemas, located by the document rather than by `$id`. */
function embedded(schema: object): Record<string, unknown> {
	const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
	return rest;
}

export function buildOpenApiDocument(version: string) {
	const paths: Record<string, Record<string, unknown>> = {};
	for (const op of operations) {
		paths[op.path] ??= {};
		paths[op.path]![op.method] = {
			summary: op.summary,
			...(op.description ? { description: op.description } : {}),
			...(op.parameters
				? {
						parameters: op.parameters.map((p) => ({
							name: p.name,
							in: p.in,
							required: p.required ?? p.in === 'path',
							description: p.description,
							schema: embedded(z.toJSONSchema(p.schema, { io: 'input', unrepresentable: 'any' }))
						}))
					}
				: {}),
			...(op.requestBody
				? {
						requestBody: {
							required: true,
							content: {
								'application/json': { schema: { $ref: `#/components/schemas/${op.requestBody}` } }
							}
						}
					}
				: {}),
			...(op.security ? { security: [{ [op.security]: [] }] } : {}),
			responses: Object.fromEntries(
				Object.entries(op.responses).map(([status, r]) => [
					status,
					{
						description: r.description,
						...(r.schema
							? {
									content: {
										'application/json': { schema: { $ref: `#/components/schemas/${r.schema}` } }
									}
								}
							: {})
					}
				])
			)
		};
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Ruamjai API',
			version,
			description:
				'ร่วมใจ — stakeholder participation for Thai education offices. Thai first, English second.'
		},
		paths,
		components: { schemas: componentSchemas(), securitySchemes }
	};
}
