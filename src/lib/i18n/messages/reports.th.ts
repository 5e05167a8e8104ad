/** Messages of the report pages (overview, group report, notes); `reports.en.ts` matches it. */
export const reportsTh = {
	title: 'รายงาน',
	coming:
		'เร็ว ๆ นี้: รายงานผลการประเมินแยกตามกลุ่ม แสดงค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน และระดับความพึงพอใจ รายข้อและรายด้าน พร้อมพิมพ์'
};
