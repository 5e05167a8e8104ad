import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signInPage } from './support/accounts';
import { reportFy, seedGroupResponses } from './support/report-data';

/*
 * The Content-Security-Policy and the other protections of issue 6, in the browser: the pages
 * that run the most script (the report charts, the service worker of the collection shell) work
 * under the policy, and nothing they do is refused by it. This file seeds the group `legal`.
 */

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
	const seen: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
	});
	await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { reportCspViolation: (t: string) => void })
				.reportCspViolation;
			report(`${event.violatedDirective} blocked ${event.blockedURI}`);
		});
	});
	return seen;
}

test.describe('security headers', () => {
	test('a server page carries a policy that allows scripts only from the app, with a nonce', async ({
		request
	}) => {
		const response = await request.get('/sign-in');
		expect(response.status()).toBe(200);
		const policy = response.headers()['content-security-policy'] ?? '';
		expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).toContain("object-src 'none'");
		expect(response.headers()['x-frame-options']).toBe('DENY');
		const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
		expect(await response.text()).toContain(`nonce="${nonce}"`);
	});

	test('the prerendered collection shell carries the policy in a meta tag, with hashes', async ({
		request
	}) => {
		const html = await (await request.get('/collect')).text();
		expect(html).toMatch(
			/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self' 'sha256-/
		);
	});

	test('the report charts draw and the collection shell goes offline-ready, with nothing refused', async ({
		page,
		request
	}) => {
		await signInPage(page, 'executive');
		const seeded = await seedGroupResponses(request, 'legal', 12);
		const violations = await watchViolations(page);

		await page.goto(`/reports/groups/${seeded.group.id}?fy=${reportFy}`);
		const chart = page.getByTestId('chart-item-means').locator('canvas');
		await expect(chart).toBeVisible();
		// Drawn: some pixel of the canvas is not transparent.
		await expect
			.poll(() =>
				chart.evaluate((canvas: HTMLCanvasElement) =>
					canvas
						.getContext('2d')!
						.getImageData(0, 0, canvas.width, canvas.height)
						.data.some((value) => value !== 0)
				)
			)
			.toBe(true);

		await page.goto('/collect');
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
			.toBe(true);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('a form posted from another site is refused (SvelteKit checks the origin)', async ({
		request
	}) => {
		const response = await request.post('/sign-in?/signIn', {
			form: { username: 'admin', password: 'whatever-it-is' },
			headers: { origin: 'https://attacker.example' }
		});
		expect(response.status()).toBe(403);
	});

	test('the browser bundle holds no server code and no secrets', () => {
		const clientDir = join(process.env.RUAMJAI_BUILD_DIR ?? 'build', 'client');
		const files = readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(js|html|json|webmanifest)$/.test(f)
		);
		expect(files.length).toBeGreaterThan(10);
		const password = process.env.RUAMJAI_DEMO_PASSWORD!;
		for (const file of files) {
			const text = readFileSync(join(clientDir, file), 'utf8');
			for (const secret of [
				'@node-rs/argon2',
				'$argon2id$',
				'@electric-sql/pglite',
				'drizzle-orm',
				'password_hash',
				'DATABASE_URL',
				password
			]) {
				expect(text.includes(secret), `${file} mentions ${secret}`).toBe(false);
			}
		}
	});
});
