/**
 * The respondent (kiosk) flow on a shared tablet: welcome → one form, a page at a time → thanks →
 * welcome for the next person. It holds the flow's state and is the only kiosk code that calls the
 * device store; the kiosk components only render what it exposes.
 */
import {
	CollectionError,
	feedbackKeys,
	type CollectionSession,
	type DeviceStore,
	type Draft,
	type RecordKind,
	type RespondentFields
} from '$lib/client/repos';
import {
	FeedbackContact,
	questionsOf,
	respondentTypes,
	validateAnswers,
	visibleQuestions,
	type AnswerValue,
	type Answers,
	type BilingualMessage,
	type FormDefinition,
	type Group,
	type LocalizedText,
	type Office,
	type Question,
	type QuestionKind,
	type RespondentType,
	type School,
	type Section,
	type ValidationIssue
} from '$lib/domain';
import type { DeviceActivity } from '$lib/api/activities-contract';
import { formatDate, translate, type Locale, type MessageArgs, type MessageKey } from '$lib/i18n';
import { userMessageOf } from './user-message';

/** The repositories the kiosk uses; a real `DeviceStore` in the app, one on fake-indexeddb in tests. */
export type KioskStore = Pick<
	DeviceStore,
	'sessions' | 'drafts' | 'records' | 'masterData' | 'settings' | 'supervisors' | 'attendance'
>;

// ---------------------------------------------------------------------------------------------
// Timings

/** How long the kiosk waits, in milliseconds. */
export interface KioskTimings {
	/** Inactivity before "are you still answering?" */
	warnAfterMs: number;
	/** Then this long before the abandoned form is cleared. */
	clearAfterMs: number;
	/** How long the thank-you screen stays before the welcome screen returns. */
	thanksMs: number;
}

export const defaultKioskTimings: KioskTimings = {
	warnAfterMs: 120_000,
	clearAfterMs: 30_000,
	thanksMs: 10_000
};

/**
 * Timings from the kiosk URL, in seconds, for tests and demonstrations:
 * `/collect/kiosk?idle=3&grace=2&thanks=2` warns after 3 s idle, clears 2 s later, and leaves the
 * thank-you screen after 2 s. A value missing or not a positive number keeps its default.
 */
export function kioskTimingsFrom(params: URLSearchParams): KioskTimings {
	const seconds = (name: string, fallbackMs: number) => {
		const value = Number(params.get(name) ?? Number.NaN);
		return Number.isFinite(value) && value > 0 ? value * 1000 : fallbackMs;
	};
	return {
		warnAfterMs: seconds('idle', defaultKioskTimings.warnAfterMs),
		clearAfterMs: seconds('grace', defaultKioskTimings.clearAfterMs),
		thanksMs: seconds('thanks', defaultKioskTimings.thanksMs)
	};
}

// ---------------------------------------------------------------------------------------------
// Loading

/** A form of the session that this device cannot offer, and why; the others keep working. */
export interface UnavailableForm {
	id: string;
	title: LocalizedText | undefined;
	reason: BilingualMessage;
}

export interface KioskSetup {
	session: CollectionSession;
	office: Office | undefined;
	school: School | undefined;
	/** The groups a respondent may say they used: the session's, or all the office's if it names none. */
	groups: Group[];
	/** The session's forms this device can render: surveys first, then opinion/complaint forms. */
	forms: FormDefinition[];
	unavailable: UnavailableForm[];
	/** A respondent's unfinished form, to resume after a reload or a crash. */
	resume: { draft: Draft; form: FormDefinition } | undefined;
	/** An unfinished form that cannot be reopened (its form is gone or unreadable). */
	stuckDraft: { draft: Draft; reason: BilingualMessage } | undefined;
	/**
	 * The participation activity of a sign-in session (issue 8): `known` false when the tablet no
	 * longer has it, and people can still sign in (the server decides).
	 */
	activity: { id: string; known: DeviceActivity | undefined } | undefined;
	/** The office's schools, for a participant to say where they come from. */
	schools: School[];
}

export type KioskLoad =
	| { status: 'ready'; setup: KioskSetup }
	| { status: 'no-session' }
	| { status: 'failed'; message: BilingualMessage };

/** The question kinds the kiosk can render; a form with any other kind is not offered. */
const renderedKinds: Record<QuestionKind, true> = {
	rating: true,
	single_choice: true,
	multiple_choice: true,
	short_text: true,
	long_text: true,
	number: true,
	date: true
};

