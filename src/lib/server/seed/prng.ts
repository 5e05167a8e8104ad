/** mulberry32: a small seeded PRNG, so that synthetic data is the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export type Random = () => number;

/** Picks by relative weight: `weighted(r, [['a', 3], ['b', 1]])` gives 'a' three times as often. */
export function weighted<T>(random: Random, choices: readonly (readonly [T, number])[]): T {
	const total = choices.reduce((sum, [, w]) => sum + w, 0);
	let roll = random() * total;
	for (const [value, weight] of choices) {
		roll -= weight;
		if (roll < 0) return value;
	}
	return choices[choices.length - 1]![0];
}

export function pick<T>(random: Random, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)]!;
}

export function randomBytes(random: Random, length: number): Uint8Array {
	return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}
