/**
 * Where the service worker sends a page that needs the network when there is none, and how that
 * page learns what was asked for. Shared by the worker and the page so they cannot drift apart.
 */
export const offlinePagePath = '/offline';

const requestedParam = 'from';

/** `/offline?from=…` for a request that failed, relative to the app's base path. */
export function offlinePageLocation(requested: URL, base = ''): string {
	const path = requested.pathname.slice(base.length) || '/';
	const query = new URLSearchParams({ [requestedParam]: path + requested.search });
	return `${base}${offlinePagePath}?${query}`;
}

/**
 * The page that was asked for, if the query names one on this site. Anything else is ignored:
 * the offline page links to it, and it must not become a way to send people elsewhere.
 */
export function requestedPage(search: URLSearchParams): string | undefined {
	const path = search.get(requestedParam);
	if (!path?.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return undefined;
	return path;
}
