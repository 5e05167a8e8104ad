import { v7 } from 'uuid';
import {
	fiscalYearOf,
	fiscalYearRange,
	questionsOf,
	type Answers,
	type FeedbackItem,
	type FormDefinition,
	type RespondentType,
	type Response
} from '$lib/domain';
import { demoId } from './demo-ids';
import { demoGroups, demoOffice, demoSchools } from './demo-office';
import { pick, randomBytes, seededRandom, weighted, type Random } from './prng';

const dayMs = 86_400_000;
const bangkokOffsetMs = 7 * 3_600_000;

/** The devices the synthetic records come from; their ids also mark a store as already seeded. */
export function demoDeviceIds(seed: number): string[] {
	return ['kiosk-front-desk', 'kiosk-meeting-room', 'collector-tablet'].map((d) =>
		demoId('device', String(seed), d)
	);
}

export interface SyntheticOptions {
	count: number;
	seed: number;
	/** The end of the period: records fall between the start of the previous fiscal year and this day. */
	now: Date;
}

/** Visits per group: personnel and finance see the most schools, audit and legal the fewest. */
const groupWeights: Record<string, number> = {
	admin: 10,
	policy_planning: 8,
	personnel: 18,
	finance_assets: 16,
	promotion: 10,
	supervision: 14,
	distance_ict: 8,
	teacher_development: 9,
	legal: 4,
	internal_audit: 3
};

/** How each group tends to differ from the office, by dimension, on the 1–5 scale. */
const groupLeanings: Record<string, Partial<Record<string, number>>> = {
	finance_assets: { process: -0.35, quality: -0.1 },
	personnel: { process: -0.2 },
	supervision: { staff: 0.15, quality: 0.1 },
	distance_ict: { facilities: 0.25 },
	legal: { quality: -0.1 },
	admin: { facilities: -0.15 }
};

const respondentWeights: [RespondentType, number][] = [
	['school_executive', 18],
	['teacher', 34],
	['education_personnel', 14],
	['employee', 6],
	['parent', 9],
	['student', 2],
	['school_board', 5],
	['community', 6],
	['agency', 5],
	['other', 1]
];

const schoolPeople = new Set<RespondentType>([
	'school_executive',
	'teacher',
	'education_personnel',
	'employee',
	'parent',
	'student',
	'school_board'
]);

const ageWeights: Partial<Record<RespondentType, [string, number][]>> = {
	student: [['under_25', 1]],
	school_executive: [
		['from_36_to_45', 2],
		['from_46_to_55', 5],
		['from_56', 3]
	],
	parent: [
		['from_25_to_35', 3],
		['from_36_to_45', 4],
		['from_46_to_55', 2],
		['from_56', 1]
	]
};
const usualAges: [string, number][] = [
	['under_25', 1],
	['from_25_to_35', 4],
	['from_36_to_45', 3],
	['from_46_to_55', 3],
	['from_56', 1]
];

/** Most respondents are pleased, some lukewarm, a few unhappy: the usual shape of these surveys. */
const moods: [number, number][] = [
	[4.7, 55],
	[4.0, 35],
	[2.6, 10]
];

/** How often an optional facilities item is left blank (online users never saw the car park). */
const skipRates: Record<string, number> = {
	facilities_amenities: 0.12,
	facilities_signs: 0.05,
	facilities_clean_safe: 0.04,
	facilities_systems: 0.15
};

const praise = [
	'เจ้าหน้าที่ให้บริการดีมาก ยิ้มแย้มแจ่มใส',
	'ประทับใจในการให้บริการ ขอบคุณครับ',
	'ได้รับคำแนะนำที่ชัดเจน แก้ปัญหาได้ตรงจุด',
	'บริการรวดเร็ว เป็นกันเอง',
	'ขอชื่นชมเจ้าหน้าที่ที่ช่วยประสานงานจนเรื่องเสร็จเรียบร้อย',
	'ให้บริการดีแล้ว ขอให้รักษามาตรฐานไว้'
];
const improvements = [
	'อยากให้เพิ่มที่จอดรถสำหรับผู้มาติดต่อ',
	'ควรมีป้ายบอกทางไปยังกลุ่มต่าง ๆ ให้ชัดเจนกว่านี้',
	'ขั้นตอนการเบิกจ่ายยังใช้เวลานาน อยากให้ลดขั้นตอนลง',
	'อยากให้แจ้งความคืบหน้าของเรื่องทางไลน์หรืออีเมล',
	'ควรมีช่องทางยื่นเอกสารออนไลน์ ลดการเดินทางมาสำนักงาน',
	'เว็บไซต์ควรปรับปรุงให้ค้นหาแบบฟอร์มได้ง่ายขึ้น',
	'ช่วงพักเที่ยงควรมีเจ้าหน้าที่สลับกันให้บริการ',
	'อยากให้มีคู่มือขั้นตอนการให้บริการแจกผู้มาติดต่อ',
	'ควรแจ้งเอกสารที่ต้องเตรียมให้ครบตั้งแต่ครั้งแรก',
	'โทรศัพท์ติดต่อยาก สายไม่ว่างบ่อย',
	'ห้องน้ำสำหรับผู้มาติดต่อควรดูแลความสะอาดมากขึ้น',
	'อยากให้จัดอบรมการใช้ระบบสารสนเทศให้โรงเรียนขนาดเล็ก'
];

