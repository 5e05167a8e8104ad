import { z } from 'zod';

import { locales } from './locales';

export { locales };
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

/** Text written in Thai first; English beside it where the office has written it. */
export const LocalizedText = z.object({
	th: z.string().trim().min(1),
	en: z.string().trim().optional()
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A stable machine key: survives renames and new form versions, so reports can map by it. */
export const Key = z
	.string()
	.regex(/^[a-z][a-z0-9_]{0,62}$/, 'lowercase letters, digits and _ , starting with a letter');
export type Key = z.infer<typeof Key>;

export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();
