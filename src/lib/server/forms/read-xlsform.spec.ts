import { describe, expect, it } from 'vitest';
import { importXlsForm } from '$lib/domain/xlsform';
import { sampleXlsForm } from '$lib/domain/xlsform/testing/sample-xlsform';
import { readXlsForm } from './read-xlsform';
import { workbookOf } from './testing/workbook';

const owner = { officeId: 'demo-spp-1', groupId: null, kind: 'satisfaction' } as const;

describe('an XLSForm uploaded as an .xlsx file', () => {
	it('imports the same form as its rows do', async () => {
		const read = await readXlsForm(await workbookOf(sampleXlsForm));
		if (!read.ok) throw new Error(read.issues.map((i) => i.message.en).join('; '));
		expect(Object.keys(read.value)).toEqual(['survey', 'choices', 'settings']);

		const fromFile = importXlsForm(read.value, {
			...owner,
			id: '0190d0c0-0000-7000-8000-000000000001'
		});
		const fromRows = importXlsForm(sampleXlsForm, {
			...owner,
			id: '0190d0c0-0000-7000-8000-000000000001'
		});
		expect(fromFile.ok).toBe(true);
		expect(fromFile).toEqual(fromRows);
	});

	it('is refused, in Thai and English, when it is not a workbook', async () => {
		const read = await readXlsForm(Buffer.from('name,label\nq1,Question 1\n'));
		expect(read.ok).toBe(false);
		if (!read.ok) {
			expect(read.issues[0]?.code).toBe('not_xlsx');
			expect(read.issues[0]?.message.th).toMatch(/[\u0E00-\u0E7F]/);
		}
	});
});