/**
 * A few hundred plausible survey responses over the last two fiscal years, the same for the same
 * options: a seeded PRNG draws everything, and ids are UUIDv7 made from the submission time and
 * seeded bytes.
 */
export function buildDemoResponses(form: FormDefinition, options: SyntheticOptions): Response[] {
	const random = seededRandom(options.seed);
	const devices = demoDeviceIds(options.seed);
	const window = demoWindow(options.now);
	const currentFy = fiscalYearOf(options.now);
	const ratings = questionsOf(form).filter((q) => q.kind === 'rating');
	const overallKey = ratings.at(-1)?.key;
	const groupChoices = demoGroups.map((g) => [g, groupWeights[g.code] ?? 5] as const);

	return Array.from({ length: options.count }, (): Response => {
		const group = weighted(random, groupChoices);
		const respondentType = weighted(random, respondentWeights);
		const atSchool = schoolPeople.has(respondentType) || random() < 0.5;
		const submittedMs = officeHoursInstant(random, window);
		const startedMs = submittedMs - Math.round((90 + random() * 420) * 1000);
		// Offices that read last year's results improve a little: the current year rates higher.
		const trend = fiscalYearOf(new Date(submittedMs)) === currentFy ? 0.1 : 0;
		const mood = weighted(random, moods) + trend;

		const answers: Answers = {
			relationship:
				random() < (schoolPeople.has(respondentType) ? 0.85 : 0.4) ? 'recipient' : 'stakeholder',
			sex: weighted(random, [
				['female', 58],
				['male', 38],
				['unspecified', 4]
			]),
			age_band: weighted(random, ageWeights[respondentType] ?? usualAges)
		};
		const given: number[] = [];
		for (const q of ratings) {
			if (q.key === overallKey) continue;
			if (!q.required && random() < (skipRates[q.key] ?? 0.05)) continue;
			const leaning = groupLeanings[group.code]?.[q.dimension] ?? 0;
			const value = toScale(mood + leaning + gaussian(random) * 0.6);
			answers[q.key] = value;
			given.push(value);
		}
		if (overallKey !== undefined) {
			const mean = given.reduce((s, v) => s + v, 0) / Math.max(1, given.length);
			answers[overallKey] = toScale(mean + gaussian(random) * 0.35);
		}
		if (random() < 0.3) {
			answers.suggestion =
				mood >= 4.5 && random() < 0.7 ? pick(random, praise) : pick(random, improvements);
		}

		return {
			id: v7({ msecs: submittedMs, random: randomBytes(random, 16) }),
			officeId: form.officeId,
			formId: form.id,
			formVersion: form.version,
			groupId: group.id,
			schoolId: atSchool ? pick(random, demoSchools).id : null,
			respondentType,
			...(respondentType === 'other'
				? { respondentTypeOther: pick(random, ['สื่อมวลชน', 'ผู้ประกอบการ', 'นักศึกษาฝึกงาน']) }
				: {}),
			answers,
			startedAt: bangkokIso(startedMs),
			submittedAt: bangkokIso(submittedMs),
			deviceId: weighted(random, [
				[devices[0]!, 6],
				[devices[1]!, 2],
				[devices[2]!, 3]
			]),
			collectorId: null,
			sessionId: null
		};
	});
}

type FeedbackSeed = [
	kind: FeedbackItem['kind'],
	groupCode: string | null,
	subject: string | null,
	body: string
];

