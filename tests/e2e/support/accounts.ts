import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The demo accounts of the end-to-end server (playwright.config.ts turns them on). */
export type DemoAccount = 'admin' | 'executive' | 'supervisor' | `leader.${string}`;

export function demoPassword(): string {
	const password = process.env.RUAMJAI_DEMO_PASSWORD;
	if (!password)
		throw new Error('RUAMJAI_DEMO_PASSWORD is not set: run through playwright.config.ts');
	return password;
}

/** Signs a request context in: its cookie jar then carries the session. */
export async function signInRequest(
	request: APIRequestContext,
	account: DemoAccount
): Promise<void> {
	const response = await request.post('/api/auth/sign-in', {
		data: { username: account, password: demoPassword() }
	});
	expect(response.status(), await response.text()).toBe(200);
}

/** Signs the page's browser context in through the API: its cookies are the page's. */
export function signInPage(page: Page, account: DemoAccount): Promise<void> {
	return signInRequest(page.request, account);
}
