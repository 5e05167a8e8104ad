import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		expect: { requireAssertions: true },
		include: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
		environment: 'node',
		// Store tests open PGlite and PostgreSQL; one file at a time per worker keeps them within 2 cores.
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
