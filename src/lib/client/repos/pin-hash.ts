import type { Validated } from '$lib/domain';
import type { PinHash } from '../db/tables';

/**
 * OWASP's figure for PBKDF2-HMAC-SHA256. A PIN has few possible values, so no hash makes a copied
 * database safe; a slow one makes trying them all take hours instead of seconds.
 */
export const PIN_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const PIN_FORMAT = /^[0-9]{4,12}$/;

export type PinCheck = 'match' | 'mismatch' | 'not-set';

/** A new salted hash of `pin`, or why the PIN is not acceptable (4 to 12 digits). */
export async function hashPin(pin: string, setAt: string): Promise<Validated<PinHash>> {
	if (!PIN_FORMAT.test(pin)) {
		return {
			ok: false,
			issues: [
				{
					path: 'pin',
					code: 'pin_format',
					message: {
						th: 'รหัส PIN ต้องเป็นตัวเลข 4 ถึง 12 หลัก',
						en: 'The PIN must be 4 to 12 digits.'
					}
				}
			]
		};
	}
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const hash = await derivePinBits(pin, salt, PIN_ITERATIONS);
	return {
		ok: true,
		value: {
			algorithm: 'PBKDF2-SHA256',
			iterations: PIN_ITERATIONS,
			salt: toBase64(salt),
			hash: toBase64(hash),
			setAt
		}
	};
}

/** Whether `pin` is the one `stored` was made from; 'not-set' when there is none. */
export async function checkPin(stored: PinHash | null | undefined, pin: string): Promise<PinCheck> {
	if (!stored) return 'not-set';
	if (!PIN_FORMAT.test(pin)) return 'mismatch';
	// Iterations come from the stored hash, so raising PIN_ITERATIONS later keeps old PINs working.
	const hash = await derivePinBits(pin, fromBase64(stored.salt), stored.iterations);
	return equalInConstantTime(hash, fromBase64(stored.hash)) ? 'match' : 'mismatch';
}

async function derivePinBits(
	pin: string,
	salt: Uint8Array<ArrayBuffer>,
	iterations: number
): Promise<Uint8Array<ArrayBuffer>> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
		'deriveBits'
	]);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		key,
		HASH_BITS
	);
	return new Uint8Array(bits);
}

/** Takes as long for a near miss as for a wild guess, so timing tells nothing about the PIN. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
	return difference === 0;
}

function toBase64(bytes: Uint8Array): string {
	return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
