import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses this: the app runs the generated SQL itself on start.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/store/schema.ts',
	out: './drizzle'
});
