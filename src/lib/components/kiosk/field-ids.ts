/**
 * Element ids of the kiosk's fields, shared by the fields and the error summary that links to
 * them. A field is a question key or a respondent field; ids are per page, and one page is shown.
 */
export const fieldId = (field: string): string => `kiosk-field-${field}`;
export const errorId = (field: string): string => `kiosk-field-${field}-error`;
export const helpId = (field: string): string => `kiosk-field-${field}-help`;
export const hintId = (field: string): string => `kiosk-field-${field}-hint`;
export const legendId = (field: string): string => `kiosk-field-${field}-legend`;
export const inputId = (field: string): string => `kiosk-field-${field}-input`;

/** Ids joined for aria-describedby, leaving out the parts a field does not have. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
	const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
	return present.length > 0 ? present.join(' ') : undefined;
}

/**
 * Moves focus to a field from the error summary: to the chosen option of a group if there is one
 * (where arrow keys continue), otherwise to its first control.
 */
export function focusField(field: string): void {
	const container = document.getElementById(fieldId(field));
	if (!container) return;
	const target =
		container.querySelector<HTMLElement>('input:checked') ??
		container.querySelector<HTMLElement>('input:not([disabled]), textarea, select');
	container.scrollIntoView({ block: 'start' });
	target?.focus({ preventScroll: true });
}
