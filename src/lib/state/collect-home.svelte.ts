import type { DeviceActivity } from '$lib/api/activities-contract';
import type { DeviceSupervisor } from '$lib/api/device-supervisor-contract';
import type {
	CollectionSession,
	SessionStart,
	TabletSupervisor,
	UnreadableForm
} from '$lib/client/repos';
import { deviceStore } from '$lib/client/device-store';
import { confirmSupervisor, refreshSupervisors } from '$lib/client/supervisor-sign-in';
import type { BilingualMessage, FormDefinition, Group, Office, School } from '$lib/domain';
import { en } from '$lib/i18n/messages/en';
import { th } from '$lib/i18n/messages/th';
import { pullMasterData, type MasterDataPulled } from '$lib/sync/pull-master-data';
import { LiveQuery } from './live-query.svelte';
import { userMessageOf } from './user-message';

const wrongPin: BilingualMessage = { th: th.collect.start.wrongPin, en: en.collect.start.wrongPin };

export type SupervisorConfirmation =
	{ ok: true; supervisor: DeviceSupervisor } | { ok: false; message: BilingualMessage };

/** The supervisor's home on the tablet: what the device holds, its supervisors, starting a session. */
export class CollectHome {
	office = $state<Office | undefined>();
	schools = $state<School[]>([]);
	groups = $state<Group[]>([]);
	forms = $state<FormDefinition[]>([]);
	/** Participation activities the tablet may open for sign-ins (issue 8). */
	activities = $state<DeviceActivity[]>([]);
	unreadable = $state<UnreadableForm[]>([]);
	openSession = $state<CollectionSession | undefined>();
	loaded = $state(false);
	pulling = $state(false);
	pulled = $state<MasterDataPulled | undefined>();
	error = $state<BilingualMessage | undefined>();
	/** Taken off the tablet at the last pull: their account is disabled or may no longer collect. */
	removedSupervisors = $state<TabletSupervisor[]>([]);
	/** Who may start a session here; current in every tab. */
	readonly supervisors = new LiveQuery<TabletSupervisor[]>(
		() => deviceStore().supervisors.list(),
		[]
	);

	/** Reads everything the screen shows from the device store. */
	async load(): Promise<void> {
		const device = deviceStore();
		try {
			const [office] = await device.masterData.offices();
			this.office = office;
			if (office) {
				const [schools, groups, latest, activities] = await Promise.all([
					device.masterData.schools(office.id),
					device.masterData.groups(office.id),
					device.masterData.latestForms({ officeId: office.id }),
					device.masterData.activities(office.id)
				]);
				this.activities = activities;
				this.schools = schools;
				this.groups = groups;
				this.forms = latest.forms;
				this.unreadable = latest.unreadable;
			}
			this.openSession = await device.sessions.current();
		} catch (error) {
			this.error = userMessageOf(error);
		}
		this.loaded = true;
	}

	/**
	 * Downloads forms and lists from the server, then drops the supervisors it no longer lets collect
	 * here; what the device had stays if either fails.
	 */
	async pull(): Promise<void> {
		const device = deviceStore();
		this.pulling = true;
		this.error = undefined;
		try {
			this.pulled = await pullMasterData(device);
			await this.load();
			this.removedSupervisors = await refreshSupervisors(device);
		} catch (error) {
			this.error = userMessageOf(error);
		} finally {
			this.pulling = false;
		}
	}

	/** First step of adding a supervisor, online: the server checks their name and password. */
	async confirmSupervisor(username: string, password: string): Promise<SupervisorConfirmation> {
		try {
			const supervisor = await confirmSupervisor(deviceStore(), { username, password });
			return { ok: true, supervisor };
		} catch (error) {
			return { ok: false, message: userMessageOf(error) };
		}
	}

	/** Second step: the confirmed supervisor is kept with the PIN they chose. */
	async saveSupervisor(
		supervisor: DeviceSupervisor,
		pin: string
	): Promise<BilingualMessage | undefined> {
		try {
			const added = await deviceStore().supervisors.add(supervisor, pin);
			return added.ok ? undefined : added.issues[0]?.message;
		} catch (error) {
			return userMessageOf(error);
		}
	}

	async removeSupervisor(id: string): Promise<BilingualMessage | undefined> {
		try {
			await deviceStore().supervisors.remove(id);
			return undefined;
		} catch (error) {
			return userMessageOf(error);
		}
	}

	/**
	 * Starts a session for the chosen supervisor once their PIN matches; resolves with the reason
	 * when it could not.
	 */
	async startSession(choice: SessionStart, pin: string): Promise<BilingualMessage | undefined> {
		const device = deviceStore();
		try {
			if ((await device.supervisors.checkPin(choice.collectorId, pin)) !== 'match') return wrongPin;
			const started = await device.sessions.start(choice);
			if (!started.ok) return started.issues[0]?.message;
			this.openSession = started.value;
			return undefined;
		} catch (error) {
			return userMessageOf(error);
		}
	}
}
