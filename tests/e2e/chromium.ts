import type { LaunchOptions } from '@playwright/test';

/**
 * Playwright cannot download its own browsers here; Debian's Chromium stands in. Without the
 * background-networking flags it keeps dialling Google's hosts, which this network refuses.
 */
export const chromiumLaunchOptions: LaunchOptions = {
	executablePath: process.env.RUAMJAI_CHROMIUM ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
};
