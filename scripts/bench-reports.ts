/**
 * Report speed, printed, not asserted (issue 5): one group's fiscal-year report and the
 * executive overview of 20 groups, over 100,000 responses to the demo satisfaction form in FY
 * 2566–2568, on PGlite (in memory) and on PostgreSQL (TEST_DATABASE_URL). The goal is under
 * 300 ms on PostgreSQL. Each figure is the median and p95 of 10 runs after 2 warm-ups.
 *
 * The fixture, one per store, written through `insertResponses` in batches of 1,000 (the time is
 * printed too): a third of the responses in each fiscal year; one group, personnel, holds just
 * over half of them (about 17,700 in the year, 53,000 in its three-year trend: the worst case
 * measured), the other 19 groups share the rest with the demo's weights.
 */
import { v7 } from 'uuid';
import {
	fiscalYearRange,
	questionsOf,
	respondentTypes,
	type AnswerValue,
	type FormDefinition,
	type Group,
	type RespondentType,
	type Response
} from '$lib/domain';
import { answersFor, buildResponse } from '$lib/domain/testing/factories';
import { buildExecutiveOverview } from '$lib/server/reports/executive-overview';
import { buildGroupReport } from '$lib/server/reports/group-report';
import { demoId } from '$lib/server/seed/demo-ids';
import { demoSatisfactionFormId } from '$lib/server/seed/demo-forms';
import { demoGroups, demoOffice, demoSchools } from '$lib/server/seed/demo-office';
import { pick, randomBytes, seededRandom, weighted, type Random } from '$lib/server/seed/prng';
import { seedDemoContent, type Store } from '$lib/server/store';
import { storesUnderTest } from '$lib/server/testing/stores';

const total = 100_000;
const batchSize = 1_000;
const fiscalYears = [2566, 2567, 2568];
const reportFy = 2568;
const warmups = 2;
const runs = 10;

const dayMs = 86_400_000;
const bangkokOffsetMs = 7 * 3_600_000;

/** Ten more groups, so the office has the 20 of a large area office. */
const extraGroups: Group[] = Array.from({ length: 10 }, (_, i) => ({
	id: demoId('group', `bench_unit_${i + 1}`),
	officeId: demoOffice.id,
	code: `bench_unit_${i + 1}`,
	name: { th: `หน่วยงานทดสอบ ${i + 1}`, en: `Bench unit ${i + 1}` },
	shortName: `หน่วยทดสอบ ${i + 1}`,
	activeFromFy: null,
	activeToFy: null,
	sortOrder: 200 + i * 10
}));
const allGroups = [...demoGroups, ...extraGroups];

/** Visits per group, as in the demo, but personnel a little busier than all others together. */
const groupWeights: Record<string, number> = {
	admin: 10,
	policy_planning: 8,
	personnel: 150,
	finance_assets: 16,
	promotion: 10,
	supervision: 14,
	distance_ict: 8,
	teacher_development: 9,
	legal: 4,
	internal_audit: 3
};
const busiest = demoGroups.find((g) => g.code === 'personnel')!;
const quietest = demoGroups.find((g) => g.code === 'internal_audit')!;

const respondentWeights = respondentTypes.map((type): [RespondentType, number] => [
	type,
	type === 'teacher' ? 30 : type === 'other' ? 1 : 8
]);

/** Pleased, lukewarm, unhappy: ratings skewed high, as these surveys are. */
const moods: [number, number][] = [
	[4.6, 55],
	[3.9, 35],
	[2.6, 10]
];

const repeatedSuggestions = [
	'อยากให้เพิ่มที่จอดรถสำหรับผู้มาติดต่อ',
	'ควรมีป้ายบอกทางไปยังกลุ่มต่าง ๆ ให้ชัดเจนกว่านี้',
	'ขั้นตอนการเบิกจ่ายยังใช้เวลานาน อยากให้ลดขั้นตอนลง',
	'อยากให้แจ้งความคืบหน้าของเรื่องทางไลน์หรืออีเมล',
	'เจ้าหน้าที่ให้บริการดีมาก ยิ้มแย้มแจ่มใส',
	'ประทับใจในการให้บริการ ขอบคุณครับ',
	'โทรศัพท์ติดต่อยาก สายไม่ว่างบ่อย',
	'ควรมีช่องทางยื่นเอกสารออนไลน์ ลดการเดินทางมาสำนักงาน'
];

/**
 * The response number `i` of the fixture. Numbers run in time order, a third of them in each
 * fiscal year, because responses reach the server roughly in the order they were given.
 */
