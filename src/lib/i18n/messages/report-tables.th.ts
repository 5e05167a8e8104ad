/**
 * Captions and column headings of the report tables, shared by the print view and the CSV and
 * XLSX exports; `report-tables.en.ts` matches it.
 */
export const reportTablesTh = {
	caption: 'ตารางที่ {n} {title}',
	titles: {
		respondents: 'จำนวนและร้อยละของผู้ตอบแบบสอบถาม จำแนกตามประเภทผู้ตอบ',
		dimensions: 'ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน และระดับความพึงพอใจ รายด้านและโดยรวม',
		items: 'ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน และระดับความพึงพอใจ รายข้อ',
		distribution: 'จำนวนและร้อยละของคำตอบในแต่ละระดับความพึงพอใจ รายข้อ',
		overall: 'ผลการประเมินโดยรวม เทียบกับช่วงเวลาก่อนหน้า',
		lowest: 'ข้อที่มีค่าเฉลี่ยต่ำสุด (ประเด็นที่ควรปรับปรุง)',
		openAnswers: 'ข้อเสนอแนะของผู้ตอบแบบสอบถาม พร้อมจำนวน',
		trend: 'ผลการประเมินโดยรวมรายไตรมาส ย้อนหลัง ๓ ปีงบประมาณ'
	},
	sheets: {
		respondents: 'ผู้ตอบแบบสอบถาม',
		dimensions: 'รายด้าน',
		items: 'รายข้อ',
		distribution: 'การกระจายคำตอบ',
		overall: 'โดยรวม',
		lowest: 'ควรปรับปรุง',
		openAnswers: 'ข้อเสนอแนะ',
		trend: 'รายไตรมาส',
		responses: 'คำตอบ'
	},
	responses: {
		id: 'รหัสคำตอบ',
		submittedAt: 'เวลาส่ง (ISO 8601)',
		date: 'วันที่ส่ง (พ.ศ.)',
		schoolCode: 'รหัสโรงเรียน',
		school: 'โรงเรียน',
		respondentType: 'ประเภทผู้ตอบ',
		formVersion: 'รุ่นแบบสอบถาม',
		question: '{key} — {label}'
	},
	columns: {
		respondentType: 'ประเภทผู้ตอบ',
		count: 'จำนวน (คน)',
		percent: 'ร้อยละ',
		number: 'ข้อ',
		item: 'รายการประเมิน',
		dimension: 'ด้าน',
		n: 'จำนวนคำตอบ (n)',
		mean: 'x̄',
		sd: 'S.D.',
		level: 'ระดับความพึงพอใจ',
		rank: 'อันดับ',
		levelGroup: '{level} ({value})',
		levelCountPart: 'จำนวน',
		levelCount: '{level} ({value}) จำนวน',
		levelPercent: '{level} ({value}) ร้อยละ',
		period: 'ช่วงเวลา',
		responses: 'จำนวนผู้ตอบ',
		satisfactionPercent: 'ร้อยละความพึงพอใจ (x̄ ÷ 5 × 100)',
		change: 'x̄ เปลี่ยนแปลง',
		order: 'ลำดับ',
		answer: 'ข้อเสนอแนะ',
		answerCount: 'จำนวน (ครั้ง)',
		fiscalYear: 'ปีงบประมาณ',
		quarter: 'ไตรมาส'
	},
	rows: {
		total: 'รวม',
		dimensionTotal: 'รวม{dimension}',
		overall: 'โดยรวม',
		moreAnswers: 'และข้อความอื่นอีก {count} ข้อความ'
	},
	periods: {
		year: 'ปีงบประมาณ {fy}',
		quarter: 'ไตรมาสที่ {quarter} ปีงบประมาณ {fy}',
		range: '{from} – {to}',
		previous: 'ช่วงก่อนหน้า: {period}'
	},
	findings: {
		none: 'ยังไม่มีผู้ตอบแบบประเมินในช่วงเวลานี้',
		respondents:
			'จากตารางที่ {n} พบว่า ผู้ตอบแบบสอบถามมีทั้งหมด {total} คน ส่วนใหญ่เป็น{type} จำนวน {count} คน คิดเป็นร้อยละ {percent}',
		overall:
			'จากตารางที่ {n} พบว่า ผู้รับบริการมีความพึงพอใจต่อการให้บริการของ{group} โดยรวมอยู่ในระดับ{level} (x̄ = {mean}, S.D. = {sd}) คิดเป็นร้อยละความพึงพอใจ {percent}',
		dimensions:
			'เมื่อพิจารณาเป็นรายด้าน พบว่า ด้านที่มีค่าเฉลี่ยสูงสุดคือ{highest} (x̄ = {highestMean}) และด้านที่มีค่าเฉลี่ยต่ำสุดคือ{lowest} (x̄ = {lowestMean})',
		items:
			'จากตารางที่ {n} พบว่า ข้อที่มีค่าเฉลี่ยสูงสุดคือ “{highest}” (x̄ = {highestMean}, ระดับ{highestLevel}) และข้อที่มีค่าเฉลี่ยต่ำสุดคือ “{lowest}” (x̄ = {lowestMean}, ระดับ{lowestLevel})',
		up: 'จากตารางที่ {n} พบว่า ค่าเฉลี่ยโดยรวมสูงขึ้นจากช่วงก่อนหน้า {change}',
		down: 'จากตารางที่ {n} พบว่า ค่าเฉลี่ยโดยรวมลดลงจากช่วงก่อนหน้า {change}',
		same: 'จากตารางที่ {n} พบว่า ค่าเฉลี่ยโดยรวมเท่ากับช่วงก่อนหน้า',
		noPrevious: 'จากตารางที่ {n} พบว่า ช่วงก่อนหน้ายังไม่มีผลการประเมินให้เปรียบเทียบ'
	},
	print: {
		documentTitle: 'รายงานผลการประเมินความพึงพอใจ {group}',
		title: 'แบบรายงานผลการประเมินความพึงพอใจต่อการให้บริการ',
		group: 'กลุ่มงาน: {group}',
		office: 'หน่วยงาน: {office}',
		form: 'แบบประเมิน: {form}',
		period: 'ระยะเวลา: {period} ({dates})',
		filters: 'เฉพาะ: {filters}',
		school: 'โรงเรียน {school}',
		printButton: 'พิมพ์ / บันทึกเป็น PDF',
		backToReport: 'กลับไปหน้ารายงาน',
		part1: 'ตอนที่ ๑ ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม',
		part2: 'ตอนที่ ๒ ผลการประเมินความพึงพอใจ',
		part3: 'ตอนที่ ๓ ข้อเสนอแนะ',
		part4: 'ตอนที่ ๔ สรุปผลและการนำผลไปปรับปรุง',
		summary: 'สรุปผลการประเมิน',
		improve: 'ประเด็นที่ควรปรับปรุง (ข้อที่มีค่าเฉลี่ยต่ำสุด)',
		improveItem: '{item} (x̄ = {mean}, ระดับ{level})',
		noImprove: 'ยังไม่มีข้อที่ได้รับการประเมิน',
		noSuggestions: 'ไม่มีผู้ให้ข้อเสนอแนะ',
		suggestionCount: '({count} คน)',
		improvementActions: 'การนำผลการประเมินไปปรับปรุงการให้บริการ',
		executiveOpinion: 'ความเห็น/ข้อสั่งการของผู้บริหาร',
		noteBy: '{author} · {date}',
		signature: 'ลงชื่อ ........................................................',
		signatureRole: 'ตำแหน่ง ........................................................',
		ita: 'สรุปตามองค์ประกอบของการประเมิน ITA (การมีส่วนร่วม)',
		itaTopic: '๑. ประเด็น/เรื่องที่ให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม',
		itaTopicText: 'การประเมินความพึงพอใจต่อการให้บริการของ{group} {period}',
		itaWho: '๒. ผู้มีส่วนร่วม',
		itaWhoText: 'ผู้ตอบแบบสอบถาม {total} คน ได้แก่ {types}',
		itaResults: '๓. ผลการมีส่วนร่วม',
		itaResultsText:
			'ความพึงพอใจโดยรวมอยู่ในระดับ{level} (x̄ = {mean}, S.D. = {sd}) ร้อยละความพึงพอใจ {percent}',
		itaUse: '๔. การนำผลการมีส่วนร่วมไปปรับปรุงการดำเนินงาน',
		itaPending: 'ยังไม่ได้บันทึก',
		typeCount: '{type} {count} คน',
		noData: 'ไม่มีข้อมูล',
		printedAt: 'พิมพ์เมื่อ {date}'
	}
} as const;
