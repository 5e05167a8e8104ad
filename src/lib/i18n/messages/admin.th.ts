/** Messages of the admin pages (users, roles, devices, audit log); `admin.en.ts` matches it. */
export const adminTh = {
	title: 'ผู้ดูแลระบบ',
	coming: 'เร็ว ๆ นี้: การตั้งค่าสำนักงาน กลุ่มงาน แบบฟอร์ม และอุปกรณ์ที่ใช้เก็บข้อมูล'
} as const;
