import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** sha256, hex: how codes and tokens are stored, so the database never holds a usable secret. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Compares two secrets in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
	return timingSafeEqual(
		createHash('sha256').update(a).digest(),
		createHash('sha256').update(b).digest()
	);
}

// ---------------------------------------------------------------------------------------------
// Enrollment codes

/** Crockford's base 32: digits and capitals without I, L, O and U, which read as 1, 1, 0 and V. */
const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codeLength = 8;

/**
 * A new one-time code, e.g. `7KQ4-M2XD`: 40 random bits, short enough to read out and type on a
 * tablet. Guessing one online within its validity (minutes) is hopeless; offline, its unsalted
 * hash is soon found, but by then the code is used or expired.
 */
export function newEnrollmentCode(): string {
	// 256 is a multiple of 32, so taking each byte modulo 32 keeps every symbol equally likely.
	const symbols = [...randomBytes(codeLength)].map((byte) => codeAlphabet[byte % 32]!);
	return `${symbols.slice(0, 4).join('')}-${symbols.slice(4).join('')}`;
}

/** The code as typed, the way it is compared: case, spaces and dashes ignored, O read as 0, I and L as 1. */
export function normalizeEnrollmentCode(typed: string): string {
	return typed
		.toUpperCase()
		.replace(/[\s-]+/g, '')
		.replace(/O/g, '0')
		.replace(/[IL]/g, '1');
}

export function hashEnrollmentCode(typed: string): string {
	return sha256Hex(normalizeEnrollmentCode(typed));
}

// ---------------------------------------------------------------------------------------------
// Device tokens

/** The prefix makes a leaked token recognisable (in logs, by secret scanners) as ours. */
const tokenPrefix = 'rjd_';

/** 256 random bits: far beyond guessing, so a fast unsalted hash is enough to store it. */
export function newDeviceToken(): string {
	return tokenPrefix + randomBytes(32).toString('base64url');
}

export function hashDeviceToken(token: string): string {
	return sha256Hex(token);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | null): string | null {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
	return match?.[1] ?? null;
}
