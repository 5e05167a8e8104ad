/**
 * The address a respondent opens: the one prerendered survey page with the code after `#`, so
 * that the service worker serves it offline for any link. The server's own origin (adapter-node's
 * ORIGIN behind a proxy).
 */
export function surveyAddress(requestUrl: URL, code: string): string {
	return new URL(`/s#${code}`, requestUrl.origin).href;
}
