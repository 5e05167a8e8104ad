import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { e2eEnrollmentCode } from './devices';

const projectRoot = resolve(import.meta.dirname, '../../..');

// A test that times out while a server starts never gets it back to stop: the worker does, as it exits.
const servers = new Set<ChildProcess>();
process.once('exit', () => {
	for (const server of servers) server.kill('SIGKILL');
});

/** The project as it is now, copied aside so that its builds cannot collide with anyone else's. */
export interface Workspace {
	dir: string;
	remove(): void;
}

export function copyWorkspace(): Workspace {
	const dir = mkdtempSync(join(tmpdir(), 'ruamjai-release-'));
	for (const entry of ['src', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts']) {
		cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
	}
	cpSync(join(projectRoot, 'tsconfig.json'), join(dir, 'tsconfig.json'));
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * `vite build` of the workspace as release `release`, into `outDir`. The builds carry the test
 * hooks (VITE_RUAMJAI_E2E_HOOKS); about 10 s each on two cores.
 */
export async function buildRelease(workspace: Workspace, release: string, outDir: string) {
	await run('npx', ['vite', 'build'], workspace.dir, {
		RUAMJAI_RELEASE: release,
		RUAMJAI_BUILD_DIR: outDir,
		VITE_RUAMJAI_E2E_HOOKS: '1',
		// Prerendering starts the server, which opens a store: not the project's.
		RUAMJAI_DATA_DIR: join(workspace.dir, 'build-data'),
		RUAMJAI_MIGRATIONS_DIR: join(projectRoot, 'drizzle')
	});
}

export interface RunningServer {
	origin: string;
	stop(): Promise<void>;
}

/** Starts a built app on `port` with its own empty store and waits until it answers. */
export async function serveBuild(buildDir: string, port: number): Promise<RunningServer> {
	const origin = `http://127.0.0.1:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'ruamjai-release-data-'));
	const server = spawn('node', [join(buildDir, 'index.js')], {
		cwd: projectRoot,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			RUAMJAI_DATA_DIR: dataDir,
			// As the main end-to-end server (playwright.config.ts): a collection session needs an
			// enrolled tablet and a supervisor account added to it.
			RUAMJAI_DEMO_ENROLLMENT_CODE: e2eEnrollmentCode,
			RUAMJAI_DEMO_ACCOUNTS: '1',
			// The browser keeps connections open; the next release needs the port at once.
			SHUTDOWN_TIMEOUT: '1'
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	servers.add(server);
	let stderr = '';
	server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const stop = async () => {
		await stopProcess(server);
		servers.delete(server);
		rmSync(dataDir, { recursive: true, force: true });
	};
	try {
		await waitUntilHealthy(origin, server);
	} catch (error) {
		await stop();
		throw new Error(`${buildDir} did not start: ${stderr}`, { cause: error });
	}
	return { origin, stop };
}

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolvePort(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

async function waitUntilHealthy(origin: string, server: ChildProcess): Promise<void> {
	// A cold start on a busy 2-core machine (PGlite, migrations, demo seed) can take half a minute.
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`exited with ${server.exitCode}`);
		try {
			if ((await fetch(`${origin}/api/health`)).ok) return;
		} catch {
			// Not listening yet: poll again.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${origin} was not healthy within 60 s`);
}

/**
 * SIGTERM, then SIGKILL if it lingers: after closing its port the server takes seconds more to
 * wind down its store, and the next release only needs the port.
 */
async function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	const lingering = setTimeout(() => child.kill('SIGKILL'), 1_500);
	await exited;
	clearTimeout(lingering);
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>) {
	return new Promise<void>((resolveRun, reject) => {
		const child = spawn(command, args, {
			cwd,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolveRun() : reject(new Error(`${command} ${args.join(' ')}: ${stderr}`))
		);
	});
}
