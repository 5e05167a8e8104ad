import { GroupReport } from '$lib/api/report-contract';

const stats = (
	counts: [number, number, number, number, number],
	mean: number | null,
	meanRounded: number | null,
	sd: number | null,
	level: number | null
) => {
	const n = counts.reduce((a, b) => a + b, 0);
	return {
		n,
		counts,
		percents: counts.map((c) => (n === 0 ? 0 : (c / n) * 100)) as [
			number,
			number,
			number,
			number,
			number
		],
		mean,
		meanRounded,
		sd,
		level
	};
};

const noChange = { previousMeanRounded: null, change: null };

/**
 * A small group report written out by hand: two dimensions, three items, four respondents, one
 * open question with text that would break a careless writer. Parsed through the contract, so it
 * is a report the API could send.
 */
export function sampleReport(): GroupReport {
	const emptyPoint = {
		responses: 0,
		n: 0,
		mean: null,
		meanRounded: null,
		sd: null,
		level: null,
		satisfactionPercent: null
	};
	return GroupReport.parse({
		group: {
			id: '0193c3a0-0000-7000-8000-000000000001',
			code: 'finance_assets',
			name: { th: 'กลุ่มบริหารงานการเงินและสินทรัพย์', en: 'Finance and Assets' },
			shortName: 'กลุ่มการเงินฯ'
		},
		period: {
			kind: 'year',
			fy: 2568,
			quarter: null,
			from: '2024-09-30T17:00:00.000Z',
			to: '2025-09-30T17:00:00.000Z',
			firstDay: '2024-10-01',
			lastDay: '2025-09-30'
		},
		previousPeriod: {
			kind: 'year',
			fy: 2567,
			quarter: null,
			from: '2023-09-30T17:00:00.000Z',
			to: '2024-09-30T17:00:00.000Z',
			firstDay: '2023-10-01',
			lastDay: '2024-09-30'
		},
		filters: { schoolId: null, respondentType: null },
		levelScheme: '0.5',
		form: {
			id: '0193c3a0-0000-7000-8000-0000000000f1',
			title: { th: 'แบบประเมินความพึงพอใจ', en: 'Satisfaction survey' },
			version: null
		},
		responses: 4,
		respondents: {
			total: 4,
			byType: [
				{ type: 'teacher', count: 3, percent: 75 },
				{ type: 'parent', count: 1, percent: 25 }
			]
		},
		items: [
			{
				key: 'steps',
				dimension: 'process',
				label: { th: 'ขั้นตอนไม่ยุ่งยาก', en: 'Simple steps' },
				...stats([0, 0, 1, 2, 1], 4, 4, 0.816496580927726, 4),
				rank: 2,
				...noChange
			},
			{
				key: 'speed',
				dimension: 'process',
				label: { th: 'ความรวดเร็ว', en: 'Speed' },
				...stats([0, 1, 1, 2, 0], 3.25, 3.25, 0.9574271077563381, 3),
				rank: 3,
				...noChange
			},
			{
				key: 'courtesy',
				dimension: 'staff',
				label: { th: 'สุภาพ, "ยิ้มแย้ม"', en: 'Courteous' },
				...stats([0, 0, 0, 1, 3], 4.75, 4.75, 0.5, 5),
				rank: 1,
				...noChange
			}
		],
		dimensions: [
			{
				key: 'process',
				label: { th: 'ด้านกระบวนการ', en: 'Process' },
				responses: 4,
				...stats([0, 1, 2, 4, 1], 3.625, 3.63, 0.916125, 4),
				rank: 2,
				...noChange
			},
			{
				key: 'staff',
				label: { th: 'ด้านเจ้าหน้าที่', en: 'Staff' },
				responses: 4,
				...stats([0, 0, 0, 1, 3], 4.75, 4.75, 0.5, 5),
				rank: 1,
				...noChange
			}
		],
		overall: {
			...stats([0, 1, 2, 5, 4], 4.0, 4, 0.9534625892455922, 4),
			responses: 4,
			satisfactionPercent: 80,
			previousMeanRounded: 3.88,
			change: 0.12
		},
		previous: {
			...stats([0, 1, 1, 3, 1], 3.8333, 3.83, 0.98, 4),
			responses: 2,
			satisfactionPercent: 76.666
		},
		lowest: [
			{
				key: 'speed',
				dimension: 'process',
				label: { th: 'ความรวดเร็ว', en: 'Speed' },
				meanRounded: 3.25,
				level: 3
			},
			{
				key: 'steps',
				dimension: 'process',
				label: { th: 'ขั้นตอนไม่ยุ่งยาก', en: 'Simple steps' },
				meanRounded: 4,
				level: 4
			}
		],
		openAnswers: [
			{
				key: 'suggestion',
				label: { th: 'ข้อเสนอแนะ', en: 'Suggestions' },
				total: 4,
				distinct: 3,
				answers: [
					{ text: 'ควรเพิ่มที่จอดรถ', count: 2 },
					{ text: '=HYPERLINK("http://x", "คลิก")', count: 1 },
					{ text: 'บรรทัดแรก\nบรรทัดสอง, <b>ตัวหนา</b>', count: 1 }
				]
			}
		],
		trend: [
			{ fy: 2566, quarter: 1, ...emptyPoint },
			{
				fy: 2568,
				quarter: 1,
				responses: 4,
				n: 12,
				mean: 4,
				meanRounded: 4,
				sd: 0.9534625892455922,
				level: 4,
				satisfactionPercent: 80
			}
		],
		notes: { executiveOpinion: null, improvementActions: null }
	});
}
