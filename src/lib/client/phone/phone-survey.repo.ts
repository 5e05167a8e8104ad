import { ApiError } from '$lib/api/contract';
import { PublicSurvey, PublicSurveyAccepted } from '$lib/api/survey-link-contract';
import type { BilingualMessage, Response } from '$lib/domain';
import { exchange, parseReply, type FetchJsonOptions } from '$lib/sync/fetch-json';
import { SyncError } from '$lib/sync/sync-error';
import type { PhoneDB, PhoneDraft, PhoneOutboxEntry } from './phone-db';

/*
 * What a respondent's phone keeps for surveys by link (issue 8): the survey, to open it offline;
 * the response being filled; the responses waiting to go out, and what the server said of them.
 * A response is never dropped: a refusal keeps it, with the server's words.
 */

export type RefreshOutcome =
	| { kind: 'fresh'; survey: PublicSurvey }
	/** The server could not be reached: the kept copy (if any) is what there is. */
	| { kind: 'offline' }
	| { kind: 'gone'; reason: 'not-found' | 'closed'; message: BilingualMessage };

export interface PushSummary {
	sent: number;
	refused: number;
	/** Still waiting: offline, or the server asked to try later. */
	waiting: number;
}

/** Statuses the server gives for a response it will never take as it is. */
const finalRefusals = new Set([404, 409, 410, 413, 422, 400]);

/** 32 random bytes, base64url: as BallotKey. */
function randomKey(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(32));
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

const surveyUrl = (code: string) => `/api/public/surveys/${encodeURIComponent(code)}`;

function apiMessage(text: string): { code: string; message: BilingualMessage } | null {
	try {
		const parsed = ApiError.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data.error : null;
	} catch {
		return null;
	}
}

export class PhoneSurveyStore {
	readonly #db: PhoneDB;
	readonly #options: FetchJsonOptions;
	readonly #now: () => Date;

	constructor(db: PhoneDB, options: FetchJsonOptions & { now?: () => Date } = {}) {
		this.#db = db;
		this.#now = options.now ?? (() => new Date());
		this.#options = options;
	}

	/** The phone's ballot key, made the first time it is asked for and kept from then on. */
	ballotKey(): Promise<string> {
		return this.#db.transaction('rw', this.#db.keys, async () => {
			const kept = await this.#db.keys.get('ballot');
			if (kept) return kept.value;
			const value = randomKey();
			await this.#db.keys.put({ name: 'ballot', value });
			return value;
		});
	}

	/** The survey as last fetched; undefined when never opened here (or the copy is unreadable). */
	async keptSurvey(code: string): Promise<PublicSurvey | undefined> {
		const stored = await this.#db.surveys.get(code);
		const parsed = PublicSurvey.safeParse(stored?.survey);
		return parsed.success ? parsed.data : undefined;
	}

	/** Asks the server for the survey and keeps it; offline, says so and keeps what it had. */
	async refresh(code: string): Promise<RefreshOutcome> {
		let reply;
		try {
			reply = await exchange(surveyUrl(code), {}, this.#options);
		} catch (error) {
			if (error instanceof SyncError) return { kind: 'offline' };
			throw error;
		}
		if (reply.status === 404 || reply.status === 410) {
			const message = apiMessage(reply.text)?.message ?? {
				th: 'เปิดแบบสอบถามนี้ไม่ได้',
				en: 'This survey cannot be opened.'
			};
			return { kind: 'gone', reason: reply.status === 404 ? 'not-found' : 'closed', message };
		}
		if (reply.status !== 200) return { kind: 'offline' };
		const survey = parseReply(reply, PublicSurvey);
		await this.#db.surveys.put({ code, survey, fetchedAt: this.#now().toISOString() });
		return { kind: 'fresh', survey };
	}

	draft(code: string): Promise<PhoneDraft | undefined> {
		return this.#db.drafts.get(code);
	}

	async saveDraft(draft: PhoneDraft): Promise<void> {
		await this.#db.drafts.put(draft);
	}

	async discardDraft(code: string): Promise<void> {
		await this.#db.drafts.delete(code);
	}

	/** The responses this phone sent or holds for the link, oldest first. */
	async entries(code: string): Promise<PhoneOutboxEntry[]> {
		const entries = await this.#db.outbox.where('code').equals(code).toArray();
		return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	}

	/** The finished response leaves the draft and waits in the outbox: one write, never neither. */
	async queue(code: string, response: Response): Promise<void> {
		await this.#db.transaction('rw', this.#db.drafts, this.#db.outbox, async () => {
			await this.#db.outbox.put({
				id: response.id,
				code,
				response,
				status: 'waiting',
				reason: null,
				message: null,
				createdAt: this.#now().toISOString(),
				attempts: 0,
				lastAttemptAt: null
			});
			await this.#db.drafts.delete(code);
		});
	}

	/**
	 * Sends what waits, oldest first. Offline or "later" (429, 5xx) stops the round and keeps the
	 * rest waiting; a final refusal is kept with the server's message.
	 */
	async push(): Promise<PushSummary> {
		const summary: PushSummary = { sent: 0, refused: 0, waiting: 0 };
		const waiting = (await this.#db.outbox.where('status').equals('waiting').toArray()).sort(
			(a, b) => a.createdAt.localeCompare(b.createdAt)
		);
		const ballotKey = await this.ballotKey();
		for (const [index, entry] of waiting.entries()) {
			const at = this.#now().toISOString();
			let reply;
			try {
				reply = await exchange(
					`${surveyUrl(entry.code)}/responses`,
					{
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ response: entry.response, ballotKey })
					},
					this.#options
				);
			} catch (error) {
				if (!(error instanceof SyncError)) throw error;
				await this.#db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastAttemptAt: at });
				summary.waiting += waiting.length - index;
				return summary;
			}
			if (reply.status === 200 || reply.status === 201) {
				parseReply(reply, PublicSurveyAccepted);
				await this.#db.outbox.update(entry.id, {
					status: 'sent',
					attempts: entry.attempts + 1,
					lastAttemptAt: at
				});
				summary.sent++;
			} else if (finalRefusals.has(reply.status)) {
				const error = apiMessage(reply.text);
				await this.#db.outbox.update(entry.id, {
					status: 'refused',
					reason: error?.code ?? String(reply.status),
					message: error?.message ?? {
						th: `เซิร์ฟเวอร์ไม่รับคำตอบนี้ (${reply.status})`,
						en: `The server did not take this response (${reply.status}).`
					},
					attempts: entry.attempts + 1,
					lastAttemptAt: at
				});
				summary.refused++;
			} else {
				await this.#db.outbox.update(entry.id, { attempts: entry.attempts + 1, lastAttemptAt: at });
				summary.waiting += waiting.length - index;
				return summary;
			}
		}
		return summary;
	}
}
