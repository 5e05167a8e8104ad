import { z } from 'zod';
import { FormDefinition, Group, LocalizedText, Office, OfficeId, School } from '$lib/domain';

/** The JSON bodies of the HTTP API: the server validates what it sends, clients what they receive. */

/** A message for people, always in Thai and in English. */
export const BilingualMessage = LocalizedText.extend({ en: z.string() });

export const ApiError = z.object({
	error: z.object({
		code: z.string(),
		message: BilingualMessage
	})
});
export type ApiError = z.infer<typeof ApiError>;

export const OfficeQuery = z.object({ office: OfficeId.optional() });

export const FormsResponse = z.object({ forms: z.array(FormDefinition) });
export type FormsResponse = z.infer<typeof FormsResponse>;

export const GroupsResponse = z.object({ groups: z.array(Group) });
export type GroupsResponse = z.infer<typeof GroupsResponse>;

export const SchoolsResponse = z.object({ schools: z.array(School) });
export type SchoolsResponse = z.infer<typeof SchoolsResponse>;

export const OfficesResponse = z.object({ offices: z.array(Office) });
export type OfficesResponse = z.infer<typeof OfficesResponse>;

export const HealthResponse = z.object({
	status: z.literal('ok'),
	version: z.string(),
	store: z.enum(['pglite', 'postgres']),
	migrations: z.object({ applied: z.int().min(0), latest: z.string().nullable() })
});
export type HealthResponse = z.infer<typeof HealthResponse>;
