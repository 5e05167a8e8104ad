import type { Page } from '@playwright/test';

/*
 * The tablet's device database read and written straight through IndexedDB, outside the app's own
 * Dexie instance, as another tab would: what tests and benches check or set up behind the screen.
 */

type Operation =
	| { kind: 'getAll'; store: string }
	| { kind: 'get'; store: string; key: string }
	| { kind: 'count'; store: string }
	| { kind: 'put'; store: string; rows: unknown[] };

function onDeviceDb<T>(page: Page, operation: Operation): Promise<T> {
	return page.evaluate(
		(op) =>
			new Promise<T>((resolve, reject) => {
				const open = indexedDB.open('ruamjai');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(op.store, op.kind === 'put' ? 'readwrite' : 'readonly');
					const store = tx.objectStore(op.store);
					let result: unknown;
					if (op.kind === 'put') for (const row of op.rows) store.put(row);
					else {
						const request =
							op.kind === 'get'
								? store.get(op.key)
								: op.kind === 'count'
									? store.count()
									: store.getAll();
						request.onsuccess = () => (result = request.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(result as T);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		operation
	);
}

export const deviceRows = <T>(page: Page, store: string) =>
	onDeviceDb<T[]>(page, { kind: 'getAll', store });

export const deviceRow = <T>(page: Page, store: string, key: string) =>
	onDeviceDb<T | undefined>(page, { kind: 'get', store, key });

export const countDeviceRows = (page: Page, store: string) =>
	onDeviceDb<number>(page, { kind: 'count', store });

export const putDeviceRows = (page: Page, store: string, rows: unknown[]) =>
	onDeviceDb<void>(page, { kind: 'put', store, rows });