/** Reads what the kiosk needs from the device store alone: it must open with the network off. */
export async function loadKiosk(store: KioskStore): Promise<KioskLoad> {
	try {
		const session = await store.sessions.current();
		if (!session) return { status: 'no-session' };
		const [latest, officeGroups, schools, offices, draft, activity] = await Promise.all([
			store.masterData.latestForms({ officeId: session.officeId }),
			store.masterData.groups(session.officeId),
			store.masterData.schools(session.officeId),
			store.masterData.offices(),
			store.drafts.current(session.id),
			session.activityId === undefined ? undefined : store.masterData.activity(session.activityId)
		]);

		const forms: FormDefinition[] = [];
		const unavailable: UnavailableForm[] = [];
		for (const formId of session.formIds) {
			const form = latest.forms.find((f) => f.id === formId);
			const unreadable = latest.unreadable.find((f) => f.id === formId);
			if (form) {
				const unsupported = questionsOf(form).find((q) => !Object.hasOwn(renderedKinds, q.kind));
				if (unsupported) {
					unavailable.push({
						id: form.id,
						title: form.title,
						reason: bilingual('kiosk.unavailable.unknownKind', {
							question: unsupported.label.th,
							kind: unsupported.kind
						})
					});
				} else {
					forms.push(form);
				}
			} else if (unreadable) {
				unavailable.push({
					id: formId,
					title: unreadable.title,
					reason: bilingual('kiosk.unavailable.unreadable')
				});
			} else {
				unavailable.push({ id: formId, title: undefined, reason: notCached(formId) });
			}
		}
		// A stable order: the survey is the first choice, the opinion/complaint form the second.
		forms.sort((a, b) => Number(a.kind === 'feedback') - Number(b.kind === 'feedback'));

		const groups =
			session.groupIds.length === 0
				? officeGroups
				: officeGroups.filter((g) => session.groupIds.includes(g.id));

		let resume: KioskSetup['resume'];
		let stuckDraft: KioskSetup['stuckDraft'];
		if (draft) {
			const form = await store.masterData.formVersion(draft.formId, draft.formVersion);
			if (form?.ok && !questionsOf(form.value).some((q) => !Object.hasOwn(renderedKinds, q.kind))) {
				resume = { draft, form: form.value };
			} else {
				stuckDraft = {
					draft,
					reason: form ? bilingual('kiosk.unavailable.unreadable') : notCached(draft.formId)
				};
			}
		}

		return {
			status: 'ready',
			setup: {
				session,
				office: offices.find((o) => o.id === session.officeId),
				school: schools.find((s) => s.id === session.schoolId),
				groups,
				forms,
				unavailable,
				resume,
				stuckDraft,
				activity:
					session.activityId === undefined
						? undefined
						: { id: session.activityId, known: activity },
				schools
			}
		};
	} catch (error) {
		return { status: 'failed', message: userMessageOf(error) };
	}
}

function notCached(formId: string): BilingualMessage {
	return new CollectionError('form-not-cached', formId).userMessage;
}

// ---------------------------------------------------------------------------------------------
// Pages and issues

/** A survey starts with a page about the respondent; then each section of the form is a page. */
export type KioskPage = { kind: 'respondent' } | { kind: 'section'; section: Section };

export function kioskPages(form: FormDefinition, kind: RecordKind): KioskPage[] {
	const sections = form.sections.map((section): KioskPage => ({ kind: 'section', section }));
	return kind === 'response' ? [{ kind: 'respondent' }, ...sections] : sections;
}

/** The respondent fields a survey asks outside the form's own questions, as issue fields. */
export const respondentField = {
	type: 'respondentType',
	other: 'respondentTypeOther',
	group: 'groupId'
} as const satisfies Record<string, keyof RespondentFields>;

type RespondentField = (typeof respondentField)[keyof typeof respondentField];

const respondentLabels: Record<
	RespondentField,
	`kiosk.respondent.${'typeLegend' | 'otherLabel' | 'groupLegend'}`
> = {
	respondentType: 'kiosk.respondent.typeLegend',
	respondentTypeOther: 'kiosk.respondent.otherLabel',
	groupId: 'kiosk.respondent.groupLegend'
};

function isRespondentField(field: string): field is RespondentField {
	return Object.hasOwn(respondentLabels, field);
}

export interface KioskIssue {
	/**
	 * A question key, or a respondent field (`respondentType`, …: camelCase, so never a question
	 * key); `''` for an issue that belongs to no field.
	 */
	field: string;
	/** What the error summary calls the field. */
	label: LocalizedText | undefined;
	message: BilingualMessage;
}

/** The same catalogue message in both languages: the flow's messages are shown in either. */
function bilingual<K extends MessageKey>(key: K, ...params: MessageArgs<K>): BilingualMessage {
	return { th: translate('th', key, ...params), en: translate('en', key, ...params) };
}

