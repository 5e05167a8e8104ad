/**
 * Draws the app icons in static/icons/ from static/favicon.svg with headless Chromium, so the PNGs
 * and the mark never drift apart: `npx vite-node scripts/make-pwa-icons.ts`, then commit the PNGs.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';

const mark = readFileSync(new URL('../static/favicon.svg', import.meta.url), 'utf8');
const outDir = new URL('../static/icons/', import.meta.url);
const brand = '#1f5f8b';

interface Icon {
	file: string;
	size: number;
	/**
	 * The mark's share of the edge. A maskable icon is cropped to a shape of the launcher's choosing
	 * with only the central 80% circle safe, and iOS rounds its own corners: both get a full-bleed
	 * brand square with the mark inside, which hides the mark's own rounded corners.
	 */
	fullBleed?: { markScale: number };
}

const icons: Icon[] = [
	{ file: 'icon-192.png', size: 192 },
	{ file: 'icon-512.png', size: 512 },
	{ file: 'icon-maskable-512.png', size: 512, fullBleed: { markScale: 0.8 } },
	{ file: 'apple-touch-icon-180.png', size: 180, fullBleed: { markScale: 0.86 } }
];

function html({ size, fullBleed }: Icon): string {
	const markSize = Math.round(size * (fullBleed?.markScale ?? 1));
	return `<!doctype html><html><body style="margin:0">
		<div style="width:${size}px;height:${size}px;display:grid;place-items:center;background:${fullBleed ? brand : 'transparent'}">
			<div style="width:${markSize}px;height:${markSize}px">${mark.replace('<svg ', `<svg width="${markSize}" height="${markSize}" `)}</div>
		</div></body></html>`;
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
	for (const icon of icons) {
		const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
		await page.setContent(html(icon));
		await page.screenshot({
			path: new URL(icon.file, outDir).pathname,
			clip: { x: 0, y: 0, width: icon.size, height: icon.size },
			// The plain icons keep the mark's transparent rounded corners.
			omitBackground: !icon.fullBleed
		});
		await page.close();
		console.log(`static/icons/${icon.file} (${icon.size}×${icon.size})`);
	}
} finally {
	await browser.close();
}
