/**
 * The XLSForm `relevant` expressions our one-rule show-if can hold: `${q} = 'v'`, `${q} != 'v'`
 * (a quoted text or a number) and `selected(${q}, 'v')`. Anything else, `and`/`or` included,
 * is reported rather than half-translated: a condition dropped silently would show questions to
 * people who should never see them.
 */
export type RelevantRule =
	| { ok: true; question: string; op: '=' | '!=' | 'selected'; value: string | number }
	| { ok: false; why: 'combined' | 'unsupported' };

const comparison =
	/^\$\{([^}\s]+)\}\s*(=|!=)\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))$|^(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))\s*(=|!=)\s*\$\{([^}\s]+)\}$/;
const selected = /^selected\(\s*\$\{([^}\s]+)\}\s*,\s*(?:'([^']*)'|"([^"]*)")\s*\)$/;

export function parseRelevant(expression: string): RelevantRule {
	const text = withoutOuterBrackets(expression.trim());
	const compared = comparison.exec(text);
	if (compared) {
		const [, q1, op1, s1, d1, n1, s2, d2, n2, op2, q2] = compared;
		const question = (q1 ?? q2)!;
		const op = (op1 ?? op2) as '=' | '!=';
		const quoted = s1 ?? d1 ?? s2 ?? d2;
		const number = n1 ?? n2;
		return { ok: true, question, op, value: quoted ?? Number(number) };
	}
	const chosen = selected.exec(text);
	if (chosen) {
		const [, question, single, double] = chosen;
		return { ok: true, question: question!, op: 'selected', value: (single ?? double)! };
	}
	return { ok: false, why: /\s(and|or)\s/.test(outsideQuotes(text)) ? 'combined' : 'unsupported' };
}

function withoutOuterBrackets(text: string): string {
	let inner = text;
	while (inner.startsWith('(') && inner.endsWith(')') && balanced(inner.slice(1, -1))) {
		inner = inner.slice(1, -1).trim();
	}
	return inner;
}

function balanced(text: string): boolean {
	let depth = 0;
	for (const ch of outsideQuotes(text)) {
		if (ch === '(') depth++;
		if (ch === ')' && --depth < 0) return false;
	}
	return depth === 0;
}

/** The expression with quoted texts blanked, so `'a or b'` is not read as an `or`. */
function outsideQuotes(text: string): string {
	return text.replace(/'[^']*'|"[^"]*"/g, (q) => ' '.repeat(q.length));
}
