import type { SessionStart, CollectionSession, UnreadableForm } from '$lib/client/repos';
import { deviceStore } from '$lib/client/device-store';
import type { BilingualMessage, FormDefinition, Group, Office, School } from '$lib/domain';
import { pullMasterData, type MasterDataPulled } from '$lib/sync/pull-master-data';
import { userMessageOf } from './user-message';

/** The supervisor's home on the tablet: what the device holds, and starting a session. */
export class CollectHome {
	office = $state<Office | undefined>();
	schools = $state<School[]>([]);
	groups = $state<Group[]>([]);
	forms = $state<FormDefinition[]>([]);
	unreadable = $state<UnreadableForm[]>([]);
	openSession = $state<CollectionSession | undefined>();
	hasPin = $state(false);
	collectorName = $state('');
	loaded = $state(false);
	pulling = $state(false);
	pulled = $state<MasterDataPulled | undefined>();
	error = $state<BilingualMessage | undefined>();

	/** Reads everything the screen shows from the device store. */
	async load(): Promise<void> {
		const device = deviceStore();
		try {
			const [office] = await device.masterData.offices();
			this.office = office;
			if (office) {
				const [schools, groups, latest] = await Promise.all([
					device.masterData.schools(office.id),
					device.masterData.groups(office.id),
					device.masterData.latestForms({ officeId: office.id })
				]);
				this.schools = schools;
				this.groups = groups;
				this.forms = latest.forms;
				this.unreadable = latest.unreadable;
			}
			this.openSession = await device.sessions.current();
			this.hasPin = await device.settings.hasSupervisorPin();
			this.collectorName = (await device.settings.collectorName()) ?? '';
		} catch (error) {
			this.error = userMessageOf(error);
		}
		this.loaded = true;
	}

	/** Downloads forms and lists from the server; what the device had stays if it fails. */
	async pull(): Promise<void> {
		this.pulling = true;
		this.error = undefined;
		try {
			this.pulled = await pullMasterData(deviceStore());
			await this.load();
		} catch (error) {
			this.error = userMessageOf(error);
		} finally {
			this.pulling = false;
		}
	}

	async savePin(pin: string): Promise<BilingualMessage | undefined> {
		try {
			const saved = await deviceStore().settings.setSupervisorPin(pin);
			if (!saved.ok) return saved.issues[0]?.message;
			this.hasPin = true;
			return undefined;
		} catch (error) {
			return userMessageOf(error);
		}
	}

	/** Starts a session; resolves with the reason when it could not. */
	async startSession(choice: SessionStart): Promise<BilingualMessage | undefined> {
		const device = deviceStore();
		try {
			const started = await device.sessions.start(choice);
			if (!started.ok) return started.issues[0]?.message;
			await device.settings.setCollectorName(choice.collectorName);
			this.openSession = started.value;
			return undefined;
		} catch (error) {
			return userMessageOf(error);
		}
	}
}
