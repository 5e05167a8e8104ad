import { describe, expect, it } from 'vitest';
import { qrRuns } from './qr-runs';

describe('qrRuns', () => {
	it('draws each row as its runs of dark modules, ending at the row end too', () => {
		const o = false;
		const X = true;
		expect(
			qrRuns([
				[X, X, o, X],
				[o, o, o, o],
				[o, X, X, X]
			])
		).toEqual([
			{ x: 0, y: 0, width: 2 },
			{ x: 3, y: 0, width: 1 },
			{ x: 1, y: 2, width: 3 }
		]);
	});
});
