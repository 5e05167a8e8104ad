import { respondentTypes } from '$lib/domain';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en';
import { th } from './messages/th';
import { translate } from './translate';

function leaves(node: object, prefix = ''): [string, string][] {
	return Object.entries(node).flatMap(([key, value]: [string, unknown]) =>
		typeof value === 'string'
			? [[`${prefix}${key}`, value] as [string, string]]
			: leaves(value as object, `${prefix}${key}.`)
	);
}

const placeholders = (message: string) =>
	[...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translate', () => {
	it('finds a message by its dotted key in either language', () => {
		expect(translate('th', 'home.heading')).toBe('ร่วมใจ');
		expect(translate('en', 'home.heading')).toBe('Ruamjai');
		expect(translate('th', 'home.cards.collect.title')).toBe('เก็บข้อมูล');
	});

	it('fills in {name} placeholders', () => {
		expect(translate('th', 'home.forms.version', { version: 3 })).toBe('ฉบับที่ 3');
		expect(translate('en', 'home.forms.questions', { count: 12 })).toBe('Questions: 12');
		expect(translate('en', 'home.office', { name: 'สพป. เชียงใหม่ เขต 1' })).toBe(
			'Office: สพป. เชียงใหม่ เขต 1'
		);
	});

	it('does not read a value placed in the text as a placeholder', () => {
		expect(translate('en', 'home.office', { name: '{name} and $& ' })).toBe(
			'Office: {name} and $& '
		);
	});

	it('leaves a placeholder without a value visible rather than dropping it', () => {
		// @ts-expect-error the type requires { count }; this checks what happens if it is bypassed
		expect(translate('en', 'home.forms.questions', { other: 1 })).toBe('Questions: {count}');
	});

	it('labels every respondent type, rating level, form kind and feedback kind', () => {
		expect(respondentTypes.map((type) => translate('th', `respondentType.${type}`))).toContain(
			'ลูกจ้าง/พนักงานราชการ'
		);
		expect(translate('th', 'rating.5')).toBe('มากที่สุด');
		expect(translate('th', 'rating.1')).toBe('น้อยที่สุด');
		expect(translate('en', 'formKind.satisfaction')).toBe('Satisfaction survey');
		expect(translate('th', 'feedbackKind.complaint')).toBe('ข้อร้องเรียน');
	});

	it('labels the language switch in the language it switches to', () => {
		expect(translate('th', 'language.switchTo')).toBe('English');
		expect(translate('en', 'language.switchTo')).toBe('ภาษาไทย');
	});

	it('throws on a key that is not in the catalogue', () => {
		// @ts-expect-error not a message key
		expect(() => translate('th', 'home.nope')).toThrow(/no message "home.nope"/);
		// @ts-expect-error a section, not a message
		expect(() => translate('th', 'home.cards')).toThrow();
	});
});

describe('the catalogues', () => {
	const thai = new Map(leaves(th));
	const english = new Map(leaves(en));

	it('have the same keys (tsc checks this too; this guards against casts)', () => {
		expect([...english.keys()].sort()).toEqual([...thai.keys()].sort());
	});

	it('use the same placeholders in both languages', () => {
		for (const [key, message] of thai) {
			expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(message));
		}
	});

	it('have no empty messages', () => {
		for (const [key, message] of [...thai, ...english]) expect(message.trim(), key).not.toBe('');
	});
});
