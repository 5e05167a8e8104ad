import { Dexie, type Table } from 'dexie';
import type { DeviceActivity } from '$lib/api/activities-contract';
import {
	parseFormDefinition,
	type FormDefinition,
	type FormKind,
	type Group,
	type LocalizedText,
	type Office,
	type School,
	type Validated,
	type ValidationIssue
} from '$lib/domain';
import { withStorageErrors } from '../storage';
import type { AppDB } from '../db/app-db';
import type { CachedForm } from '../db/tables';
import type { RepoContext } from './context';

/** A pull from the server. A part left out (e.g. answered 304 Not Modified) stays as cached. */
export interface MasterDataPull {
	offices?: Office[];
	groups?: Group[];
	schools?: School[];
	forms?: FormDefinition[];
	activities?: DeviceActivity[];
}

export interface MasterDataReplaced {
	forms: number;
	/** Cached form versions the pull no longer has, kept because a draft or a waiting record uses them. */
	formsKeptInUse: number;
}

/** A cached form the device cannot read (e.g. written by a newer server); the others still work. */
export interface UnreadableForm {
	id: string;
	version: number;
	title: LocalizedText | undefined;
	issues: ValidationIssue[];
}

export interface LatestForms {
	forms: FormDefinition[];
	unreadable: UnreadableForm[];
}

const thaiCollator = new Intl.Collator('th');

export class MasterDataRepo {
	constructor(private readonly context: RepoContext) {}

	/** Replaces the cached master data with a pull, all or nothing. */
	replace(pull: MasterDataPull): Promise<MasterDataReplaced> {
		const { db } = this.context;
		return withStorageErrors(() =>
			// One transaction: a half-applied pull could offer forms for groups the device lacks.
			db.transaction(
				'rw',
				[
					db.offices,
					db.groups,
					db.schools,
					db.forms,
					db.drafts,
					db.outbox,
					db.activities,
					db.sessions
				],
				async () => {
					if (pull.offices) await replaceTable(db.offices, pull.offices);
					if (pull.groups) await replaceTable(db.groups, pull.groups);
					if (pull.schools) await replaceTable(db.schools, pull.schools);
					if (pull.activities) await replaceActivities(db, pull.activities);
					if (!pull.forms) return { forms: await db.forms.count(), formsKeptInUse: 0 };

					const pulled = new Set(pull.forms.map((f) => formKey(f.id, f.version)));
					const inUse = new Set(
						[
							...(await db.drafts.orderBy('[formId+formVersion]').uniqueKeys()),
							...(await db.outbox.orderBy('[formId+formVersion]').uniqueKeys())
						].map((key) => {
							const [id, version] = key as unknown as [string, number];
							return formKey(id, version);
						})
					);
					const stale: [string, number][] = [];
					const kept: CachedForm[] = [];
					for (const form of await db.forms.toArray()) {
						const key = formKey(form.id, form.version);
						if (pulled.has(key)) continue;
						if (inUse.has(key)) kept.push({ ...form, retainedOnly: true });
						else stale.push([form.id, form.version]);
					}
					await db.forms.bulkDelete(stale);
					await db.forms.bulkPut([...pull.forms, ...kept]);
					return { forms: pull.forms.length + kept.length, formsKeptInUse: kept.length };
				}
			)
		);
	}

	/** The latest published version of each form the server offers, read and checked. */
	latestForms(filter: { officeId?: string; kind?: FormKind } = {}): Promise<LatestForms> {
		return withStorageErrors(async () => {
			const latest = new Map<string, CachedForm>();
			for (const form of await this.context.db.forms.toArray()) {
				if (!isOffered(form)) continue;
				if (filter.officeId !== undefined && form.officeId !== filter.officeId) continue;
				if (filter.kind !== undefined && form.kind !== filter.kind) continue;
				const seen = latest.get(form.id);
				if (!seen || seen.version < form.version) latest.set(form.id, form);
			}
			const result: LatestForms = { forms: [], unreadable: [] };
			for (const form of latest.values()) {
				const read = readForm(form);
				if (read.ok) result.forms.push(read.value);
				else result.unreadable.push(unreadable(form, read.issues));
			}
			result.forms.sort((a, b) => thaiCollator.compare(a.title.th, b.title.th));
			return result;
		});
	}

