import type { Widen } from './th';
import type { reportsTh } from './reports.th';

export const reportsEn: Widen<typeof reportsTh> = {
	title: 'Reports',
	coming:
		'Coming soon: assessment reports for each group, with the mean, standard deviation and level of every item and dimension, ready to print.'
};
