// Typed as a worker, not a page: ./tsconfig.json (SvelteKit keeps this folder out of the app's).
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';
import { offlinePageLocation, offlinePagePath } from '$lib/pwa/offline-page';
import { clientsClaim } from 'workbox-core';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import {
	backgroundSyncTag,
	type SyncRequestedMessage,
	type SyncResultMessage
} from '$lib/sync/engine/background-sync-messages';

/*
 * The app shell, versioned per build. A version installs in full or not at all, then waits until a
 * page asks it to take over (app-update.svelte.ts): never mid-form, never with old pages still
 * running against a precache that no longer holds their code.
 *
 * Nothing is cached at run time. Collection data lives in the device store and reaches the server
 * through the sync engine, so /api/* and __data.json always go to the network.
 */

const sw = self as unknown as ServiceWorkerGlobalScope;

const collectShell = `${base}/collect`;

precache([
	// Vite's output is named by content hash: the name is the revision.
	...build.map((url) => ({ url, revision: null })),
	// static/ and the prerendered shells keep their names from build to build.
	...files.map((url) => ({ url, revision: version })),
	...prerendered.map((url) => ({ url, revision: version }))
]);
cleanupOutdatedCaches();
// The first install takes the open page at once, so code it loads later comes from the precache
// even if the network drops before the next reload. Later versions still wait to be asked.
clientsClaim();

sw.addEventListener('message', (event: ExtendableMessageEvent) => {
	const type = (event.data as { type?: unknown } | null)?.type;
	// Sent by workbox-window's messageSkipWaiting() when the supervisor chooses to update.
	if (type === 'SKIP_WAITING') event.waitUntil(sw.skipWaiting());
	// Which version serves the page, for support and the update test.
	if (type === 'GET_VERSION') event.ports[0]?.postMessage({ version });
});

// Background Sync (Chromium) wakes the worker when the network returns. The outbox lives in the
// page's device store and the engine runs in a page, so the worker only relays to an open one.
interface SyncEventLike extends ExtendableEvent {
	tag: string;
}
sw.addEventListener('sync', (event) => {
	const sync = event as SyncEventLike;
	if (sync.tag === backgroundSyncTag) sync.waitUntil(relaySyncToPage());
});

async function relaySyncToPage(): Promise<void> {
	const pages = (await sw.clients.matchAll({ type: 'window' })).filter((client) =>
		new URL(client.url).pathname.startsWith(collectShell)
	);
	// No collection page open: the next one to open syncs as it starts.
	const target = pages[0];
	if (!target) return;
	const { port1, port2 } = new MessageChannel();
	const reply = new Promise<SyncResultMessage>((resolve) => {
		port1.onmessage = (message: MessageEvent<SyncResultMessage>) => resolve(message.data);
		setTimeout(() => resolve({ type: 'SYNC_RESULT', ok: false, outcome: 'failed' }), 120_000);
	});
	target.postMessage({ type: 'SYNC_REQUESTED' } satisfies SyncRequestedMessage, [port2]);
	// A rejection tells the browser to fire the sync again later, with its own backoff.
	if (!(await reply).ok) throw new Error('The outbox is not synced yet; the browser will retry.');
}

registerRoute(({ request, url }) => request.mode === 'navigate' && isOwn(url), handleNavigation);
registerRoute(({ url }) => isOwn(url) && url.pathname.endsWith('/__data.json'), handlePageData);
// Vite's output and static/ from the precache; nothing else is answered from a cache.
addRoute();

/**
 * A prerendered page (the collection shells, the offline page) comes from the precache, online or
 * not, so that it always matches the code precached with it. Other pages need the server, and
 * offline they send the supervisor to the offline page.
 *
 * A shell links its code relative to its own address (SvelteKit's `paths.relative`), so it only
 * works at that address: other addresses are redirected to one, never answered with a shell.
 */
async function handleNavigation({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
	// As the server does (trailingSlash 'never'): /collect/ is /collect.
	if (url.pathname.length > `${base}/`.length && url.pathname.endsWith('/')) {
		return Response.redirect(new URL(url.pathname.slice(0, -1) + url.search, url).href, 308);
	}
	const shell = await matchPrecache(url.pathname);
	if (shell) return shell;
	// Every collection page is prerendered (collect/+layout.ts), so this is an old bookmark or a
	// mistyped address: collection still starts, offline too.
	if (isCollectPath(url.pathname) && (await matchPrecache(collectShell))) {
		return Response.redirect(new URL(collectShell, url).href, 303);
	}
	try {
		return await fetch(request);
	} catch (error) {
		// Only a precached offline page helps; without one (in development) the browser's error stands.
		if (!(await matchPrecache(`${base}${offlinePagePath}`))) throw error;
		return Response.redirect(new URL(offlinePageLocation(url, base), url).href, 303);
	}
}

/**
 * A link followed inside the app asks for the next page's server data rather than its HTML.
 * Offline, answer the way the server answers a redirect, so that the router goes to the offline
 * page instead of showing a raw "Failed to fetch" error. (This is SvelteKit's __data.json
 * protocol: `{ type: 'redirect', location }`.)
 */
async function handlePageData({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		const page = new URL(url.pathname.slice(0, -'/__data.json'.length) || '/', url);
		return Response.json({ type: 'redirect', location: offlinePageLocation(page, base) });
	}
}

function isOwn(url: URL): boolean {
	return url.origin === sw.location.origin && url.pathname.startsWith(`${base}/`);
}

function isCollectPath(path: string): boolean {
	return path === collectShell || path.startsWith(`${collectShell}/`);
}
