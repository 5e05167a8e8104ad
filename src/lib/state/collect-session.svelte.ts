import type { DeviceActivity } from '$lib/api/activities-contract';
import type { AttendanceEntry, CollectionSession, SessionRecordCounts } from '$lib/client/repos';
import { deviceStore } from '$lib/client/device-store';
import type { BilingualMessage, FormDefinition, Group, Office, School } from '$lib/domain';
import { LiveQuery } from './live-query.svelte';
import { userMessageOf } from './user-message';

/** The open session as the supervisor sees it between respondents. */
export class CollectSession {
	session = $state<CollectionSession | undefined>();
	office = $state<Office | undefined>();
	school = $state<School | undefined>();
	groups = $state<Group[]>([]);
	forms = $state<FormDefinition[]>([]);
	hasDraft = $state(false);
	/** The activity of a sign-in session, when the tablet has it. */
	activity = $state<DeviceActivity | undefined>();
	loaded = $state(false);
	error = $state<BilingualMessage | undefined>();
	readonly counts = new LiveQuery<SessionRecordCounts>(
		async () =>
			this.session
				? deviceStore().sessions.recordCounts(this.session.id)
				: { submitted: 0, waiting: 0 },
		{ submitted: 0, waiting: 0 }
	);
	/** Who signed in on this tablet, current as people sign in at the kiosk in another tab. */
	readonly sheet = new LiveQuery<AttendanceEntry[]>(
		async () =>
			this.session?.activityId ? deviceStore().attendance.sheet(this.session.activityId) : [],
		[]
	);

	async load(): Promise<void> {
		const device = deviceStore();
		try {
			const session = await device.sessions.current();
			this.session = session;
			if (session) {
				const [offices, schools, groups, forms, draft] = await Promise.all([
					device.masterData.offices(),
					device.masterData.schools(session.officeId),
					device.masterData.groups(session.officeId),
					Promise.all(session.formIds.map((id) => device.masterData.latestForm(id))),
					device.drafts.current(session.id)
				]);
				this.office = offices.find((o) => o.id === session.officeId);
				this.school = schools.find((s) => s.id === session.schoolId);
				this.groups = groups.filter((g) => session.groupIds.includes(g.id));
				this.forms = forms.flatMap((f) => (f?.ok ? [f.value] : []));
				this.hasDraft = draft !== undefined;
				this.activity = session.activityId
					? await device.masterData.activity(session.activityId)
					: undefined;
			}
		} catch (error) {
			this.error = userMessageOf(error);
		}
		this.loaded = true;
	}

	/** Ends the session; an unfinished respondent form is cleared only when asked to. */
	async end(discardDrafts: boolean): Promise<boolean> {
		if (!this.session) return false;
		try {
			await deviceStore().sessions.end(this.session.id, { discardDrafts });
			this.session = undefined;
			return true;
		} catch (error) {
			this.error = userMessageOf(error);
			return false;
		}
	}
}
