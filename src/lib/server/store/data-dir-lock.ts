import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreUnavailableError } from './errors';

const lockName = 'ruamjai.lock';

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it runs, as another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * PGlite keeps no lock of its own, and a second process opening the same folder (an administrator
 * command while the server runs) would write over the first one's pages. This lock file, holding
 * the owner's pid, keeps the second out. A lock whose process is gone (a crash) is taken over; so
 * is one with our own pid, which after a container restart names an earlier life of this process.
 * Returns the release, for close.
 */
export function lockDataDir(dataDir: string): () => void {
	const path = join(dataDir, lockName);
	const release = () => {
		try {
			if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
		} catch {
			// Already gone: nothing to release.
		}
	};
	for (;;) {
		try {
			writeFileSync(path, String(process.pid), { flag: 'wx' });
			return release;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = Number(readFileSync(path, 'utf8'));
		if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
			throw new StoreUnavailableError(
				'unavailable',
				`The embedded database at ${dataDir} is open in process ${holder} (the server?). Stop it first, or use PostgreSQL (DATABASE_URL). If no Ruamjai process has it, delete ${path}.`
			);
		}
		unlinkSync(path);
	}
}