function perLocale(message: (locale: Locale) => string): BilingualMessage {
	return { th: message('th'), en: message('en') };
}

/**
 * The domain's messages name a question by label and key, for authors and the sync log; next to
 * the question a respondent needs only what to do. Codes without a kiosk wording keep the domain's.
 */
export function respondentIssue(field: RespondentField): KioskIssue {
	return {
		field,
		label: bilingual(respondentLabels[field]),
		message: bilingual(
			field === respondentField.other ? 'kiosk.issue.specifyOther' : 'kiosk.issue.choose'
		)
	};
}

export function questionIssue(question: Question, issue: ValidationIssue): KioskIssue {
	return { field: question.key, label: question.label, message: kioskMessage(question, issue) };
}

function kioskMessage(question: Question, issue: ValidationIssue): BilingualMessage {
	switch (issue.code) {
		case 'required':
			return question.kind === 'rating' ||
				question.kind === 'single_choice' ||
				question.kind === 'multiple_choice'
				? bilingual('kiosk.issue.choose')
				: bilingual('kiosk.issue.required');
		case 'too_long':
			if (question.kind === 'short_text' || question.kind === 'long_text') {
				return bilingual('kiosk.issue.tooLong', { max: question.maxLength });
			}
			break;
		case 'too_many_selected':
			if (question.kind === 'multiple_choice' && question.maxSelected !== undefined) {
				return bilingual('kiosk.issue.tooMany', { max: question.maxSelected });
			}
			break;
		case 'not_integer':
			if (question.kind === 'number') return bilingual('kiosk.issue.wholeNumber');
			break;
		case 'invalid_type':
			// The kiosk keeps text that is not a number as typed, so it is shown again to be fixed.
			if (question.kind === 'number') return bilingual('kiosk.issue.notNumber');
			break;
		case 'out_of_range':
			if (question.kind === 'number') return numberRangeMessage(question.min, question.max);
			if (question.kind === 'date') return dateRangeMessage(question.min, question.max);
			break;
		case 'invalid_format':
			if (question.key === feedbackKeys.contactPhone) return bilingual('kiosk.issue.phone');
			if (question.key === feedbackKeys.contactEmail) return bilingual('kiosk.issue.email');
			break;
	}
	return issue.message;
}

function numberRangeMessage(min: number | undefined, max: number | undefined): BilingualMessage {
	if (min !== undefined && max !== undefined) {
		return bilingual('kiosk.issue.numberBetween', { min, max });
	}
	if (min !== undefined) return bilingual('kiosk.issue.numberAtLeast', { min });
	if (max !== undefined) return bilingual('kiosk.issue.numberAtMost', { max });
	return bilingual('kiosk.issue.required');
}

function dateRangeMessage(min: string | undefined, max: string | undefined): BilingualMessage {
	return perLocale((locale) => {
		if (min !== undefined && max !== undefined) {
			return translate(locale, 'kiosk.issue.dateBetween', {
				min: formatDate(min, locale),
				max: formatDate(max, locale)
			});
		}
		if (min !== undefined) {
			return translate(locale, 'kiosk.issue.dateFrom', { min: formatDate(min, locale) });
		}
		if (max !== undefined) {
			return translate(locale, 'kiosk.issue.dateUntil', { max: formatDate(max, locale) });
		}
		return translate(locale, 'kiosk.issue.required');
	});
}

// ---------------------------------------------------------------------------------------------
// The flow

export type KioskScreen = 'welcome' | 'form' | 'thanks';
export type SupervisorCheck = 'closed' | 'asking' | 'checking' | 'wrong';

export interface KioskOptions {
	timings?: KioskTimings;
	/** Called while a respondent's form is open; returns the release (see `appUpdate.holdWhile`). */
	holdUpdates?: (reason: string) => () => void;
	/** Milliseconds since the epoch; tests move it. */
	now?: () => number;
}

/** How long typing waits before it is written: each keystroke is shown at once, saved soon after. */
const TYPING_SAVE_DELAY_MS = 400;
const TICK_MS = 250;

/** One pending or failed write to the draft, keyed so a newer value replaces an older one. */
type DraftWrite = (draftId: string) => Promise<void>;

export class KioskFlow {
	readonly setup: KioskSetup;
	readonly timings: KioskTimings;
	readonly #store: KioskStore;
	readonly #holdUpdates: KioskOptions['holdUpdates'];
	readonly #now: () => number;