	/** The version a new draft of this form should use, or undefined if none is cached. */
	latestForm(formId: string): Promise<Validated<FormDefinition> | undefined> {
		return withStorageErrors(() => latestFormIn(this.context.db, formId));
	}

	/** One exact version, as drafts and records name it; retained versions included. */
	formVersion(formId: string, version: number): Promise<Validated<FormDefinition> | undefined> {
		return withStorageErrors(async () => {
			const form = await this.context.db.forms.get([formId, version]);
			return form && readForm(form);
		});
	}

	offices(): Promise<Office[]> {
		return withStorageErrors(() => this.context.db.offices.toArray());
	}

	groups(officeId?: string): Promise<Group[]> {
		return withStorageErrors(async () => {
			const { groups } = this.context.db;
			const rows = await (officeId === undefined
				? groups.toArray()
				: groups.where('officeId').equals(officeId).toArray());
			return rows.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
		});
	}

	/** The activities the tablet may open, soonest first. */
	activities(officeId?: string): Promise<DeviceActivity[]> {
		return withStorageErrors(async () => {
			const { activities } = this.context.db;
			const rows = await (officeId === undefined
				? activities.toArray()
				: activities.where('officeId').equals(officeId).toArray());
			return rows.sort(
				(a, b) => a.heldOn.localeCompare(b.heldOn) || thaiCollator.compare(a.topic, b.topic)
			);
		});
	}

	activity(id: string): Promise<DeviceActivity | undefined> {
		return withStorageErrors(() => this.context.db.activities.get(id));
	}

	schools(officeId?: string): Promise<School[]> {
		return withStorageErrors(async () => {
			const { schools } = this.context.db;
			const rows = await (officeId === undefined
				? schools.toArray()
				: schools.where('officeId').equals(officeId).toArray());
			return rows.sort((a, b) => thaiCollator.compare(a.name.th, b.name.th));
		});
	}
}

/**
 * The activity of a session still open stays even when the server no longer lists it (its dates
 * moved on, or it was removed): the people at the venue can still sign in, and the server decides.
 */
async function replaceActivities(db: AppDB, pulled: readonly DeviceActivity[]): Promise<void> {
	const open = await db.sessions
		.filter((s) => s.endedAt === null && s.activityId !== undefined)
		.toArray();
	const kept = new Set(open.map((s) => s.activityId));
	const pulledIds = new Set(pulled.map((a) => a.id));
	const stale = (await db.activities.toCollection().primaryKeys()).filter(
		(id) => !pulledIds.has(id) && !kept.has(id)
	);
	await db.activities.bulkDelete(stale);
	await db.activities.bulkPut([...pulled]);
}

async function replaceTable<T, K>(table: Table<T, K>, rows: readonly T[]): Promise<void> {
	await table.clear();
	await table.bulkPut(rows);
}

/** Usable inside a caller's transaction: it only awaits Dexie. */
export async function latestFormIn(
	db: AppDB,
	formId: string
): Promise<Validated<FormDefinition> | undefined> {
	const versions = await db.forms
		.where('[id+version]')
		.between([formId, Dexie.minKey], [formId, Dexie.maxKey])
		.reverse()
		.toArray();
	const latest = versions.find(isOffered);
	return latest && readForm(latest);
}

function formKey(id: string, version: number): string {
	return `${id}@${version}`;
}

function isOffered(form: CachedForm): boolean {
	return form.publishedAt !== null && form.retainedOnly !== true;
}

/**
 * Cached forms are read through the domain parser: one stored by an older or newer app may not fit
 * today's schema, and the kiosk must say so rather than render it wrongly.
 */
export function readForm(stored: CachedForm): Validated<FormDefinition> {
	return parseFormDefinition(stored);
}

function unreadable(form: CachedForm, issues: ValidationIssue[]): UnreadableForm {
	const title = (form as { title?: unknown }).title;
	const isText = typeof title === 'object' && title !== null && 'th' in title;
	return {
		id: form.id,
		version: form.version,
		title: isText ? (title as LocalizedText) : undefined,
		issues
	};
}
