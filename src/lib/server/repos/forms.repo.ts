import { and, asc, count, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { parseFormDefinition, unwrap, type FormDefinition } from '$lib/domain';
import { contentHash, utcIso } from '../store/content-hash';
import { thaiCollator, type Db } from '../store/db';
import { StoreError } from '../store/errors';
import { forms, responses } from '../store/schema';
import type { FormVersionRow, SaveFormStatus } from '../store/types';
import { assertOfficesExist } from './offices.repo';
import { groupsRepo } from './groups.repo';

/** `publishedAt` in UTC, so that re-saving the same moment written with +07:00 is "unchanged". */
function normalized(form: FormDefinition): FormDefinition {
	return form.publishedAt === null ? form : { ...form, publishedAt: utcIso(form.publishedAt) };
}

export function formsRepo(db: Db) {
	return {
		async listPublished(officeId?: string): Promise<FormDefinition[]> {
			const rows = await db
				.selectDistinctOn([forms.id], { definition: forms.definition })
				.from(forms)
				.where(
					and(
						isNotNull(forms.publishedAt),
						officeId === undefined ? undefined : eq(forms.officeId, officeId)
					)
				)
				.orderBy(forms.id, desc(forms.version));
			return rows
				.map((r) => r.definition)
				.sort((a, b) => thaiCollator.compare(a.title.th, b.title.th));
		},

		/** Every version of every form of the office, drafts included, oldest version first. */
		async listVersions(officeId: string): Promise<FormVersionRow[]> {
			const rows = await db
				.select({
					definition: forms.definition,
					publishedAt: forms.publishedAt,
					recordedAt: forms.recordedAt
				})
				.from(forms)
				.where(eq(forms.officeId, officeId))
				.orderBy(forms.id, asc(forms.version));
			return rows.map(versionRow);
		},

		/** Every version of one form, oldest first; empty when there is no such form. */
		async versionsOfForm(id: string): Promise<FormVersionRow[]> {
			// An id from an address may be anything; PostgreSQL refuses to compare a non-uuid.
			if (!uuidPattern.test(id)) return [];
			const rows = await db
				.select({
					definition: forms.definition,
					publishedAt: forms.publishedAt,
					recordedAt: forms.recordedAt
				})
				.from(forms)
				.where(eq(forms.id, id))
				.orderBy(asc(forms.version));
			return rows.map(versionRow);
		},

		/** Deletes a draft (an unpublished version); a published one is never deleted. */
		async discardDraft(id: string, version: number): Promise<boolean> {
			const deleted = await db
				.delete(forms)
				.where(and(eq(forms.id, id), eq(forms.version, version), isNull(forms.publishedAt)))
				.returning({ id: forms.id });
			return deleted.length > 0;
		},

		/** How many responses name each version of a form. */
		async responseCounts(id: string): Promise<Map<number, number>> {
			const rows = await db
				.select({ version: responses.formVersion, n: count() })
				.from(responses)
				.where(eq(responses.formId, id))
				.groupBy(responses.formVersion);
			return new Map(rows.map((r) => [r.version, Number(r.n)]));
		},

		async get(id: string, version: number): Promise<FormDefinition | null> {
			const [row] = await db
				.select({ definition: forms.definition })
				.from(forms)
				.where(and(eq(forms.id, id), eq(forms.version, version)));
			return row?.definition ?? null;
		},

		/** Every stored version of these form ids, keyed `id@version`, for checking responses. */
		async versionsOf(
			ids: readonly string[]
		): Promise<Map<string, { definition: FormDefinition; published: boolean }>> {
			if (ids.length === 0) return new Map();
			const rows = await db
				.select({ definition: forms.definition, publishedAt: forms.publishedAt })
				.from(forms)
				.where(inArray(forms.id, [...new Set(ids)]));
			return new Map(
				rows.map((r) => [
					formVersionKey(r.definition.id, r.definition.version),
					{ definition: r.definition, published: r.publishedAt !== null }
				])
			);
		},

		async save(input: unknown): Promise<{ status: SaveFormStatus; form: FormDefinition }> {
			const form = normalized(unwrap('form definition', parseFormDefinition(input)));
			await assertOfficesExist(db, [form.officeId]);
			if (form.groupId !== null) {
				const groupOffice = (await groupsRepo(db).officesOf([form.groupId])).get(form.groupId);
				if (groupOffice !== form.officeId) {
					throw new StoreError(
						'unknown-group',
						`Form ${form.id} names group ${form.groupId}, which office ${form.officeId} does not have.`
					);
				}
			}
			const hash = contentHash(form);
			const row = {
				id: form.id,
				version: form.version,
				officeId: form.officeId,
				groupId: form.groupId,
				kind: form.kind,
				titleTh: form.title.th,
				definition: form,
				contentHash: hash,
				publishedAt: form.publishedAt === null ? null : new Date(form.publishedAt)
			};
			const status = await db.transaction(async (tx): Promise<SaveFormStatus> => {
				const [existing] = await tx
					.select({ contentHash: forms.contentHash, publishedAt: forms.publishedAt })
					.from(forms)
					.where(and(eq(forms.id, form.id), eq(forms.version, form.version)))
					.for('update');
				if (existing === undefined) {
					await tx.insert(forms).values(row);
					return 'stored';
				}
				if (existing.contentHash === hash) return 'unchanged';
				// Responses name a published version; changing it would change what they answered.
				if (existing.publishedAt !== null) {
					throw new StoreError(
						'form-version-frozen',
						`Form ${form.id} version ${form.version} is published and cannot change: save it as version ${form.version + 1}.`
					);
				}
				await tx
					.update(forms)
					.set({ ...row, recordedAt: new Date() })
					.where(and(eq(forms.id, form.id), eq(forms.version, form.version)));
				return 'updated';
			});
			return { status, form };
		}
	};
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function versionRow(row: {
	definition: FormDefinition;
	publishedAt: Date | null;
	recordedAt: Date;
}): FormVersionRow {
	return {
		form: row.definition,
		published: row.publishedAt !== null,
		savedAt: row.recordedAt.toISOString()
	};
}

export function formVersionKey(id: string, version: number): string {
	return `${id}@${version}`;
}
