import type { z } from 'zod';
import { ActivitiesResponse } from '$lib/api/activities-contract';
import { FormsResponse, GroupsResponse, OfficesResponse, SchoolsResponse } from '$lib/api/contract';
import type { DeviceStore, MasterDataPull, MasterDataReplaced } from '$lib/client/repos';
import { exchange, parseReply, type FetchJsonOptions } from './fetch-json';
import { SyncError } from './sync-error';

export interface MasterDataPulled extends MasterDataReplaced {
	offices: number;
	groups: number;
	schools: number;
	pulledAt: string;
	/** The lists the server said had not changed since the last pull (304), so were not sent. */
	unchanged: (keyof typeof endpoints)[];
}

const endpoints = {
	offices: '/api/offices',
	groups: '/api/groups',
	schools: '/api/schools',
	forms: '/api/forms',
	activities: '/api/activities'
} as const;

type Fetched<T> = { changed: true; value: T; etag: string | null } | { changed: false };

/** A GET that names the version the device holds; 304 means it is still current. */
async function fetchIfChanged<S extends z.ZodType>(
	url: string,
	schema: S,
	etag: string | undefined,
	options: FetchJsonOptions & { token?: string }
): Promise<Fetched<z.output<S>>> {
	const headers: Record<string, string> = etag ? { 'if-none-match': etag } : {};
	if (options.token) headers.authorization = `Bearer ${options.token}`;
	const reply = await exchange(url, { headers }, options);
	if (reply.status === 304 && etag) return { changed: false };
	// Activities name the people invited, so only an enrolled tablet gets them; one whose token
	// was refused keeps what it has, and the sync panel asks for enrolling again.
	if (reply.status === 401 && options.token) return { changed: false };
	if (reply.status < 200 || reply.status > 299) {
		throw new SyncError('server', `${url}: HTTP ${reply.status}`);
	}
	return { changed: true, value: parseReply(reply, schema), etag: reply.headers.get('etag') };
}

/**
 * Brings the offices, groups, schools, published forms and — to an enrolled tablet — participation
 * activities down to the device, so that collection works offline. All five answers arrive before anything is replaced:
 * a pull cut short changes nothing. Each request names the ETag of what the device holds, so a
 * pull where nothing changed costs five empty 304s on a poor link.
 */
export async function pullMasterData(
	device: DeviceStore,
	options: FetchJsonOptions & { now?: () => Date } = {}
): Promise<MasterDataPulled> {
	const etags = await device.settings.masterDataEtags();
	const token = await device.settings.deviceToken();
	const [offices, groups, schools, forms, activities] = await Promise.all([
		fetchIfChanged(endpoints.offices, OfficesResponse, etags[endpoints.offices], options),
		fetchIfChanged(endpoints.groups, GroupsResponse, etags[endpoints.groups], options),
		fetchIfChanged(endpoints.schools, SchoolsResponse, etags[endpoints.schools], options),
		fetchIfChanged(endpoints.forms, FormsResponse, etags[endpoints.forms], options),
		token === undefined
			? ({ changed: false } as const)
			: fetchIfChanged(endpoints.activities, ActivitiesResponse, etags[endpoints.activities], {
					...options,
					token
				})
	]);

	// A list the server did not send is current on the device, so the pull stays consistent.
	const pull: MasterDataPull = {};
	if (offices.changed) pull.offices = offices.value.offices;
	if (groups.changed) pull.groups = groups.value.groups;
	if (schools.changed) pull.schools = schools.value.schools;
	if (forms.changed) pull.forms = forms.value.forms;
	if (activities.changed) pull.activities = activities.value.activities;
	const replaced = await device.masterData.replace(pull);

	// Only after the data they name is stored: an ETag for data the device lacks would keep it stale.
	const nextEtags: Record<string, string> = {};
	for (const [url, fetched] of [
		[endpoints.offices, offices],
		[endpoints.groups, groups],
		[endpoints.schools, schools],
		[endpoints.forms, forms],
		[endpoints.activities, activities]
	] as const) {
		const etag = fetched.changed ? fetched.etag : etags[url];
		if (etag) nextEtags[url] = etag;
	}
	await device.settings.setMasterDataEtags(nextEtags);

	const pulledAt = (options.now?.() ?? new Date()).toISOString();
	await device.settings.setLastPulledAt(pulledAt);
	return {
		...replaced,
		offices: (pull.offices ?? (await device.masterData.offices())).length,
		groups: (pull.groups ?? (await device.masterData.groups())).length,
		schools: (pull.schools ?? (await device.masterData.schools())).length,
		pulledAt,
		unchanged: (['offices', 'groups', 'schools', 'forms', 'activities'] as const).filter(
			(name) => !{ offices, groups, schools, forms, activities }[name].changed
		)
	};
}
