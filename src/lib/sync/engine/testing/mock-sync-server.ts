/**
 * Test support: a sync server in memory, reached through a fake `fetch`. It keeps what it stored
 * by record id, as the real one does, so a test can count how often each record arrived and was
 * stored. Faults are queued per request and consumed in order.
 */
import type { BilingualMessage } from '$lib/domain';
import type { RecordError, SyncResult } from '$lib/sync/protocol';

export type Fault =
	/** Answer with this status and an ApiError body, storing nothing. */
	| { kind: 'status'; status: number }
	/** The connection fails before the server sees the request. */
	| { kind: 'network' }
	/** The server never answers (the client's timeout must end it). */
	| { kind: 'hang' }
	/** The server stores the batch, then the connection drops before the answer reaches the client. */
	| { kind: 'lost-answer' }
	/** 200 with a body that is not JSON (a captive portal, a broken proxy). */
	| { kind: 'malformed' };

export interface ReceivedRequest {
	ids: string[];
	bytes: number;
	status: number | 'no answer';
}

const message = (en: string): BilingualMessage => ({ th: `(ไทย) ${en}`, en });

export class MockSyncServer {
	/** What the server holds: record id → the record's JSON as first stored. */
	readonly stored = new Map<string, string>();
	/** How often each id was stored (must never exceed 1). */
	readonly storeCounts = new Map<string, number>();
	readonly requests: ReceivedRequest[] = [];
	readonly faults: Fault[] = [];
	readonly rejections = new Map<string, RecordError>();
	limits = { maxRecords: 200, maxBytes: 256 * 1024 };
	/** Wait this long before answering, so runs overlap. */
	latencyMs = 0;
	/** Called after the server has handled (and possibly stored) request number `n` (1-based). */
	afterRequest: ((n: number) => void) | undefined;
	#tokens = new Set<string>();
	#enrollmentCode = 'DEMO-CODE';
	#issued = 0;

	constructor(readonly deviceId: string) {}

	/** A token the server accepts, as if the device had enrolled. */
	issueToken(): string {
		this.#issued += 1;
		const token = `token-${this.#issued}-${'x'.repeat(40)}`;
		this.#tokens.add(token);
		return token;
	}

	revokeAll(): void {
		this.#tokens.clear();
	}

	reject(id: string, error: RecordError): void {
		this.rejections.set(id, error);
	}

	get storedIds(): string[] {
		return [...this.stored.keys()];
	}

	readonly fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
		const signal = init?.signal ?? undefined;
		signal?.throwIfAborted();
		if (this.latencyMs > 0) await sleep(this.latencyMs, signal);
		const url = String(input);
		if (url === '/api/devices/enroll') return this.#enroll(String(init?.body));
		if (url !== '/api/sync') return new Response('not found', { status: 404 });

		const body = String(init?.body);
		const bytes = new TextEncoder().encode(body).length;
		const request = JSON.parse(body) as { deviceId: string; records: { record: { id: string } }[] };
		const received: ReceivedRequest = {
			ids: request.records.map((r) => r.record.id),
			bytes,
			status: 'no answer'
		};
		this.requests.push(received);
		const n = this.requests.length;
		const fault = this.faults.shift();

		if (fault?.kind === 'network') throw new TypeError('Failed to fetch');
		if (fault?.kind === 'hang') return hang(signal);

		const answer = this.#answer(init, request, bytes, fault);
		this.afterRequest?.(n);
		if (fault?.kind === 'lost-answer') throw new TypeError('network error: connection reset');
		// A client that gave up (its tab closed) never reads the answer, committed or not.
		signal?.throwIfAborted();
		received.status = answer.status;
		return answer;
	}) as typeof fetch;

	#answer(
		init: RequestInit | undefined,
		request: { deviceId: string; records: { record: { id: string } }[] },
		bytes: number,
		fault: Fault | undefined
	): Response {
		const auth = new Headers(init?.headers).get('authorization') ?? '';
		if (!this.#tokens.has(auth.replace(/^Bearer /, ''))) {
			return apiError(401, 'device-not-enrolled', 'This tablet must be enrolled again.');
		}
		if (fault?.kind === 'status') return apiError(fault.status, 'boom', 'The server failed.');
		if (request.records.length > this.limits.maxRecords || bytes > this.limits.maxBytes) {
			return Response.json(
				{
					error: {
						code: 'batch-too-large',
						message: message('The batch is too large.'),
						limits: this.limits
					}
				},
				{ status: 413 }
			);
		}
		const results = request.records.map((item): SyncResult => this.#store(item));
		if (fault?.kind === 'malformed') return new Response('<html>Login to Wi-Fi</html>');
		return Response.json({ results });
	}

	#store(item: { record: { id: string } }): SyncResult {
		const { id } = item.record;
		const rejection = this.rejections.get(id);
		if (rejection) return { id, status: 'rejected', error: rejection };
		const json = JSON.stringify(item.record);
		const held = this.stored.get(id);
		if (held === json) return { id, status: 'duplicate' };
		if (held !== undefined) {
			return {
				id,
				status: 'rejected',
				error: { code: 'conflict', message: message('Another record has this id.') }
			};
		}
		this.stored.set(id, json);
		this.storeCounts.set(id, (this.storeCounts.get(id) ?? 0) + 1);
		return { id, status: 'stored' };
	}

	#enroll(body: string): Response {
		const request = JSON.parse(body) as { code: string; deviceId: string; name: string };
		if (request.code !== this.#enrollmentCode) {
			return apiError(401, 'enrollment-code-invalid', 'This enrollment code is wrong.');
		}
		return Response.json({
			deviceId: request.deviceId,
			officeId: 'demo-spp-1',
			token: this.issueToken(),
			enrolledAt: '2025-01-15T02:00:00.000Z'
		});
	}
}

function apiError(status: number, code: string, en: string): Response {
	return Response.json({ error: { code, message: message(en) } }, { status });
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(resolve, ms);
		signal?.addEventListener('abort', () => {
			clearTimeout(timer);
			reject(signal.reason as Error);
		});
	});
}

function hang(signal: AbortSignal | undefined): Promise<Response> {
	return new Promise((_resolve, reject) => {
		signal?.addEventListener('abort', () => reject(signal.reason as Error));
	});
}
