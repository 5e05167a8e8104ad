import type { FormDefinition, Group } from '$lib/domain';
import { i18nContext, type Locale } from '$lib/i18n';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import FormList from './FormList.svelte';
import GroupList from './GroupList.svelte';

const officeId = 'demo-office';

function group(overrides: Partial<Group> & Pick<Group, 'name' | 'shortName'>): Group {
	return {
		id: crypto.randomUUID(),
		officeId,
		code: 'group',
		activeFromFy: null,
		activeToFy: null,
		sortOrder: 0,
		...overrides
	};
}

function form(overrides: Partial<FormDefinition> & Pick<FormDefinition, 'title'>): FormDefinition {
	return {
		id: crypto.randomUUID(),
		officeId,
		groupId: null,
		kind: 'satisfaction',
		version: 1,
		dimensions: [],
		sections: [
			{
				key: 'ratings',
				title: { th: 'ตอนที่ ๒' },
				questions: ['steps', 'speed', 'overall'].map((key) => ({
					key,
					kind: 'rating' as const,
					dimension: 'process',
					label: { th: key },
					required: true
				}))
			}
		],
		publishedAt: null,
		...overrides
	};
}

/** Server-renders a component the way the layout provides it: with the locale in context. */
function html<P extends Record<string, unknown>>(
	component: Component<P>,
	props: P,
	locale: Locale
): string {
	return render(component, { props, context: i18nContext(locale) }).body;
}

describe('GroupList', () => {
	const groups = [
		group({ name: { th: 'กลุ่มนโยบายและแผน', en: 'Policy and Planning' }, shortName: 'กลุ่มนโยบายฯ' }),
		group({ name: { th: 'กลุ่มกฎหมายและคดี' }, shortName: 'กลุ่มกฎหมายฯ' })
	];

	it('says in words that there are no groups yet, and who can add them', () => {
		expect(html(GroupList, { groups: [] }, 'th')).toContain('ยังไม่มีกลุ่มในระบบ');
		expect(html(GroupList, { groups: [] }, 'en')).toContain('No groups yet');
	});

	it('shows each group with its short name and its name in the other language', () => {
		const thai = html(GroupList, { groups }, 'th');
		expect(thai).toContain('กลุ่มนโยบายและแผน');
		expect(thai).toContain('Policy and Planning');
		expect(thai).toContain('กลุ่มนโยบายฯ');
	});

	it('falls back to the Thai name where a group has no English one', () => {
		const english = html(GroupList, { groups }, 'en');
		expect(english.indexOf('Policy and Planning')).toBeLessThan(english.indexOf('กลุ่มนโยบายและแผน'));
		expect(english).toContain('กลุ่มกฎหมายและคดี');
	});
});

describe('FormList', () => {
	const forms = [
		form({
			title: { th: 'แบบประเมินความพึงพอใจ ปีงบประมาณ 2568', en: 'Satisfaction survey, FY 2568' },
			version: 2,
			publishedAt: '2024-09-30T17:00:00Z'
		}),
		form({ title: { th: 'แบบรับฟังความคิดเห็น' }, kind: 'feedback' })
	];

	it('says in words that there are no forms yet', () => {
		expect(html(FormList, { forms: [] }, 'th')).toContain('ยังไม่มีแบบฟอร์มในระบบ');
		expect(html(FormList, { forms: [] }, 'en')).toContain('No forms yet');
	});

	it('shows title, kind, version, number of questions and the B.E. publication date', () => {
		const thai = html(FormList, { forms }, 'th');
		for (const text of [
			'แบบประเมินความพึงพอใจ ปีงบประมาณ 2568',
			'แบบประเมินความพึงพอใจ',
			'ฉบับที่ 2',
			'จำนวน 3 ข้อ',
			'เผยแพร่เมื่อ 1 ตุลาคม 2567',
			'ยังไม่เผยแพร่'
		]) {
			expect(thai).toContain(text);
		}
		const english = html(FormList, { forms }, 'en');
		for (const text of [
			'Satisfaction survey, FY 2568',
			'Opinion form',
			'Version 2',
			'Questions: 3',
			'Published 1 October 2567 BE',
			'แบบรับฟังความคิดเห็น'
		]) {
			expect(english).toContain(text);
		}
	});
});
