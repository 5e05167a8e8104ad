import type { DeviceStore, OutboxEntry, OutboxState } from '$lib/client/repos';
import {
	outboxExportFormat,
	outboxExportVersion,
	type OutboxExport,
	type OutboxExportRecord
} from '$lib/sync/protocol';

export interface OutboxExportFile {
	name: string;
	content: OutboxExport;
	records: number;
}

// No limit (Dexie reads Infinity as none): an export is never cut short.
const everything = Infinity;

/**
 * The outbox as the protocol's export file: the way out when sync is impossible. An admin imports
 * it with `npm run sync:import`, by the same exactly-once rules as sync, so exporting never removes
 * anything here, and a record both exported and later synced is still stored once.
 *
 * Records go out as stored, not re-validated: a record an older schema accepted must still be able
 * to leave the device.
 */
export async function buildOutboxExport(
	device: DeviceStore,
	options: { states?: readonly OutboxState[]; now?: () => Date } = {}
): Promise<OutboxExportFile> {
	const states = options.states ?? ['pending', 'needs_attention'];
	const deviceId = await device.settings.deviceId();
	const entries: OutboxEntry[] = [];
	for (const state of states) {
		entries.push(...(await device.records.listOutbox({ state, limit: everything })));
	}
	const exportedAt = (options.now?.() ?? new Date()).toISOString();
	const content: OutboxExport = {
		format: outboxExportFormat,
		version: outboxExportVersion,
		deviceId,
		exportedAt,
		records: entries.map(exportRecord)
	};
	return { name: exportFileName(deviceId, exportedAt), content, records: entries.length };
}

function exportRecord(entry: OutboxEntry): OutboxExportRecord {
	const meta = { state: entry.state, lastError: entry.lastError };
	switch (entry.kind) {
		case 'response':
			return { kind: 'response', record: entry.record, ...meta };
		case 'feedback':
			return { kind: 'feedback', record: entry.record, ...meta };
		case 'attendance':
			return { kind: 'attendance', record: entry.record, ...meta };
	}
}

/** e.g. ruamjai-outbox-0190f0f0-20250115-0904.json: which tablet, when (UTC), sortable. */
function exportFileName(deviceId: string, exportedAt: string): string {
	const stamp = exportedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
	return `ruamjai-outbox-${deviceId.slice(0, 8)}-${stamp}.json`;
}

/** Saves the file through the browser's download, from a Blob: no server involved. */
export function downloadOutboxExport(file: OutboxExportFile): void {
	const blob = new Blob([JSON.stringify(file.content, null, '\t')], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// The download has taken its copy once click() returns; the URL only holds memory now.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