	#screen = $state<KioskScreen>('welcome');
	#draftId = $state<string | undefined>();
	#kind = $state<RecordKind>('response');
	#form = $state.raw<FormDefinition | undefined>();
	#answers = $state.raw<Answers>({});
	#respondent = $state.raw<RespondentFields>({});
	#pageIndex = $state(0);
	#issues = $state.raw<KioskIssue[]>([]);
	#issuesShown = $state(0);
	#busy = $state(false);
	#notice = $state.raw<BilingualMessage | undefined>();
	#writeFailure = $state.raw<BilingualMessage | undefined>();
	#idleSecondsLeft = $state<number | undefined>();
	#thanksSecondsLeft = $state(0);
	#lastKind = $state<RecordKind>('response');
	#supervisor = $state<SupervisorCheck>('closed');
	#stuckDraft = $state.raw<KioskSetup['stuckDraft']>();

	#pages = $derived(this.#form ? kioskPages(this.#form, this.#kind) : []);
	#visibleKeys = $derived(
		this.#form ? visibleQuestions(this.#form, this.#answers).map((q) => q.key) : []
	);
	#shownPages = $derived(
		this.#pages.flatMap((page, index) =>
			page.kind === 'respondent' ||
			page.section.questions.some((q) => this.#visibleKeys.includes(q.key))
				? [index]
				: []
		)
	);

	#connected = false;
	#lastActivity = 0;
	#thanksUntil = 0;
	#ticker: ReturnType<typeof setInterval> | undefined;
	#typingTimer: ReturnType<typeof setTimeout> | undefined;
	#releaseUpdates: (() => void) | undefined;
	/** Writes run one after another, so an older value can never land after a newer one. */
	#writes: Promise<void> = Promise.resolve();
	// Bookkeeping for writes, never shown: plain maps, not reactive ones.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#typing = new Map<string, DraftWrite>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#failedWrites = new Map<string, DraftWrite>();
	/** A draft the kiosk cleared on screen but could not delete: retried before the next start. */
	#undeleted: string | undefined;

	constructor(store: KioskStore, setup: KioskSetup, options: KioskOptions = {}) {
		this.#store = store;
		this.setup = setup;
		this.timings = options.timings ?? defaultKioskTimings;
		this.#holdUpdates = options.holdUpdates;
		this.#now = options.now ?? Date.now;
		this.#stuckDraft = setup.stuckDraft;
		if (setup.resume) this.#open(setup.resume.draft, setup.resume.form);
	}

	// --- what the screens read ---------------------------------------------------------------

	get screen(): KioskScreen {
		return this.#screen;
	}
	get form(): FormDefinition | undefined {
		return this.#form;
	}
	get kind(): RecordKind {
		return this.#kind;
	}
	get answers(): Answers {
		return this.#answers;
	}
	get respondent(): RespondentFields {
		return this.#respondent;
	}
	get page(): KioskPage | undefined {
		return this.#pages[this.#pageIndex];
	}
	/** Where the respondent is, for the page's `{#key}`: a new page gets focus and scrolls to top. */
	get pageIndex(): number {
		return this.#pageIndex;
	}
	get progress(): { current: number; total: number } {
		return {
			current: this.#shownPages.indexOf(this.#pageIndex) + 1,
			total: this.#shownPages.length
		};
	}
	get isFirstPage(): boolean {
		return this.#shownPages[0] === this.#pageIndex;
	}
	get isLastPage(): boolean {
		return this.#shownPages.at(-1) === this.#pageIndex;
	}
	/** The questions of the current section that its show-if rules show, in form order. */
	get questions(): Question[] {
		const page = this.page;
		return page?.kind === 'section'
			? page.section.questions.filter((q) => this.#visibleKeys.includes(q.key))
			: [];
	}
	/**
	 * The dimension heading to show before the current page's question at `index`: where a run of
	 * ratings of another dimension starts (ด้านกระบวนการ, ด้านเจ้าหน้าที่, …).
	 */
	dimensionBefore(index: number): LocalizedText | undefined {
		const questions = this.questions;
		const question = questions[index];
		if (question?.kind !== 'rating') return undefined;
		const previous = questions[index - 1];
		if (previous?.kind === 'rating' && previous.dimension === question.dimension) return undefined;
		return this.#form?.dimensions.find((d) => d.key === question.dimension)?.label;
	}
	/** The keyboard a phone or e-mail answer of the opinion form wants. */
	inputModeOf(question: Question): 'tel' | 'email' | undefined {
		if (this.#kind !== 'feedback') return undefined;
		if (question.key === feedbackKeys.contactPhone) return 'tel';
		if (question.key === feedbackKeys.contactEmail) return 'email';
		return undefined;
	}
	/** The group must be asked: an office-wide survey in a session for several (or no) groups. */
	get asksGroup(): boolean {
		return this.#form?.groupId === null && this.setup.groups.length > 1;
	}
	get respondentTypes(): readonly RespondentType[] {
		return respondentTypes;
	}
	get issues(): KioskIssue[] {
		return this.#issues;
	}
	/** Changes each time the respondent is stopped by issues: the error summary then takes focus. */
	get issuesShown(): number {
		return this.#issuesShown;
	}
	issueFor(field: string): BilingualMessage | undefined {
		return this.#issues.find((i) => i.field === field)?.message;
	}
	get busy(): boolean {
		return this.#busy;
	}
	/** A message for the respondent that is not about one answer (storage full, form gone…). */
	get notice(): BilingualMessage | undefined {
		return this.#writeFailure ?? this.#notice;
	}
	/** Seconds until an abandoned form is cleared, while the "still there?" warning shows. */
	get idleSecondsLeft(): number | undefined {
		return this.#idleSecondsLeft;
	}
	get thanksSecondsLeft(): number {
		return this.#thanksSecondsLeft;
	}
	/** What the last respondent sent, so the thank-you screen can say what happens next. */
	get lastKind(): RecordKind {
		return this.#lastKind;
	}
	get supervisor(): SupervisorCheck {
		return this.#supervisor;
	}
	get stuckDraft(): KioskSetup['stuckDraft'] {
		return this.#stuckDraft;
	}

	// --- life cycle ------------------------------------------------------------------------------

	/** Starts the clocks and the update hold; the returned function stops them (component unmount). */
	connect(): () => void {
		this.#connected = true;
		this.#lastActivity = this.#now();
		// A form left longer than the whole timeout (the tablet slept or crashed) may be someone
		// else's: ask at once rather than show it for another two minutes.
		const resumed = this.setup.resume?.draft;
		if (resumed && this.#draftId === resumed.id) {
			const idle = this.#now() - Date.parse(resumed.updatedAt);
			if (idle > this.timings.warnAfterMs) this.#lastActivity -= this.timings.warnAfterMs;
		}
		this.#sync();
		return () => {
			this.#connected = false;
			void this.flush();
			this.#sync();
		};
	}

	/** Any touch or key press: the respondent is still there. The warning needs its own button. */
	touch(): void {
		if (this.#idleSecondsLeft === undefined) this.#lastActivity = this.#now();
	}

	stillHere(): void {
		this.#idleSecondsLeft = undefined;
		this.#lastActivity = this.#now();
	}

	// --- welcome -----------------------------------------------------------------------------------

	async start(formId: string): Promise<void> {
		if (this.#busy || this.#screen === 'form') return;
		const form = this.setup.forms.find((f) => f.id === formId);
		if (!form) return;
		this.#busy = true;
		this.#notice = undefined;
		try {
			if (this.#undeleted) {
				await this.#store.drafts.discard(this.#undeleted);
				this.#undeleted = undefined;
			}
			const draft = await this.#store.drafts.create(this.setup.session.id, formId);
			const onVersion = draft.formVersion === form.version ? form : await this.#formVersion(draft);
			if (!onVersion) throw new CollectionError('form-not-cached', formId);
			this.#open(draft, onVersion);
			if (draft.kind === 'feedback') this.#preferAnonymous(onVersion);
		} catch (error) {
			this.#notice = userMessageOf(error);
		} finally {
			this.#busy = false;
		}
	}

	/** Clears a form that cannot be reopened, so the kiosk can start new ones. */
	async clearStuckDraft(): Promise<void> {
		const stuck = this.#stuckDraft;
		if (!stuck || this.#busy) return;
		this.#busy = true;
		try {
			await this.#store.drafts.discard(stuck.draft.id);
			this.#stuckDraft = undefined;
		} catch (error) {
			this.#notice = userMessageOf(error);
		} finally {
			this.#busy = false;
		}
	}

	// --- answering -------------------------------------------------------------------------------

	/** A tap: shown and saved at once. `undefined` clears the answer. */
	answer(key: string, value: AnswerValue | undefined): void {
		this.#setAnswer(key, value);
		this.#typing.delete(`answer:${key}`);
		this.#write(`answer:${key}`, (id) => this.#store.drafts.saveAnswer(id, key, value));
	}

	/** Typing: shown at once, saved after a short pause or on `flush()` (blur, next, leaving). */
	type(key: string, value: AnswerValue | undefined): void {
		this.#setAnswer(key, value);
		this.#typeLater(`answer:${key}`, (id) => this.#store.drafts.saveAnswer(id, key, value));
	}

	chooseRespondentType(type: RespondentType): void {
		this.#setRespondent({ respondentType: type });
		this.#write('respondent:type', (id) =>
			this.#store.drafts.setRespondent(id, { respondentType: type })
		);
	}

	typeRespondentOther(text: string): void {
		this.#setRespondent({ respondentTypeOther: text });
		this.#typeLater('respondent:other', (id) =>
			this.#store.drafts.setRespondent(id, { respondentTypeOther: text.trim() || undefined })
		);
	}

	chooseGroup(groupId: string): void {
		this.#setRespondent({ groupId });
		this.#write('respondent:group', (id) => this.#store.drafts.setRespondent(id, { groupId }));
	}

	/**
	 * Writes whatever typing is waiting, retries writes that failed, and waits for all of them.
	 * False when something could not be saved (the notice says why).
	 */
	async flush(): Promise<boolean> {
		clearTimeout(this.#typingTimer);
		this.#typingTimer = undefined;
		const waiting = [...this.#failedWrites, ...this.#typing];
		this.#typing.clear();
		for (const [key, write] of waiting) this.#write(key, write);
		await this.#writes;
		return this.#failedWrites.size === 0;
	}

	// --- moving ----------------------------------------------------------------------------------

	/** Checks this page, then shows the next one, or sends the form from the last page. */
	async next(): Promise<void> {
		if (this.#busy || this.#screen !== 'form') return;
		this.#busy = true;
		try {
			if (!(await this.flush())) return;
			const issues = this.#pageIssues();
			if (issues.length > 0) return this.#showIssues(issues);
			const following = this.#shownPages.find((index) => index > this.#pageIndex);
			if (following === undefined) await this.#submit();
			else this.#goTo(following);
		} finally {
			this.#busy = false;
		}
	}

	/** Back to the previous page; nothing is checked and nothing entered is lost. */
	back(): void {
		if (this.#busy) return;
		const previous = this.#shownPages.findLast((index) => index < this.#pageIndex);
		if (previous !== undefined) this.#goTo(previous);
	}

	/** The respondent chose to give up: their answers are cleared, as after the timeout. */
	async cancel(): Promise<void> {
		await this.#discard();
	}

	/** From the thank-you screen, at once or when its time is up. */
	nextPerson(): void {
		if (this.#screen !== 'thanks') return;
		this.#screen = 'welcome';
		this.#sync();
	}

	// --- supervisor ------------------------------------------------------------------------------

	askSupervisor(): void {
		if (this.#supervisor === 'closed') this.#supervisor = 'asking';
	}

	dismissSupervisor(): void {
		if (this.#supervisor !== 'checking') this.#supervisor = 'closed';
	}

	/**
	 * True when the PIN is the session's supervisor's. A session from before per-supervisor PINs
	 * (no `collectorId`) is left with the old device-wide PIN, or freely when none was ever set, so
	 * that a tablet upgraded in the middle of a visit never locks its supervisor out.
	 */
	async verifySupervisor(pin: string): Promise<boolean> {
		if (this.#supervisor === 'checking') return false;
		this.#supervisor = 'checking';
		try {
			const { collectorId } = this.setup.session;
			const check =
				collectorId === null
					? await this.#store.settings.verifySupervisorPin(pin)
					: await this.#store.supervisors.checkPin(collectorId, pin);
			// Only a legacy session may go without a PIN: a supervisor's session always had one.
			if (check === 'mismatch' || (check === 'not-set' && collectorId !== null)) {
				this.#supervisor = 'wrong';
				return false;
			}
			await this.flush();
			this.#supervisor = 'closed';
			return true;
		} catch (error) {
			this.#notice = userMessageOf(error);
			this.#supervisor = 'asking';
			return false;
		}
	}

	// --- inside ----------------------------------------------------------------------------------

	#open(draft: Draft, form: FormDefinition): void {
		this.#draftId = draft.id;
		this.#kind = draft.kind;
		this.#form = form;
		this.#answers = { ...draft.answers };
		this.#respondent = { ...draft.respondent };
		this.#issues = [];
		this.#writeFailure = undefined;
		const pages = kioskPages(form, draft.kind);
		this.#pageIndex = Math.min(draft.sectionIndex, pages.length - 1);
		// A page whose questions are all hidden now is skipped, as "next" would have skipped it.
		if (!this.#shownPages.includes(this.#pageIndex)) {
			this.#pageIndex =
				this.#shownPages.findLast((i) => i < this.#pageIndex) ?? this.#shownPages[0] ?? 0;
		}
		this.#screen = 'form';
		this.#lastActivity = this.#now();
		this.#sync();
	}

	/** Clears the screen first (privacy), then the stored draft. */
	#close(): void {
		clearTimeout(this.#typingTimer);
		this.#typingTimer = undefined;
		this.#typing.clear();
		this.#failedWrites.clear();
		this.#draftId = undefined;
		this.#form = undefined;
		this.#answers = {};
		this.#respondent = {};
		this.#issues = [];
		this.#pageIndex = 0;
		this.#idleSecondsLeft = undefined;
		this.#writeFailure = undefined;
	}

	async #discard(): Promise<void> {
		const draftId = this.#draftId;
		if (draftId === undefined) return;
		this.#close();
		this.#screen = 'welcome';
		this.#sync();
		// Writes already under way finish first, so none can land on the draft after it is gone.
		await this.#writes;
		try {
			await this.#store.drafts.discard(draftId);
		} catch (error) {
			this.#undeleted = draftId;
			this.#notice = userMessageOf(error);
		}
	}

	async #submit(): Promise<void> {
		const draftId = this.#draftId;
		if (draftId === undefined) return;
		try {
			const result = await this.#store.records.submitDraft(draftId);
			if (!result.ok) return this.#showSubmitIssues(result.issues);
			this.#lastKind = this.#kind;
			this.#close();
			this.#screen = 'thanks';
			this.#thanksUntil = this.#now() + this.timings.thanksMs;
			this.#thanksSecondsLeft = Math.ceil(this.timings.thanksMs / 1000);
			this.#sync();
		} catch (error) {
			this.#failed(error);
		}
	}

	/** Feedback is anonymous unless the person asks for a reply (PDPA: the least personal data). */
	#preferAnonymous(form: FormDefinition): void {
		const question = questionsOf(form).find((q) => q.key === feedbackKeys.wantsContact);
		if (question?.kind === 'single_choice' && question.options.some((o) => o.value === 'no')) {
			this.answer(question.key, 'no');
		}
	}

	#formVersion(draft: Draft): Promise<FormDefinition | undefined> {
		return this.#store.masterData
			.formVersion(draft.formId, draft.formVersion)
			.then((read) => (read?.ok ? read.value : undefined));
	}

	#setAnswer(key: string, value: AnswerValue | undefined): void {
		const answers = { ...this.#answers };
		if (value === undefined) delete answers[key];
		else answers[key] = value;
		this.#answers = answers;
		this.#clearIssue(key);
	}

	#setRespondent(fields: RespondentFields): void {
		this.#respondent = { ...this.#respondent, ...fields };
		for (const field of Object.keys(fields)) this.#clearIssue(field);
	}

	/** An answer given clears its message; the others stay until the respondent tries again. */
	#clearIssue(field: string): void {
		if (this.#issues.some((i) => i.field === field)) {
			this.#issues = this.#issues.filter((i) => i.field !== field);
		}
	}

	#typeLater(key: string, write: DraftWrite): void {
		this.#typing.set(key, write);
		clearTimeout(this.#typingTimer);
		this.#typingTimer = setTimeout(() => void this.flush(), TYPING_SAVE_DELAY_MS);
	}

	#write(key: string, write: DraftWrite): void {
		const draftId = this.#draftId;
		if (draftId === undefined) return;
		this.#failedWrites.delete(key);
		this.#writes = this.#writes.then(async () => {
			// The draft may have been submitted or cleared while this write waited its turn.
			if (this.#draftId !== draftId) return;
			try {
				await write(draftId);
				this.#failedWrites.delete(key);
				if (this.#failedWrites.size === 0) this.#writeFailure = undefined;
			} catch (error) {
				if (this.#draftId !== draftId) return;
				// Kept to retry: what is on screen is what the respondent gave, and stays there.
				this.#failedWrites.set(key, write);
				this.#failed(error);
			}
		});
	}

	#failed(error: unknown): void {
		if (error instanceof CollectionError && error.reason === 'draft-not-found') {
			// Cleared elsewhere (the supervisor ended the session in another tab): start again.
			this.#close();
			this.#screen = 'welcome';
			this.#notice = error.userMessage;
			this.#sync();
			return;
		}
		this.#writeFailure = userMessageOf(error);
	}

	#goTo(index: number): void {
		this.#pageIndex = index;
		this.#issues = [];
		this.#write('section', (id) => this.#store.drafts.setSection(id, index));
	}

	#pageIssues(page: KioskPage | undefined = this.page): KioskIssue[] {
		if (!page || !this.#form) return [];
		if (page.kind === 'respondent') return this.#respondentIssues();
		const onPage = page.section.questions;
		const result = validateAnswers(this.#form, this.#answers);
		const issues = result.ok
			? []
			: result.issues.flatMap((issue) => {
					const question = this.#questionAt(issue.path);
					return question && onPage.includes(question) ? [questionIssue(question, issue)] : [];
				});
		const contact = this.#contactIssues().filter((c) => !issues.some((i) => i.field === c.field));
		return [...issues, ...contact];
	}

	/**
	 * The opinion form's phone and e-mail are checked by the FeedbackItem only when it is sent;
	 * checked here too, they are told with the other answers of their page, not one round later.
	 */
	#contactIssues(): KioskIssue[] {
		if (this.#kind !== 'feedback') return [];
		return this.questions.flatMap((question): KioskIssue[] => {
			const value = this.#answers[question.key];
			if (typeof value !== 'string' || value.trim() === '') return [];
			const check =
				question.key === feedbackKeys.contactPhone
					? { schema: FeedbackContact.shape.phone, message: bilingual('kiosk.issue.phone') }
					: question.key === feedbackKeys.contactEmail
						? { schema: FeedbackContact.shape.email, message: bilingual('kiosk.issue.email') }
						: undefined;
			if (!check || check.schema.safeParse(value).success) return [];
			return [{ field: question.key, label: question.label, message: check.message }];
		});
	}

	#respondentIssues(): KioskIssue[] {
		const { respondentType, respondentTypeOther, groupId } = this.#respondent;
		const issues: KioskIssue[] = [];
		if (respondentType === undefined) {
			issues.push(respondentIssue(respondentField.type));
		} else if (respondentType === 'other' && !respondentTypeOther?.trim()) {
			issues.push(respondentIssue(respondentField.other));
		}
		if (this.asksGroup && groupId === undefined)
			issues.push(respondentIssue(respondentField.group));
		return issues;
	}

	#questionAt(path: string): Question | undefined {
		if (!path.startsWith('answers.') || !this.#form) return undefined;
		const key = path.slice('answers.'.length);
		return questionsOf(this.#form).find((q) => q.key === key);
	}

	#showIssues(issues: KioskIssue[]): void {
		this.#issues = issues;
		this.#issuesShown += 1;
	}

	/** The record was refused as a whole: show the first page with a problem, with its messages. */
	#showSubmitIssues(issues: ValidationIssue[]): void {
		const kiosk = issues.map((issue): KioskIssue => {
			const question = this.#questionAt(issue.path);
			if (question) return questionIssue(question, issue);
			if (isRespondentField(issue.path)) return respondentIssue(issue.path);
			return { field: '', label: undefined, message: issue.message };
		});
		const pageOf = (field: string) =>
			isRespondentField(field)
				? this.#pages.findIndex((p) => p.kind === 'respondent')
				: this.#pages.findIndex(
						(p) => p.kind === 'section' && p.section.questions.some((q) => q.key === field)
					);
		const pages = kiosk.map((i) => (i.field === '' ? -1 : pageOf(i.field))).filter((p) => p >= 0);
		const first = pages.length > 0 ? Math.min(...pages) : this.#pageIndex;
		if (first !== this.#pageIndex) this.#goTo(first);
		this.#showIssues(kiosk.filter((i) => i.field === '' || pageOf(i.field) === first));
	}

	/** Starts or stops the clock and the update hold to match the screen. */
	#sync(): void {
		const ticking = this.#connected && this.#screen !== 'welcome';
		if (ticking && this.#ticker === undefined) {
			this.#ticker = setInterval(() => this.#tick(), TICK_MS);
		} else if (!ticking && this.#ticker !== undefined) {
			clearInterval(this.#ticker);
			this.#ticker = undefined;
		}
		const holding = this.#connected && this.#draftId !== undefined;
		if (holding && !this.#releaseUpdates) {
			this.#releaseUpdates = this.#holdUpdates?.('kiosk: a respondent is filling a form');
		} else if (!holding && this.#releaseUpdates) {
			this.#releaseUpdates();
			this.#releaseUpdates = undefined;
		}
	}

	#tick(): void {
		const now = this.#now();
		if (this.#screen === 'thanks') {
			const left = this.#thanksUntil - now;
			if (left <= 0) this.nextPerson();
			else this.#thanksSecondsLeft = Math.ceil(left / 1000);
			return;
		}
		if (this.#screen !== 'form') return;
		const idle = now - this.#lastActivity;
		const { warnAfterMs, clearAfterMs } = this.timings;
		if (idle >= warnAfterMs + clearAfterMs) {
			void this.#discard();
		} else if (idle >= warnAfterMs) {
			this.#idleSecondsLeft = Math.ceil((warnAfterMs + clearAfterMs - idle) / 1000);
		}
	}
}
