/**
 * A survey by link on the respondent's own phone (issue 8): open the survey (the kept copy
 * first, so it opens offline, then a fresh one when online), fill it a page at a time with the
 * kiosk's pages and messages, check it as the server will (parseResponse against the form), keep
 * it on the phone and send it when there is a network. The screens only render what it exposes.
 */
import type { PublicSurvey } from '$lib/api/survey-link-contract';
import type { PhoneDraft, PhoneOutboxEntry } from '$lib/client/phone/phone-db';
import type { PhoneSurveyStore } from '$lib/client/phone/phone-survey.repo';
import {
	newId,
	parseResponse,
	questionsOf,
	respondentTypes,
	validateAnswers,
	visibleQuestions,
	type AnswerValue,
	type BilingualMessage,
	type LocalizedText,
	type Question,
	type RespondentType,
	type ValidationIssue
} from '$lib/domain';
import {
	kioskPages,
	questionIssue,
	respondentField,
	respondentIssue,
	type KioskIssue,
	type KioskPage
} from './kiosk.svelte';
import { userMessageOf } from './user-message';

export type PhoneScreen = 'loading' | 'unavailable' | 'welcome' | 'form' | 'thanks' | 'answered';

/** The entries that stand for this phone's one answer to a one-response-per-phone link. */
function countsAsAnswer(entry: PhoneOutboxEntry): boolean {
	return entry.status !== 'refused' || entry.reason === 'already-answered';
}

export class PhoneSurvey {
	readonly code: string;
	readonly #store: PhoneSurveyStore;
	readonly #now: () => Date;

	#screen = $state<PhoneScreen>('loading');
	#survey = $state.raw<PublicSurvey | undefined>();
	#unavailable = $state.raw<BilingualMessage | undefined>();
	#draft = $state.raw<PhoneDraft | undefined>();
	#entries = $state.raw<PhoneOutboxEntry[]>([]);
	#issues = $state.raw<KioskIssue[]>([]);
	#issuesShown = $state(0);
	#busy = $state(false);
	#notice = $state.raw<BilingualMessage | undefined>();
	#pushing: Promise<void> | undefined;
	#pushAgain = false;
	#retryTimer: ReturnType<typeof setTimeout> | undefined;
	#retryDelayMs = 2000;
	/** Draft writes run one after another, so an older answer never lands after a newer one. */
	#writes: Promise<void> = Promise.resolve();

