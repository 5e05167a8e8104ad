import { online } from 'svelte/reactivity/window';
import { deviceStore } from '$lib/client/device-store';
import { storageEstimate, type StorageEstimate } from '$lib/client/storage';
import { LiveQuery } from './live-query.svelte';

/** What the supervisor must always be able to see: connection, records waiting, storage. */
export class DeviceStatus {
	readonly outbox = new LiveQuery(() => deviceStore().records.outboxCounts(), {
		pending: 0,
		needsAttention: 0,
		total: 0
	});
	readonly lastPulledAt = new LiveQuery(() => deviceStore().settings.lastPulledAt(), undefined);
	#storage = $state<StorageEstimate | undefined>();

	/** navigator.onLine only knows whether there is a network, not whether the server answers. */
	get online(): boolean {
		return online.current ?? true;
	}

	get storage(): StorageEstimate | undefined {
		return this.#storage;
	}

	async refreshStorage(): Promise<void> {
		this.#storage = await storageEstimate();
	}
}

export const deviceStatus = new DeviceStatus();
