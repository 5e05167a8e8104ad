import { expect, type Page, type Response } from '@playwright/test';

/**
 * Resolves once the app's service worker is active (its precache complete) and controls the page:
 * from then on the app can be reloaded with the network off.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** The release name of the service worker that controls the page. */
export async function controllingVersion(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const controller = navigator.serviceWorker.controller;
				if (!controller) return reject(new Error('no service worker controls the page'));
				const channel = new MessageChannel();
				channel.port1.onmessage = (event: MessageEvent<{ version: string }>) =>
					resolve(event.data.version);
				controller.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
			})
	);
}

/**
 * A page the app rendered, not Chromium's "no internet" page: the navigation was answered (by the
 * service worker when offline) and the page has its main heading.
 */
export async function expectAppPage(page: Page, response: Response | null): Promise<void> {
	expect(response, 'the navigation got no response').not.toBeNull();
	expect(response!.ok(), `${response!.url()} answered ${response!.status()}`).toBe(true);
	expect(page.url()).not.toMatch(/^chrome-error:/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
