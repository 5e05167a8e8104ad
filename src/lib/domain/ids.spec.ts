import { validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newId } from './ids';

describe('newId: a kiosk names each record before the server sees it', () => {
	it('makes a UUIDv7, as records require', () => {
		const id = newId();
		expect(validate(id)).toBe(true);
		expect(version(id)).toBe(7);
		expect(z.uuidv7().safeParse(id).success).toBe(true);
	});

	it('starts with the time it was made, in milliseconds', () => {
		const before = Date.now();
		const id = newId();
		const after = Date.now();
		const madeAt = parseInt(id.replaceAll('-', '').slice(0, 12), 16);
		expect(madeAt).toBeGreaterThanOrEqual(before);
		expect(madeAt).toBeLessThanOrEqual(after);
	});

	it('makes ids that sort as text in the order they were made, even within one millisecond', () => {
		const ids = Array.from({ length: 2000 }, () => newId());
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(ids);
	});
});
