import { v5 } from 'uuid';

/** Fixed namespace for the demo's name-based ids: the same demo row has the same id everywhere. */
const demoNamespace = '6f0d1c2e-8a4b-5c3d-9e7f-1a2b3c4d5e6f';

/** A stable UUID (v5) for a demo record, e.g. `demoId('group', 'admin')`. */
export function demoId(...parts: string[]): string {
	return v5(`ruamjai-demo:${parts.join(':')}`, demoNamespace);
}
