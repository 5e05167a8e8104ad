import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

/**
 * A device-store read that stays current: Dexie re-runs `query` when the tables it read change
 * (in this tab or another), and Svelte subscribes only while something on screen reads it.
 */
export class LiveQuery<T> {
	#value: T = $state() as T;
	#error: unknown = $state(undefined);
	#loaded = $state(false);
	#subscribe: () => void;

	constructor(query: () => Promise<T>, initial: T) {
		this.#value = initial;
		this.#subscribe = createSubscriber(() => {
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#loaded = true;
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loaded = true;
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	get current(): T {
		this.#subscribe();
		return this.#value;
	}

	/** The last failure to read, e.g. a DeviceStorageError; cleared by the next good read. */
	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}

	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}
}
