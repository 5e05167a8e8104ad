import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may, and probes for that on first use;
// our Content-Security-Policy (svelte.config.js) forbids eval, so the probe would be reported as
// a violation on every page. The interpreted parsers are fast enough for a form at a time.
z.config({ jitless: true });
