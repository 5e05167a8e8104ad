import type { BilingualMessage } from '$lib/domain';
import { apiError } from './respond';

export type JsonBody =
	| { ok: true; value: unknown; bytes: number }
	| { ok: false; reason: 'too-large' | 'malformed-json' | 'unreadable' };

class BodyTooLarge extends Error {}

/**
 * Reads a JSON request body of at most `maxBytes`, without holding more than that in memory.
 * A declared Content-Length over the limit is refused before reading. adapter-node also stops a
 * body at its BODY_SIZE_LIMIT (it then fails the stream with a 413 error): that is reported as
 * too large as well, so the caller answers 413 in its own words either way.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' };

	let bytes: Uint8Array;
	try {
		bytes = await readAtMost(request, maxBytes);
	} catch (error) {
		const tooLarge = error instanceof BodyTooLarge || statusOf(error) === 413;
		return { ok: false, reason: tooLarge ? 'too-large' : 'unreadable' };
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { ok: true, value: JSON.parse(text) as unknown, bytes: bytes.length };
	} catch {
		return { ok: false, reason: 'malformed-json' };
	}
}

async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array> {
	if (request.body === null) return new Uint8Array();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > maxBytes) {
			// The rest is not wanted; whether the cancel itself succeeds changes nothing for the caller.
			await reader.cancel().catch(() => undefined);
			throw new BodyTooLarge();
		}
		chunks.push(value);
	}
	const body = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.length;
	}
	return body;
}

function statusOf(error: unknown): unknown {
	return (error as { status?: unknown } | null)?.status;
}

export function malformedJson(): Response {
	return apiError(400, 'malformed-json', {
		th: 'ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง',
		en: 'The request body is not valid JSON.'
	});
}

/** `detail` names what is wrong, e.g. the first issue of the body's schema. */
export function invalidRequest(detail: BilingualMessage): Response {
	return apiError(400, 'invalid-request', {
		th: `คำขอไม่อยู่ในรูปแบบที่เซิร์ฟเวอร์รู้จัก: ${detail.th}`,
		en: `The request is not in the expected form: ${detail.en}`
	});
}
