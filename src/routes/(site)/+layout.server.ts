import type { LayoutServerLoad } from './$types';

// hooks.server.ts reads the locale cookie; passing it down lets the client start where SSR did.
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
