import type { z } from 'zod';
import { SyncError } from './sync-error';

export interface FetchJsonOptions {
	fetch?: typeof fetch;
	timeoutMs?: number;
	/** Stops the request; it then rejects with the signal's reason, not a SyncError. */
	signal?: AbortSignal;
}

/** A server's answer, read in full within the time limit. */
export interface Reply {
	url: string;
	status: number;
	headers: Headers;
	text: string;
}

export interface ExchangeInit {
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
}

const defaultTimeoutMs = 15_000;

/**
 * The one way the device talks to the server: one request, its answer read in full, bounded in
 * time. A network failure or the time running out is a SyncError; the caller judges the status.
 */
export async function exchange(
	url: string,
	init: ExchangeInit = {},
	options: FetchJsonOptions = {}
): Promise<Reply> {
	const { fetch: fetchFn = fetch, timeoutMs = defaultTimeoutMs, signal } = options;
	const timeout = AbortSignal.timeout(timeoutMs);
	const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
	try {
		const response = await fetchFn(url, {
			method: init.method ?? 'GET',
			headers: { accept: 'application/json', ...init.headers },
			body: init.body,
			signal: combined
		});
		// Inside the try: a connection that drops (or stalls) mid-body fails like one that never answered.
		const text = await response.text();
		return { url, status: response.status, headers: response.headers, text };
	} catch (error) {
		signal?.throwIfAborted();
		if (timeout.aborted) throw new SyncError('timeout', url);
		throw new SyncError('offline', error instanceof Error ? error.message : String(error));
	}
}

/** A reply's body read through the shared contract; anything else is 'invalid-response'. */
export function parseReply<S extends z.ZodType>(reply: Reply, schema: S): z.output<S> {
	let body: unknown;
	try {
		body = JSON.parse(reply.text);
	} catch {
		throw new SyncError('invalid-response', `${reply.url}: not JSON`);
	}
	const parsed = schema.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new SyncError(
			'invalid-response',
			`${reply.url}: ${issue ? `${issue.path.join('.')} ${issue.message}` : ''}`
		);
	}
	return parsed.data;
}

/**
 * Reads JSON from the server: bounded in time, checked against the shared contract, every failure
 * a SyncError with a reason.
 */
export async function fetchJson<S extends z.ZodType>(
	url: string,
	schema: S,
	options: FetchJsonOptions = {}
): Promise<z.output<S>> {
	const reply = await exchange(url, {}, options);
	if (reply.status < 200 || reply.status > 299) {
		throw new SyncError('server', `${url}: HTTP ${reply.status}`);
	}
	return parseReply(reply, schema);
}
