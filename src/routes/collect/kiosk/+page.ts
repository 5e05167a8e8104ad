import { deviceStore } from '$lib/client/device-store';
import { loadKiosk } from '$lib/state/kiosk.svelte';
import type { PageLoad } from './$types';

// Everything comes from the device store: the kiosk opens the same with the network off.
export const load: PageLoad = async () => ({ kiosk: await loadKiosk(deviceStore()) });
