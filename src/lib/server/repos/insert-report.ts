import type { ValidationIssue } from '$lib/domain';
import { contentHash } from '../store/content-hash';
import type { InsertOutcome, InsertReport } from '../store/types';

/** A record that passed every check, with the hash of its canonical content. */
export interface Accepted<T> {
	index: number;
	value: T;
	hash: string;
}

/**
 * Collects the outcome of each record of one batch, in input order. A batch may name the same id
 * twice (a device re-sending while the first send is in flight): only the first goes to the
 * database, the others are judged against it.
 */
export class BatchOutcomes<T extends { id: string }> {
	readonly #outcomes: (InsertOutcome | undefined)[];
	readonly #firstById = new Map<string, Accepted<T>>();
	readonly #repeats: Accepted<T>[] = [];

	constructor(size: number) {
		this.#outcomes = new Array<InsertOutcome | undefined>(size);
	}

	reject(index: number, input: unknown, issues: ValidationIssue[]): void {
		this.#outcomes[index] = { index, id: idOf(input), status: 'rejected', issues };
	}

	accept(index: number, value: T): void {
		const accepted = { index, value, hash: contentHash(value) };
		if (this.#firstById.has(value.id)) this.#repeats.push(accepted);
		else this.#firstById.set(value.id, accepted);
	}

	/** The records to write: the first of each id. */
	get accepted(): Accepted<T>[] {
		return [...this.#firstById.values()];
	}

	/** Settles the written records: inserted now, or judged against the stored content hash. */
	settle(inserted: ReadonlySet<string>, storedHashes: ReadonlyMap<string, string>): InsertReport {
		const heldHash = (id: string) =>
			inserted.has(id) ? this.#firstById.get(id)?.hash : storedHashes.get(id);
		for (const { index, value, hash } of this.#firstById.values()) {
			const status = inserted.has(value.id)
				? 'stored'
				: heldHash(value.id) === hash
					? 'duplicate'
					: 'conflict';
			this.#outcomes[index] = { index, id: value.id, status };
		}
		for (const { index, value, hash } of this.#repeats) {
			const status = heldHash(value.id) === hash ? 'duplicate' : 'conflict';
			this.#outcomes[index] = { index, id: value.id, status };
		}
		const outcomes = this.#outcomes.map((o, index) => {
			if (o === undefined) throw new Error(`record ${index} of the batch was left unjudged`);
			return o;
		});
		const count = (status: InsertOutcome['status']) =>
			outcomes.filter((o) => o.status === status).length;
		return {
			outcomes,
			stored: count('stored'),
			duplicate: count('duplicate'),
			conflict: count('conflict'),
			rejected: count('rejected')
		};
	}
}

function idOf(input: unknown): string | null {
	if (typeof input !== 'object' || input === null) return null;
	const id = (input as { id?: unknown }).id;
	return typeof id === 'string' ? id : null;
}

/**
 * A record naming a group, school, office, form version or participation activity the store does
 * not hold for its office.
 */
export function unknownReference(
	path: 'officeId' | 'groupId' | 'schoolId' | 'formVersion' | 'activityId',
	description: string
): ValidationIssue {
	const what = {
		officeId: { th: 'หน่วยงาน', en: 'office', code: 'unknown_office' },
		groupId: { th: 'กลุ่ม', en: 'group', code: 'unknown_group' },
		schoolId: { th: 'สถานศึกษา', en: 'school', code: 'unknown_school' },
		formVersion: { th: 'แบบฟอร์มที่เผยแพร่แล้ว', en: 'published form', code: 'unknown_form' },
		activityId: { th: 'กิจกรรม', en: 'activity', code: 'unknown_activity' }
	}[path];
	return {
		path,
		code: what.code,
		message: {
			th: `ไม่พบ${what.th} ${description} บนเซิร์ฟเวอร์`,
			en: `No ${what.en} ${description} on the server`
		}
	};
}
