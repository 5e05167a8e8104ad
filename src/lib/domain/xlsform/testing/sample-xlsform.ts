import type { XlsFormSheets } from '../sheet';

const surveyHeader = [
	'type',
	'name',
	'label::Thai (th)',
	'label::English (en)',
	'hint::Thai (th)',
	'required',
	'relevant',
	'appearance',
	'constraint',
	'ruamjai::dimension'
];

/** A small satisfaction survey as KoboToolbox would export it, with things we cannot import. */
export const sampleXlsForm: XlsFormSheets = {
	survey: [
		surveyHeader,
		['start', 'start'],
		['note', 'intro', 'แบบประเมินนี้ไม่ระบุตัวตน', 'This survey is anonymous'],
		['begin group', 'respondent', 'ตอนที่ ๑ ข้อมูลทั่วไป', 'Part 1: About you'],
		['select_one sex', 'sex', 'เพศ', 'Sex', null, 'yes'],
		['integer', 'age', 'อายุ (ปี)', 'Age (years)', 'เต็มปี', 'no', null, null, '. > 14 and . <= 99'],
		[
			'decimal',
			'distance_km',
			'ระยะทางมาสำนักงาน (กม.)',
			'Distance (km)',
			null,
			null,
			null,
			null,
			'. > 0'
		],
		['date', 'visit_date', 'วันที่มารับบริการ', 'Date of visit', null, true],
		['select_multiple channel', 'channels', 'ช่องทางที่ใช้', 'Channels used'],
		[
			'text',
			'channel_other_name',
			'ระบุช่องทางอื่น',
			'Which other channel?',
			null,
			'yes',
			"selected(${channels}, 'other')"
		],
		['geopoint', 'location', 'ตำแหน่ง', 'Location'],
		['end group'],
		['begin group', 'ratings', 'ตอนที่ ๒ ความพึงพอใจ', 'Part 2: Satisfaction'],
		['begin group', 'staff', 'ด้านเจ้าหน้าที่', 'Staff'],
		['select_one level', 'staff_courtesy', 'ความสุภาพ', 'Courtesy', null, 'yes', null, 'likert'],
		['select_one level', 'staff_speed', 'ความรวดเร็ว', 'Speed', null, 'yes'],
		['end group'],
		['select_one level', 'overall', 'ภาพรวม', 'Overall', null, 'yes', null, null, null, 'quality'],
		['end group'],
		['begin group', 'suggestions', 'ตอนที่ ๓ ข้อเสนอแนะ', 'Part 3: Suggestions'],
		['note', 'thanks_note', 'ขอบคุณที่ให้ข้อเสนอแนะ', 'Thank you for your suggestions'],
		['text', 'suggestion', 'ข้อเสนอแนะ', 'Suggestions', null, null, null, 'multiline'],
		[
			'text',
			'why_low',
			'เหตุใดจึงให้คะแนนน้อย',
			'Why a low score?',
			null,
			null,
			'${overall} = 1 or ${overall} = 2'
		],
		['text', 'female_comment', 'ความเห็นเพิ่มเติม', 'Anything else?', null, null, "${sex} = 'female'"],
		['text', 'Bad-Name', 'ชื่อผิด', 'Bad name'],
		['calculate', 'score'],
		['end group']
	],
	choices: [
		['list_name', 'name', 'label::Thai (th)', 'label::English (en)'],
		['sex', 'male', 'ชาย', 'Male'],
		['sex', 'female', 'หญิง', 'Female'],
		['channel', 'walk_in', 'มาด้วยตนเอง', 'In person'],
		['channel', 'website', 'เว็บไซต์', 'Website'],
		['channel', 'other', 'อื่น ๆ', 'Other'],
		['level', 5, 'มากที่สุด', 'Very high'],
		['level', 4, 'มาก', 'High'],
		['level', 3, 'ปานกลาง', 'Moderate'],
		['level', 2, 'น้อย', 'Low'],
		['level', 1, 'น้อยที่สุด', 'Very low'],
		['ruamjai_dimensions', 'quality', 'ด้านคุณภาพการให้บริการ', 'Quality of service']
	],
	settings: [
		['form_title', 'form_id', 'default_language'],
		['แบบประเมินความพึงพอใจ', 'satisfaction_2568', 'Thai (th)']
	]
};
