import { createHash } from 'node:crypto';

/** JSON with object keys sorted and `undefined` left out, so equal content gives equal text. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const v = (value as Record<string, unknown>)[key];
			if (v !== undefined) sorted[key] = sortKeys(v);
		}
		return sorted;
	}
	return value;
}

/** sha256 (hex) of the canonical JSON: what tells a re-sent record from a conflicting one. */
export function contentHash(value: unknown): string {
	return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** One instant, one text: `…+07:00` and the same moment in `Z` must hash alike. */
export function utcIso(instant: string): string {
	return new Date(instant).toISOString();
}
