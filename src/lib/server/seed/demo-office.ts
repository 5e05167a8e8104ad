import type { Group, Office, School } from '$lib/domain';
import { demoId } from './demo-ids';

/** A fictional สพป. (primary educational service area office) for demos and first starts. */
export const demoOffice: Office = {
	id: 'spp-demo',
	kind: 'primary_area',
	name: {
		th: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1',
		en: 'Demo Primary Educational Service Area Office 1'
	},
	province: 'ตัวอย่าง',
	levelScheme: '0.5'
};

type GroupSeed = [code: string, th: string, shortName: string, en: string];

/** The groups of a สพป. (DOMAIN.md §1), in the order offices usually list them. */
const groupSeeds: GroupSeed[] = [
	['admin', 'กลุ่มอำนวยการ', 'กลุ่มอำนวยการ', 'General Administration'],
	['policy_planning', 'กลุ่มนโยบายและแผน', 'กลุ่มนโยบายฯ', 'Policy and Planning'],
	['personnel', 'กลุ่มบริหารงานบุคคล', 'กลุ่มบุคคล', 'Personnel Administration'],
	['finance_assets', 'กลุ่มบริหารงานการเงินและสินทรัพย์', 'กลุ่มการเงินฯ', 'Finance and Assets'],
	['promotion', 'กลุ่มส่งเสริมการจัดการศึกษา', 'กลุ่มส่งเสริมฯ', 'Promotion of Educational Provision'],
	[
		'supervision',
		'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา',
		'กลุ่มนิเทศฯ',
		'Supervision, Monitoring and Evaluation'
	],
	[
		'distance_ict',
		'กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร',
		'กลุ่ม ICT',
		'Distance Education and ICT'
	],
	[
		'teacher_development',
		'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
		'กลุ่มพัฒนาครูฯ',
		'Teacher and Personnel Development'
	],
	['legal', 'กลุ่มกฎหมายและคดี', 'กลุ่มกฎหมายฯ', 'Legal Affairs'],
	['internal_audit', 'หน่วยตรวจสอบภายใน', 'หน่วยตรวจสอบฯ', 'Internal Audit']
];

export const demoGroups: Group[] = groupSeeds.map(([code, th, shortName, en], i) => ({
	id: demoId('group', code),
	officeId: demoOffice.id,
	code,
	name: { th, en },
	shortName,
	activeFromFy: null,
	activeToFy: null,
	sortOrder: (i + 1) * 10
}));

type SchoolSeed = [code: string, th: string, en: string, district: string];

/** Fictional schools; the codes are outside the range of real 10-digit school codes. */
const schoolSeeds: SchoolSeed[] = [
	['9901000101', 'โรงเรียนอนุบาลเมืองตัวอย่าง', 'Anuban Mueang Tua-yang School', 'เมืองตัวอย่าง'],
	['9901000102', 'โรงเรียนบ้านหนองบัว', 'Ban Nong Bua School', 'เมืองตัวอย่าง'],
	['9901000103', 'โรงเรียนวัดศรีสุข', 'Wat Si Suk School', 'เมืองตัวอย่าง'],
	['9901000104', 'โรงเรียนชุมชนบ้านดอนแก้ว', 'Ban Don Kaeo Community School', 'เมืองตัวอย่าง'],
	['9901000201', 'โรงเรียนบ้านโคกสูง', 'Ban Khok Sung School', 'ห้วยใส'],
	['9901000202', 'โรงเรียนบ้านห้วยทราย', 'Ban Huai Sai School', 'ห้วยใส'],
	['9901000203', 'โรงเรียนวัดป่าประดู่', 'Wat Pa Pradu School', 'ห้วยใส'],
	['9901000204', 'โรงเรียนบ้านโนนสะอาด', 'Ban Non Sa-at School', 'ห้วยใส'],
	['9901000301', 'โรงเรียนบ้านนาดี', 'Ban Na Di School', 'นาดี'],
	['9901000302', 'โรงเรียนบ้านท่าช้าง', 'Ban Tha Chang School', 'นาดี'],
	['9901000303', 'โรงเรียนบ้านหนองแวง', 'Ban Nong Waeng School', 'นาดี'],
	['9901000304', 'โรงเรียนบ้านคำเจริญ', 'Ban Kham Charoen School', 'นาดี']
];

export const demoSchools: School[] = schoolSeeds.map(([code, th, en, district]) => ({
	id: demoId('school', code),
	officeId: demoOffice.id,
	code,
	name: { th, en },
	district
}));
