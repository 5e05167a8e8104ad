import type { adminTh } from './admin.th';
import type { Widen } from './th';

export const adminEn: Widen<typeof adminTh> = {
	title: 'Admin',
	coming: 'Coming soon: set-up of the office, its groups, its forms and the collection devices.'
};
