/** The id of the builder's input for a path of the form, e.g. `sections.0.title.th`. */
export function builderId(path: string): string {
	return `fb-${path.replaceAll('.', '-')}`;
}

export function builderErrorId(path: string): string {
	return `${builderId(path)}-error`;
}
