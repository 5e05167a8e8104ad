import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface BuiltServer {
	origin: string;
	stop(): void;
}

/**
 * The production build (`RUAMJAI_BUILD_DIR`, default `build`) on loopback at `port`, with `env`
 * added to this process's environment; resolves once /api/health answers.
 */
export async function startBuiltServer(
	port: number,
	env: Record<string, string> = {}
): Promise<BuiltServer> {
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn('node', [join(process.env.RUAMJAI_BUILD_DIR ?? 'build', 'index.js')], {
		env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: 'ignore'
	});
	const stop = () => server.kill();
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${origin}/api/health`)).ok) return { origin, stop };
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	stop();
	throw new Error(`the server at ${origin} did not become healthy`);
}
