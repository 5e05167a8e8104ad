import { hash, verify } from '@node-rs/argon2';

/*
 * argon2id with the library's defaults, which are OWASP's first recommendation (19 MiB, 2
 * iterations, 1 lane). The parameters are stored in each hash, so raising them later still
 * verifies old hashes.
 */

export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

/** False for a wrong password and for a hash that is not an argon2 hash at all. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/**
 * A hash of nothing anyone knows, verified when the user name is unknown, so that a wrong name
 * takes as long as a wrong password and does not tell a guesser which names exist.
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
	decoy ??= hash(crypto.randomUUID());
	await verifyPassword(await decoy, password);
	return false;
}
