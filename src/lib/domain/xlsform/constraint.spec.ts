import { describe, expect, it } from 'vitest';
import { numberRange } from './constraint';

describe('a number constraint from an XLSForm', () => {
	it('becomes a min and max when it only bounds the answer', () => {
		expect(numberRange('. >= 0', false)).toEqual({ min: 0 });
		expect(numberRange('.<=120', true)).toEqual({ max: 120 });
		expect(numberRange('. > 14 and . < 100', true)).toEqual({ min: 15, max: 99 });
	});

	it('is refused when the form cannot hold it', () => {
		expect(numberRange('. > 0', false)).toBeUndefined();
		expect(numberRange('. >= 10 and . <= 5', true)).toBeUndefined();
		expect(numberRange('. >= ${age}', true)).toBeUndefined();
		expect(numberRange('. >= 0 or . = -1', true)).toBeUndefined();
		expect(numberRange('regex(., "^[0-9]+$")', true)).toBeUndefined();
	});
});