const feedbackSeeds: FeedbackSeed[] = [
	['suggestion', 'admin', 'ที่จอดรถ', 'ที่จอดรถสำหรับผู้มาติดต่อไม่เพียงพอในช่วงเช้า อยากให้จัดพื้นที่เพิ่ม'],
	[
		'complaint',
		'finance_assets',
		'การเบิกจ่ายล่าช้า',
		'ส่งเอกสารเบิกค่าเดินทางไปราชการตั้งแต่ต้นเดือน ยังไม่ได้รับเงิน และไม่ทราบความคืบหน้า'
	],
	['compliment', 'supervision', null, 'ขอชื่นชมศึกษานิเทศก์ที่มานิเทศโรงเรียน ให้คำแนะนำที่นำไปใช้ได้จริง'],
	[
		'opinion',
		'distance_ict',
		'ระบบสารสนเทศ',
		'ระบบรายงานข้อมูลนักเรียนใช้งานยากสำหรับครูที่ไม่คุ้นเคยกับคอมพิวเตอร์'
	],
	[
		'suggestion',
		'personnel',
		'แจ้งผลทางออนไลน์',
		'อยากให้แจ้งผลการพิจารณาย้ายหรือเลื่อนวิทยฐานะผ่านทางเว็บไซต์ด้วย'
	],
	['complaint', 'admin', 'โทรศัพท์', 'โทรติดต่อสำนักงานหลายครั้งแต่ไม่มีผู้รับสาย'],
	['compliment', 'personnel', null, 'เจ้าหน้าที่กลุ่มบุคคลช่วยตรวจเอกสารให้อย่างละเอียด ขอบคุณมากครับ'],
	['suggestion', 'teacher_development', 'การอบรม', 'ควรจัดอบรมในช่วงปิดภาคเรียน เพื่อไม่ให้กระทบการสอน'],
	['opinion', null, null, 'โดยรวมการให้บริการดีขึ้นกว่าปีที่แล้ว'],
	['complaint', 'promotion', 'ทุนการศึกษา', 'ประกาศรายชื่อผู้ได้รับทุนช้ากว่ากำหนด ผู้ปกครองสอบถามมามาก'],
	[
		'suggestion',
		'policy_planning',
		null,
		'อยากให้เผยแพร่แผนปฏิบัติการประจำปีให้โรงเรียนทราบตั้งแต่ต้นปีงบประมาณ'
	],
	['compliment', 'legal', null, 'ได้รับคำปรึกษาเรื่องระเบียบการลาอย่างชัดเจน เข้าใจง่าย']
];

/** Complaints about corruption go on the restricted track and are often anonymous. */
const misconductSeeds: string[] = [
	'มีผู้อ้างว่าสามารถช่วยให้ได้รับการบรรจุแต่งตั้ง โดยขอรับเงินตอบแทน',
	'พบการจัดซื้อวัสดุที่ราคาสูงกว่าท้องตลาดมาก ขอให้ตรวจสอบ'
];

/** Opinions and complaints over the same period, some asking for a reply, two on the misconduct track. */
export function buildDemoFeedback(options: SyntheticOptions): FeedbackItem[] {
	const random = seededRandom(options.seed ^ 0x5eed);
	const devices = demoDeviceIds(options.seed);
	const window = demoWindow(options.now);
	const byCode = new Map(demoGroups.map((g) => [g.code, g]));

	return Array.from({ length: options.count }, (_, i): FeedbackItem => {
		const submittedMs = officeHoursInstant(random, window);
		const id = v7({ msecs: submittedMs, random: randomBytes(random, 16) });
		const base = {
			id,
			officeId: demoOffice.id,
			schoolId: random() < 0.5 ? pick(random, demoSchools).id : null,
			channel: weighted(random, [
				['kiosk', 5],
				['web', 4],
				['phone', 1]
			] as const),
			submittedAt: bangkokIso(submittedMs),
			deviceId: devices[0]!
		};
		if (i % 12 === 11) {
			return {
				...base,
				kind: 'complaint',
				track: 'misconduct',
				groupId: null,
				body: misconductSeeds[Math.floor(i / 12) % misconductSeeds.length]!,
				anonymous: true,
				contact: null
			};
		}
		const [kind, groupCode, subject, body] = feedbackSeeds[i % feedbackSeeds.length]!;
		const wantsReply = kind === 'complaint' || random() < 0.3;
		return {
			...base,
			kind,
			track: 'general',
			groupId: groupCode === null ? null : (byCode.get(groupCode)?.id ?? null),
			...(subject === null ? {} : { subject }),
			body,
			anonymous: !wantsReply,
			contact: wantsReply
				? { name: `ผู้ติดต่อตัวอย่าง ${i + 1}`, phone: `080-000-${String(1000 + i).slice(-4)}` }
				: null
		};
	});
}

/** From Bangkok midnight starting the previous fiscal year to Bangkok midnight today. */
function demoWindow(now: Date): { start: number; days: number } {
	const start = fiscalYearRange(fiscalYearOf(now) - 1).start.getTime();
	const today = Math.floor((now.getTime() + bangkokOffsetMs) / dayMs) * dayMs - bangkokOffsetMs;
	return { start, days: Math.max(1, Math.round((today - start) / dayMs)) };
}

/** A weekday between 08:30 and 16:30 Bangkok time: when offices serve walk-in visitors. */
function officeHoursInstant(random: Random, window: { start: number; days: number }): number {
	let day = Math.floor(random() * window.days);
	const weekday = new Date(window.start + day * dayMs + bangkokOffsetMs).getUTCDay();
	if (weekday === 6) day = day > 0 ? day - 1 : day + 2;
	else if (weekday === 0) day = day + 1 < window.days ? day + 1 : day - 2;
	return window.start + day * dayMs + Math.round((8.5 + random() * 8) * 3_600_000);
}

function bangkokIso(ms: number): string {
	return new Date(ms + bangkokOffsetMs).toISOString().replace(/\.\d{3}Z$/, '+07:00');
}

function toScale(x: number): number {
	return Math.min(5, Math.max(1, Math.round(x)));
}

/** Standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
