import { describe, expect, it } from 'vitest';
import { getDb } from './db';

describe('the device database during server rendering', () => {
	it('is never opened: asking for it outside the browser fails loudly', () => {
		expect(() => getDb()).toThrow(/only available in the browser/);
	});
});
