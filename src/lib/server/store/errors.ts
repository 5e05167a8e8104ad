export type StoreErrorReason =
	| 'unavailable'
	| 'misconfigured'
	| 'migrations-missing'
	| 'form-version-frozen'
	| 'unknown-office'
	| 'unknown-group';

/** A store failure the caller can act on; `reason` is for code, `message` for people. */
export class StoreError extends Error {
	constructor(
		readonly reason: StoreErrorReason,
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StoreError';
	}
}

/**
 * The store cannot be opened. The message is one line an operator can act on, without secrets,
 * because start-up prints it instead of a stack trace.
 */
export class StoreUnavailableError extends StoreError {
	constructor(
		reason: Extract<StoreErrorReason, 'unavailable' | 'misconfigured' | 'migrations-missing'>,
		message: string,
		options?: { cause?: unknown }
	) {
		super(reason, oneLine(message), options);
		this.name = 'StoreUnavailableError';
	}
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** `postgres://user:secret@host:5432/db?sslmode=require` → `postgres://user@host:5432/db`. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
		return `${parsed.protocol}//${user}${parsed.host}${parsed.pathname}`;
	} catch {
		return '(unparsable URL)';
	}
}

/** The most specific short reason in a driver error: a code such as ECONNREFUSED, or its message. */
export function reasonOf(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const code = (error as { code?: unknown }).code;
	// Node reports "localhost" refusing on both ::1 and 127.0.0.1 as an AggregateError.
	if (error instanceof AggregateError && typeof code !== 'string') {
		const first: unknown = error.errors[0];
		if (first !== undefined) return reasonOf(first);
	}
	if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
	return error.message || error.name;
}
