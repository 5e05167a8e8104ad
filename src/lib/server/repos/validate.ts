import type { z } from 'zod';
import {
	DomainValidationError,
	issuesFromZod,
	type Validated,
	type ValidationIssue
} from '$lib/domain';

/** Validates master data against its domain schema; the domain has no dedicated parser for it. */
export function validated<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
	const result = schema.safeParse(input);
	return result.success
		? { ok: true, value: result.data }
		: { ok: false, issues: issuesFromZod(result.error) };
}

/** Master data is written all or nothing: one bad row rejects the whole call, naming its index. */
export function validateAll<S extends z.ZodType>(
	subject: string,
	schema: S,
	inputs: readonly unknown[]
): z.output<S>[] {
	const values: z.output<S>[] = [];
	const issues: ValidationIssue[] = [];
	inputs.forEach((input, index) => {
		const result = validated(schema, input);
		if (result.ok) values.push(result.value);
		else issues.push(...result.issues.map((i) => ({ ...i, path: prefixed(index, i.path) })));
	});
	if (issues.length > 0) throw new DomainValidationError(subject, issues);
	return values;
}

function prefixed(index: number, path: string): string {
	return path === '' ? String(index) : `${index}.${path}`;
}

/** Keeps the last of each id, so one multi-row upsert never touches a row twice. */
export function lastById<T extends { id: string }>(rows: readonly T[]): T[] {
	return [...new Map(rows.map((r) => [r.id, r])).values()];
}
