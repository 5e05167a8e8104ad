import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, localized } from './format';

describe('formatDate', () => {
	it('shows the Buddhist Era in Thai and in English', () => {
		const date = '2024-10-01T03:00:00Z';
		expect(formatDate(date, 'th')).toBe('1 ตุลาคม 2567');
		expect(formatDate(date, 'en')).toBe('1 October 2567 BE');
	});

	it('counts the day in Bangkok, so midnight on 1 October (17:00 UTC) starts the new fiscal year', () => {
		const lastSecondOfSeptember = new Date('2024-09-30T16:59:59Z');
		const firstSecondOfOctober = new Date('2024-09-30T17:00:00Z');
		expect(formatDate(lastSecondOfSeptember, 'th')).toBe('30 กันยายน 2567');
		expect(formatDate(firstSecondOfOctober, 'th')).toBe('1 ตุลาคม 2567');
		expect(formatDate(lastSecondOfSeptember, 'en')).toBe('30 September 2567 BE');
		expect(formatDate(firstSecondOfOctober, 'en')).toBe('1 October 2567 BE');
	});

	it('reads an offset timestamp as the instant it names', () => {
		expect(formatDate('2024-10-01T00:30:00+07:00', 'th')).toBe('1 ตุลาคม 2567');
		expect(formatDate(Date.parse('2024-10-01T00:30:00+07:00'), 'en')).toBe('1 October 2567 BE');
	});

	it('writes Thai digits on request, for printed documents', () => {
		expect(formatDate('2024-10-01T03:00:00Z', 'th', { thaiDigits: true })).toBe('๑ ตุลาคม ๒๕๖๗');
	});

	it('adds the Bangkok time on request, in 24-hour form', () => {
		expect(formatDate('2024-10-01T07:05:00Z', 'th', { withTime: true })).toBe(
			'1 ตุลาคม 2567 เวลา 14:05'
		);
		expect(formatDate('2024-10-01T07:05:00Z', 'en', { withTime: true })).toBe(
			'1 October 2567 BE at 14:05'
		);
	});

	it('refuses something that is not a date', () => {
		expect(() => formatDate('not a date', 'th')).toThrow(RangeError);
	});
});

describe('formatNumber', () => {
	it('uses Arabic digits on screen and Thai digits on request', () => {
		expect(formatNumber(12345.6, 'th')).toBe('12,345.6');
		expect(formatNumber(4.5, 'th', { thaiDigits: true, minimumFractionDigits: 2 })).toBe('๔.๕๐');
		expect(formatNumber(91.65, 'th', { thaiDigits: true })).toBe('๙๑.๖๕');
	});

	it('keeps Arabic digits in English even when Thai digits are asked for', () => {
		expect(formatNumber(4.5, 'en', { thaiDigits: true, minimumFractionDigits: 2 })).toBe('4.50');
	});

	it('rounds to the requested number of decimals', () => {
		expect(formatNumber(4.5825, 'en', { maximumFractionDigits: 2 })).toBe('4.58');
	});
});

describe('localized', () => {
	const text = { th: 'กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา', en: 'Supervision and Evaluation' };

	it('picks the language asked for', () => {
		expect(localized(text, 'th')).toBe(text.th);
		expect(localized(text, 'en')).toBe(text.en);
	});

	it('falls back to Thai when there is no English, or only blanks', () => {
		expect(localized({ th: 'กลุ่มอำนวยการ' }, 'en')).toBe('กลุ่มอำนวยการ');
		expect(localized({ th: 'กลุ่มอำนวยการ', en: '   ' }, 'en')).toBe('กลุ่มอำนวยการ');
	});
});
