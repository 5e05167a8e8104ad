import { getDb } from './db/db';
import { createDeviceStore, type DeviceStore } from './repos';

let store: DeviceStore | undefined;

/** The repositories over this browser's device database; call from the browser only. */
export function deviceStore(): DeviceStore {
	return (store ??= createDeviceStore(getDb()));
}
