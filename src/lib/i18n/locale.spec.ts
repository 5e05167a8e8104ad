import { describe, expect, it } from 'vitest';
import { I18n } from './locale.svelte';

describe('I18n', () => {
	it('starts in Thai unless told otherwise', () => {
		expect(new I18n().locale).toBe('th');
		expect(new I18n('en').locale).toBe('en');
	});

	it('translates and formats in the current locale, and follows setLocale', () => {
		const i18n = new I18n('th');
		const { t } = i18n;
		expect(t('home.heading')).toBe('ร่วมใจ');
		expect(i18n.date('2024-10-01T03:00:00Z')).toBe('1 ตุลาคม 2567');
		expect(i18n.text({ th: 'กลุ่มอำนวยการ', en: 'General Administration' })).toBe('กลุ่มอำนวยการ');

		i18n.setLocale('en');
		expect(i18n.locale).toBe('en');
		expect(t('home.heading')).toBe('Ruamjai');
		expect(i18n.date('2024-10-01T03:00:00Z')).toBe('1 October 2567 BE');
		expect(i18n.number(4.5, { minimumFractionDigits: 2 })).toBe('4.50');
		expect(i18n.text({ th: 'กลุ่มอำนวยการ', en: 'General Administration' })).toBe(
			'General Administration'
		);
	});
});
