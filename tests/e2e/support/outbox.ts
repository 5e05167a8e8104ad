import type { Page } from '@playwright/test';
import { newId } from '$lib/domain';

/**
 * A long day at a school without filling hundreds of surveys by hand: the record waiting in the
 * outbox is copied `copies` times, each copy a new respondent (its own id) of the same session,
 * submitted a second apart before it, as if collected earlier that day. Written to the device database
 * as another tab would, outside the app's own instance: the screen counts them once the next
 * record is submitted or the page is opened again. Resolves with the copies' ids.
 */
export async function copyWaitingRecord(page: Page, copies: number): Promise<string[]> {
	const ids = Array.from({ length: copies }, () => newId());
	await page.evaluate(
		(ids) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('ruamjai');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['outbox', 'sessions'], 'readwrite');
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
					const outbox = tx.objectStore('outbox');
					const read = outbox.getAll();
					read.onsuccess = () => {
						const entries = read.result as {
							id: string;
							sessionId: string;
							createdAt: string;
							record: { id: string };
						}[];
						if (entries.length !== 1) {
							tx.abort();
							return reject(new Error(`${entries.length} records wait; expected one to copy`));
						}
						const [template] = entries;
						const start = Date.parse(template!.createdAt);
						ids.forEach((id, i) => {
							outbox.put({
								...template,
								id,
								record: { ...template!.record, id },
								createdAt: new Date(start - (ids.length - i) * 1000).toISOString()
							});
						});
						// The session's own count of what was submitted in it.
						const sessions = tx.objectStore('sessions');
						const session = sessions.get(template!.sessionId);
						session.onsuccess = () => {
							const row = session.result as { recordCount: number };
							sessions.put({ ...row, recordCount: row.recordCount + ids.length });
						};
					};
				};
			}),
		ids
	);
	return ids;
}
