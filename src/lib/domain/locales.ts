// Kept free of zod so that pages which only show text do not download the validators.
export const locales = ['th', 'en'] as const;
export type Locale = (typeof locales)[number];
