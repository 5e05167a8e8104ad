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