function benchResponse(form: FormDefinition, random: Random, i: number, group: Group): Response {
	const perYear = total / fiscalYears.length;
	const fy = fiscalYears[Math.floor(i / perYear)]!;
	const { start, end } = fiscalYearRange(fy);
	const days = Math.round((end.getTime() - start.getTime()) / dayMs);
	const submittedMs =
		start.getTime() +
		Math.floor(((i % perYear) / perYear) * days) * dayMs +
		Math.round((8.5 + random() * 8) * 3_600_000);
	const respondentType = weighted(random, respondentWeights);
	const mood = weighted(random, moods);

	const overrides: Record<string, AnswerValue | undefined> = {};
	for (const q of questionsOf(form)) {
		if (q.kind === 'rating') {
			overrides[q.key] =
				!q.required && random() < 0.08
					? undefined
					: Math.min(5, Math.max(1, Math.round(mood + gaussian(random) * 0.7)));
		} else if (q.kind === 'single_choice') {
			overrides[q.key] = pick(random, q.options).value;
		} else if (q.kind === 'long_text' || q.kind === 'short_text') {
			const roll = random();
			overrides[q.key] =
				roll < 0.2
					? pick(random, repeatedSuggestions)
					: roll < 0.25
						? `ข้อเสนอแนะเฉพาะเรื่องที่ ${i + 1}: ${pick(random, repeatedSuggestions)}`
						: undefined;
		}
	}
	return buildResponse(form, {
		id: v7({ msecs: submittedMs, random: randomBytes(random, 16) }),
		groupId: group.id,
		schoolId: random() < 0.7 ? pick(random, demoSchools).id : null,
		respondentType,
		...(respondentType === 'other' ? { respondentTypeOther: 'ผู้ประกอบการ' } : {}),
		answers: answersFor(form, overrides),
		startedAt: bangkokIso(submittedMs - Math.round((90 + random() * 420) * 1000)),
		submittedAt: bangkokIso(submittedMs)
	});
}

/** The office, its 20 groups and 100,000 responses; returns how long the writing took. */
export async function seedFixture(store: Store): Promise<number> {
	await seedDemoContent(store);
	await store.groups.upsert(extraGroups);
	const form = await store.forms.get(demoSatisfactionFormId, 1);
	if (form === null) throw new Error('demo form missing');
	const random = seededRandom(2568);
	const groupChoices = allGroups.map((g) => [g, groupWeights[g.code] ?? 5] as const);

	const start = performance.now();
	for (let first = 0; first < total; first += batchSize) {
		const batch = Array.from({ length: Math.min(batchSize, total - first) }, (_, j) =>
			benchResponse(form, random, first + j, weighted(random, groupChoices))
		);
		const report = await store.insertResponses(batch);
		if (report.stored !== batch.length) {
			const rejected = report.outcomes.find((o) => o.status !== 'stored');
			throw new Error(`batch at ${first}: not all stored: ${JSON.stringify(rejected)}`);
		}
	}
	return performance.now() - start;
}

interface Timing {
	median: number;
	p95: number;
}

async function timed(work: () => Promise<unknown>): Promise<Timing> {
	for (let i = 0; i < warmups; i++) await work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	// Nearest rank: of 10 runs, the p95 is the slowest.
	return {
		median: (times[(runs - 1) >> 1]! + times[runs >> 1]!) / 2,
		p95: times[Math.ceil(0.95 * runs) - 1]!
	};
}

const thousands = (n: number) => n.toLocaleString('en-US');

function print(store: string, what: string, { median, p95 }: Timing): void {
	console.log(
		`reports  ${store.padEnd(8)}  ${what}: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms`
	);
}

async function groupReportFigure(
	name: string,
	store: Store,
	group: Group,
	note: string
): Promise<void> {
	let inFy = 0;
	const timing = await timed(async () => {
		const report = await buildGroupReport(store, { groupId: group.id, fy: reportFy });
		inFy = report.responses;
	});
	print(
		name,
		`group report FY ${reportFy} (${group.code}, ${note}: ${thousands(inFy)} responses in ` +
			`the year, ${thousands(total)} in the table)`,
		timing
	);
}

async function overviewFigure(name: string, store: Store): Promise<void> {
	let groups = 0;
	let inFy = 0;
	const timing = await timed(async () => {
		const overview = await buildExecutiveOverview(store, { fy: reportFy, office: demoOffice.id });
		groups = overview.groups.length;
		inFy = overview.overall.responses;
	});
	print(
		name,
		`executive overview FY ${reportFy} (${groups} groups, ${thousands(inFy)} responses in the ` +
			`year, ${thousands(total)} in the table)`,
		timing
	);
}

/** Prints the figures; PostgreSQL only with TEST_DATABASE_URL set. */
export async function benchReports(): Promise<void> {
	if (!process.env.TEST_DATABASE_URL) {
		console.log('reports on PostgreSQL: not measured (set TEST_DATABASE_URL)');
	}
	for (const { name, open, dispose } of storesUnderTest()) {
		try {
			const store = await open();
			const seedMs = await seedFixture(store);
			console.log(
				`reports  ${name.padEnd(8)}  seeding: ${thousands(total)} responses in batches of ` +
					`${thousands(batchSize)}: ${(seedMs / 1000).toFixed(1)} s ` +
					`(${thousands(Math.round((total / seedMs) * 1000))}/s)`
			);
			await groupReportFigure(name, store, busiest, 'just over half of all responses');
			await groupReportFigure(name, store, quietest, 'quietest of 20 groups');
			await overviewFigure(name, store);
		} finally {
			await dispose();
		}
	}
}

function bangkokIso(ms: number): string {
	return new Date(ms + bangkokOffsetMs).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

/** Standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
