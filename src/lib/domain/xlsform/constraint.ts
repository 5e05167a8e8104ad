/**
 * The number constraints a form can hold as min and max: `. >= 0`, `. <= 120`, both joined by
 * `and`, and `>`/`<` on whole numbers. Anything else is undefined, for the caller to report.
 */
export function numberRange(
	expression: string,
	integer: boolean
): { min?: number; max?: number } | undefined {
	const range: { min?: number; max?: number } = {};
	for (const part of expression.trim().split(/\s+and\s+/)) {
		const bound = /^\.\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)$/.exec(part.trim());
		if (!bound) return undefined;
		const [, op, text] = bound;
		const value = Number(text);
		const strict = op === '>' || op === '<';
		// On whole numbers `. > 0` is `. >= 1`; on decimals the form has no strict bound.
		if (strict && !(integer && Number.isInteger(value))) return undefined;
		if (op!.startsWith('>')) range.min = strict ? value + 1 : value;
		else range.max = strict ? value - 1 : value;
	}
	// A range no answer can meet would make the whole form invalid; report it instead.
	if (range.min !== undefined && range.max !== undefined && range.min > range.max) return undefined;
	return range;
}
