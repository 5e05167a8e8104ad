import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// RUAMJAI_BUILD_DIR lets the update test build two releases side by side.
		adapter: adapter({ out: process.env.RUAMJAI_BUILD_DIR ?? 'build' }),
		// The release, not the build time, names the version, so that separately built servers agree.
		version: { name: process.env.RUAMJAI_RELEASE ?? pkg.version },
		// src/lib/pwa/app-update.svelte.ts registers it with workbox-window, to control updates.
		serviceWorker: { register: false },
		// Nothing loads from another origin: scripts only from here (SvelteKit adds a nonce, or a hash
		// on the prerendered collection shells, to its inline start-up script). Styles allow inline
		// because Svelte sets style attributes and chart.js sizes its canvas with them.
		// Prerendered pages carry the policy in a <meta> tag, where browsers ignore frame-ancestors;
		// X-Frame-Options in hooks.server.ts covers server-rendered pages there too.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		},
		typescript: {
			// Type-check (and lint) the configs and scripts with the same strict settings as src.
			config: (tsconfig) => ({
				...tsconfig,
				include: [
					...tsconfig.include,
					'../playwright.config.ts',
					'../drizzle.config.ts',
					'../scripts/**/*.ts'
				]
			})
		}
	}
};

export default config;