	#form = $derived(this.#survey?.form);
	#pages = $derived(this.#form ? kioskPages(this.#form, 'response') : []);
	#visibleKeys = $derived(
		this.#form && this.#draft
			? visibleQuestions(this.#form, this.#draft.answers).map((q) => q.key)
			: []
	);
	#shownPages = $derived(
		this.#pages.flatMap((page, index) =>
			page.kind === 'respondent' ||
			page.section.questions.some((q) => this.#visibleKeys.includes(q.key))
				? [index]
				: []
		)
	);

	constructor(code: string, store: PhoneSurveyStore, options: { now?: () => Date } = {}) {
		this.code = code;
		this.#store = store;
		// A fresh value on each call, read once and never changed: nothing for reactivity to follow.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#now = options.now ?? (() => new Date());
	}

	// --- what the screens read -------------------------------------------------------------------

	get screen(): PhoneScreen {
		return this.#screen;
	}
	get survey(): PublicSurvey | undefined {
		return this.#survey;
	}
	get unavailable(): BilingualMessage | undefined {
		return this.#unavailable;
	}
	get answers() {
		return this.#draft?.answers ?? {};
	}
	get respondentType(): RespondentType | undefined {
		return this.#draft?.respondentType;
	}
	get respondentTypeOther(): string {
		return this.#draft?.respondentTypeOther ?? '';
	}
	get respondentTypes(): readonly RespondentType[] {
		return respondentTypes;
	}
	get page(): KioskPage | undefined {
		return this.#draft ? this.#pages[this.#draft.pageIndex] : undefined;
	}
	get pageIndex(): number {
		return this.#draft?.pageIndex ?? 0;
	}
	get progress(): { current: number; total: number } {
		return {
			current: this.#shownPages.indexOf(this.pageIndex) + 1,
			total: this.#shownPages.length
		};
	}
	get isFirstPage(): boolean {
		return this.#shownPages[0] === this.pageIndex;
	}
	get isLastPage(): boolean {
		return this.#shownPages.at(-1) === this.pageIndex;
	}
	get questions(): Question[] {
		const page = this.page;
		return page?.kind === 'section'
			? page.section.questions.filter((q) => this.#visibleKeys.includes(q.key))
			: [];
	}
	dimensionBefore(index: number): LocalizedText | undefined {
		const questions = this.questions;
		const question = questions[index];
		if (question?.kind !== 'rating') return undefined;
		const previous = questions[index - 1];
		if (previous?.kind === 'rating' && previous.dimension === question.dimension) return undefined;
		return this.#form?.dimensions.find((d) => d.key === question.dimension)?.label;
	}
	get issues(): KioskIssue[] {
		return this.#issues;
	}
	get issuesShown(): number {
		return this.#issuesShown;
	}
	issueFor(field: string): BilingualMessage | undefined {
		return this.#issues.find((i) => i.field === field)?.message;
	}
	get busy(): boolean {
		return this.#busy;
	}
	get notice(): BilingualMessage | undefined {
		return this.#notice;
	}
	/** What this phone sent for the link, newest first. */
	get entries(): PhoneOutboxEntry[] {
		return [...this.#entries].reverse();
	}
	get latest(): PhoneOutboxEntry | undefined {
		return this.#entries.at(-1);
	}
	/** The refusal that says this phone answered already, if the server gave one. */
	get alreadyAnswered(): PhoneOutboxEntry | undefined {
		return this.#entries.find((e) => e.reason === 'already-answered');
	}

	// --- life cycle --------------------------------------------------------------------------------

	/** Opens the kept copy at once, then asks the server; sends whatever waits. */
	async open(online: boolean): Promise<void> {
		try {
			this.#survey = await this.#store.keptSurvey(this.code);
			this.#draft = await this.#store.draft(this.code);
			this.#entries = await this.#store.entries(this.code);
			if (this.#survey) this.#settle();
			if (online) {
				const fresh = await this.#store.refresh(this.code);
				if (fresh.kind === 'fresh') {
					this.#survey = fresh.survey;
				} else if (fresh.kind === 'gone') {
					this.#unavailable = fresh.message;
					// A response filled on a version the phone kept may still be on the way out.
					if (!this.#draft) this.#screen = 'unavailable';
				}
			}
			if (!this.#survey) {
				this.#screen = 'unavailable';
				return;
			}
			if (this.#screen === 'loading' || this.#screen === 'welcome') this.#settle();
			await this.sendWaiting();
		} catch (error) {
			this.#notice = userMessageOf(error);
			if (!this.#survey) this.#screen = 'unavailable';
		}
	}

	/**
	 * Sends what waits on this phone; one round at a time. Asked again during a round (the network
	 * came back while a round begun offline was failing), it runs one more round after it, so the
	 * "online" that should send the answer is never absorbed by a round that could not.
	 */
	sendWaiting(): Promise<void> {
		if (this.#pushing) {
			this.#pushAgain = true;
			return this.#pushing;
		}
		this.#pushing = (async () => {
			try {
				do {
					this.#pushAgain = false;
					try {
						await this.#store.push();
					} catch (error) {
						this.#notice = userMessageOf(error);
					}
				} while (this.#pushAgain);
			} finally {
				this.#entries = await this.#store.entries(this.code);
				this.#pushing = undefined;
				if (this.#screen === 'welcome' || this.#screen === 'answered') this.#settle();
				this.#retryLater();
			}
		})();
		return this.#pushing;
	}

	/**
	 * "online" can come before the network carries a request (a phone between cells, a captive
	 * portal): while answers still wait and the phone says it is online, try again, less and less
	 * often (2 s doubling to a minute), until they go.
	 */
	#retryLater(): void {
		clearTimeout(this.#retryTimer);
		const waiting = this.#entries.some((e) => e.status === 'waiting');
		if (!waiting || typeof navigator === 'undefined' || !navigator.onLine) {
			this.#retryDelayMs = 2000;
			return;
		}
		this.#retryTimer = setTimeout(() => void this.sendWaiting(), this.#retryDelayMs);
		this.#retryDelayMs = Math.min(this.#retryDelayMs * 2, 60_000);
	}

	/** Where the phone stands when no form is open: a form to resume, answered, or ready. */
	#settle(): void {
		if (this.#draft && this.#form && this.#draft.formVersion === this.#form.version) {
			this.#screen = 'form';
		} else if (this.#survey && !this.#survey.allowMultiple && this.#entries.some(countsAsAnswer)) {
			this.#screen = 'answered';
		} else {
			this.#screen = 'welcome';
		}
	}

	// --- answering ---------------------------------------------------------------------------------

	async start(): Promise<void> {
		const form = this.#form;
		if (!form || this.#busy) return;
		this.#notice = undefined;
		this.#issues = [];
		this.#draft = {
			code: this.code,
			responseId: newId(),
			formVersion: form.version,
			startedAt: this.#now().toISOString(),
			answers: {},
			pageIndex: 0
		};
		this.#screen = 'form';
		this.#save();
	}

	answer(key: string, value: AnswerValue | undefined): void {
		if (!this.#draft) return;
		const answers = { ...this.#draft.answers };
		if (value === undefined) delete answers[key];
		else answers[key] = value;
		this.#change({ answers }, key);
	}

	chooseRespondentType(type: RespondentType): void {
		this.#change({ respondentType: type }, respondentField.type);
	}

	typeRespondentOther(text: string): void {
		this.#change({ respondentTypeOther: text }, respondentField.other);
	}

	/** Waits for the draft's writes; false (with a notice) when one failed. */
	async flush(): Promise<boolean> {
		await this.#writes;
		return this.#notice === undefined;
	}

	async next(): Promise<void> {
		if (this.#busy || this.#screen !== 'form') return;
		this.#busy = true;
		try {
			const issues = this.#pageIssues();
			if (issues.length > 0) return this.#showIssues(issues);
			const following = this.#shownPages.find((index) => index > this.pageIndex);
			if (following === undefined) await this.#submit();
			else this.#goTo(following);
		} finally {
			this.#busy = false;
		}
	}

	back(): void {
		if (this.#busy) return;
		const previous = this.#shownPages.findLast((index) => index < this.pageIndex);
		if (previous !== undefined) this.#goTo(previous);
	}

	/** The respondent gave up: their answers are cleared from the phone. */
	async cancel(): Promise<void> {
		this.#draft = undefined;
		this.#issues = [];
		await this.#writes;
		await this.#store.discardDraft(this.code);
		this.#settle();
	}

	// --- inside ------------------------------------------------------------------------------------

	#change(fields: Partial<PhoneDraft>, field: string): void {
		if (!this.#draft) return;
		this.#draft = { ...this.#draft, ...fields };
		if (this.#issues.some((i) => i.field === field)) {
			this.#issues = this.#issues.filter((i) => i.field !== field);
		}
		this.#save();
	}

	#save(): void {
		const draft = this.#draft;
		if (!draft) return;
		this.#writes = this.#writes.then(async () => {
			try {
				await this.#store.saveDraft($state.snapshot(draft) as PhoneDraft);
				this.#notice = undefined;
			} catch (error) {
				this.#notice = userMessageOf(error);
			}
		});
	}

	#goTo(index: number): void {
		this.#issues = [];
		this.#change({ pageIndex: index }, '');
	}

	#pageIssues(page: KioskPage | undefined = this.page): KioskIssue[] {
		const form = this.#form;
		if (!page || !form || !this.#draft) return [];
		if (page.kind === 'respondent') {
			const { respondentType, respondentTypeOther } = this.#draft;
			if (respondentType === undefined) return [respondentIssue(respondentField.type)];
			if (respondentType === 'other' && !respondentTypeOther?.trim()) {
				return [respondentIssue(respondentField.other)];
			}
			return [];
		}
		const result = validateAnswers(form, this.#draft.answers);
		if (result.ok) return [];
		return result.issues.flatMap((issue) => {
			const question = this.#questionAt(issue.path);
			return question && page.section.questions.includes(question)
				? [questionIssue(question, issue)]
				: [];
		});
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

	/** Checked as the server checks it, then kept on the phone and sent when it can be. */
	async #submit(): Promise<void> {
		const survey = this.#survey;
		const draft = this.#draft;
		if (!survey || !draft) return;
		await this.#writes;
		const { respondentType, respondentTypeOther } = draft;
		const parsed = parseResponse(
			{
				id: draft.responseId,
				officeId: survey.office.id,
				formId: survey.form.id,
				formVersion: draft.formVersion,
				groupId: survey.group.id,
				schoolId: survey.school?.id ?? null,
				respondentType,
				respondentTypeOther: respondentType === 'other' ? respondentTypeOther?.trim() : undefined,
				answers: draft.answers,
				startedAt: draft.startedAt,
				submittedAt: this.#now().toISOString(),
				deviceId: null,
				collectorId: null,
				sessionId: null,
				...(survey.activityId === null ? {} : { activityId: survey.activityId })
			},
			survey.form
		);
		if (!parsed.ok) return this.#showSubmitIssues(parsed.issues);
		try {
			await this.#store.queue(this.code, parsed.value);
		} catch (error) {
			this.#notice = userMessageOf(error);
			return;
		}
		this.#draft = undefined;
		this.#issues = [];
		this.#entries = await this.#store.entries(this.code);
		this.#screen = 'thanks';
		void this.sendWaiting();
	}

	#showSubmitIssues(issues: ValidationIssue[]): void {
		const kiosk = issues.map((issue): KioskIssue => {
			const question = this.#questionAt(issue.path);
			if (question) return questionIssue(question, issue);
			if (issue.path === respondentField.type || issue.path === respondentField.other) {
				return respondentIssue(issue.path);
			}
			return { field: '', label: undefined, message: issue.message };
		});
		const pageOf = (field: string) =>
			field === respondentField.type || field === respondentField.other
				? this.#pages.findIndex((p) => p.kind === 'respondent')
				: this.#pages.findIndex(
						(p) => p.kind === 'section' && p.section.questions.some((q) => q.key === field)
					);
		const pages = kiosk.map((i) => (i.field === '' ? -1 : pageOf(i.field))).filter((p) => p >= 0);
		const first = pages.length > 0 ? Math.min(...pages) : this.pageIndex;
		if (first !== this.pageIndex) this.#goTo(first);
		this.#showIssues(kiosk.filter((i) => i.field === '' || pageOf(i.field) === first));
	}
}
