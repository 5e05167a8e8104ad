/** Messages of signing in and out; `auth.en.ts` matches it. */
export const authTh = {
	signIn: {
		title: 'เข้าสู่ระบบ',
		heading: 'เข้าสู่ระบบ',
		intro: 'สำหรับผู้บริหาร ผู้อำนวยการกลุ่ม ผู้ดูแลระบบ และผู้เก็บข้อมูลของสำนักงาน ผู้ตอบแบบสอบถามไม่ต้องเข้าสู่ระบบ',
		username: 'ชื่อผู้ใช้',
		password: 'รหัสผ่าน',
		submit: 'เข้าสู่ระบบ',
		missing: 'กรอกชื่อผู้ใช้และรหัสผ่าน',
		signedInAs: 'เข้าสู่ระบบในชื่อ {name}'
	},
	signOut: {
		button: 'ออกจากระบบ',
		everywhere: 'ออกจากระบบทุกเครื่อง',
		everywhereHint: 'เช่น เมื่อลืมออกจากระบบบนเครื่องของผู้อื่น'
	},
	roles: {
		admin: 'ผู้ดูแลระบบ',
		executive: 'ผู้บริหาร',
		group_leader: 'ผู้อำนวยการกลุ่ม',
		supervisor: 'ผู้เก็บข้อมูล (ศึกษานิเทศก์)'
	},
	account: {
		menu: 'บัญชีผู้ใช้',
		roles: 'บทบาท'
	}
} as const;
