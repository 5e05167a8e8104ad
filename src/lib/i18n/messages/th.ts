import type { FeedbackKind, FormKind, RespondentType } from '$lib/domain';

/**
 * The Thai catalogue is the source of truth: its shape defines the message keys, and `en.ts` must
 * match it key for key. Placeholders are written `{name}` and must be the same in both languages.
 */
export const th = {
	app: {
		name: 'ร่วมใจ',
		description: 'ระบบเก็บแบบประเมินความพึงพอใจ และรับฟังความคิดเห็นและข้อร้องเรียน สำหรับสำนักงานการศึกษา'
	},
	a11y: {
		skipToContent: 'ข้ามไปยังเนื้อหาหลัก'
	},
	language: {
		// The switch is labelled in the language it switches to, so a reader who cannot read the
		// current language still finds it.
		switchTo: 'English'
	},
	nav: {
		backHome: 'กลับหน้าแรก'
	},
	home: {
		heading: 'ร่วมใจ',
		subtitle:
			'เก็บแบบประเมินความพึงพอใจ และรับฟังความคิดเห็น ข้อเสนอแนะ และข้อร้องเรียนของผู้รับบริการและผู้มีส่วนได้ส่วนเสีย ได้แม้ไม่มีอินเทอร์เน็ต พร้อมรายงานผลแยกตามกลุ่ม สำหรับสำนักงานเขตพื้นที่การศึกษาและสำนักงานศึกษาธิการจังหวัด',
		docTitle: 'ร่วมใจ — ประเมินความพึงพอใจและรับฟังความคิดเห็น',
		sectionsLabel: 'เริ่มต้นใช้งาน',
		office: 'สำนักงาน: {name}',
		noOffice: 'ยังไม่ได้ตั้งค่าสำนักงาน ผู้ดูแลระบบตั้งค่าได้ที่หน้าผู้ดูแลระบบ',
		cards: {
			collect: {
				title: 'เก็บข้อมูล',
				description: 'ให้ผู้รับบริการตอบแบบประเมินหรือแสดงความคิดเห็นบนแท็บเล็ต แม้ไม่มีอินเทอร์เน็ต'
			},
			reports: {
				title: 'รายงาน',
				description: 'ผลความพึงพอใจแยกตามกลุ่ม: ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน ระดับ และร้อยละ'
			},
			admin: {
				title: 'ผู้ดูแลระบบ',
				description: 'ตั้งค่าสำนักงาน กลุ่มงาน และแบบฟอร์ม'
			}
		},
		groups: {
			heading: 'กลุ่มในสำนักงาน',
			empty: 'ยังไม่มีกลุ่มในระบบ ผู้ดูแลระบบเพิ่มกลุ่มได้ที่หน้าผู้ดูแลระบบ',
			shortName: 'ชื่อย่อ'
		},
		forms: {
			heading: 'แบบฟอร์มที่ใช้งาน',
			empty: 'ยังไม่มีแบบฟอร์มในระบบ ผู้ดูแลระบบสร้างแบบฟอร์มได้ที่หน้าผู้ดูแลระบบ',
			version: 'ฉบับที่ {version}',
			questions: 'จำนวน {count} ข้อ',
			published: 'เผยแพร่เมื่อ {date}',
			unpublished: 'ยังไม่เผยแพร่'
		}
	},
	collect: {
		title: 'เก็บข้อมูล',
		coming:
			'เร็ว ๆ นี้: โหมดคีออสก์ที่ทำงานได้แม้ไม่มีอินเทอร์เน็ต ให้ผู้รับบริการตอบแบบประเมินและแสดงความคิดเห็นบนแท็บเล็ต แล้วส่งข้อมูลเข้าระบบเมื่อกลับมาออนไลน์'
	},
	reports: {
		title: 'รายงาน',
		coming:
			'เร็ว ๆ นี้: รายงานผลการประเมินแยกตามกลุ่ม แสดงค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน และระดับความพึงพอใจ รายข้อและรายด้าน พร้อมพิมพ์'
	},
	admin: {
		title: 'ผู้ดูแลระบบ',
		coming: 'เร็ว ๆ นี้: การตั้งค่าสำนักงาน กลุ่มงาน แบบฟอร์ม และอุปกรณ์ที่ใช้เก็บข้อมูล'
	},
	respondentType: {
		school_executive: 'ผู้บริหารสถานศึกษา',
		teacher: 'ครู',
		education_personnel: 'บุคลากรทางการศึกษา',
		employee: 'ลูกจ้าง/พนักงานราชการ',
		parent: 'ผู้ปกครอง',
		student: 'นักเรียน',
		school_board: 'คณะกรรมการสถานศึกษา',
		community: 'ประชาชน/ชุมชน',
		agency: 'หน่วยงานภาครัฐ/เอกชน',
		other: 'อื่น ๆ'
	} satisfies Record<RespondentType, string>,
	formKind: {
		satisfaction: 'แบบประเมินความพึงพอใจ',
		feedback: 'แบบรับฟังความคิดเห็น',
		evaluation: 'แบบประเมินผล'
	} satisfies Record<FormKind, string>,
	feedbackKind: {
		opinion: 'ความคิดเห็น',
		suggestion: 'ข้อเสนอแนะ',
		complaint: 'ข้อร้องเรียน',
		compliment: 'คำชมเชย'
	} satisfies Record<FeedbackKind, string>,
	rating: {
		5: 'มากที่สุด',
		4: 'มาก',
		3: 'ปานกลาง',
		2: 'น้อย',
		1: 'น้อยที่สุด'
	}
} as const;

/** The shape every catalogue has: the Thai keys, each leaf any string. */
export type Catalogue = Widen<typeof th>;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
