/**
 * A real redis-server (or valkey-server) for the store tests — never a mock. `WABAKIT_REDIS_URL` (set by
 * scripts/with-redis.sh in CI) names a running one; without it each test file starts its own on a random
 * loopback port and stops it by pid. When the binary is missing the tests fail loudly, unless a contributor
 * without Redis opts out explicitly with `WABAKIT_SKIP_REDIS_TESTS=1` (CI never sets it).
 */

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when a contributor explicitly opted out of the Redis suites. */
export const SKIP_REDIS = process.env['WABAKIT_SKIP_REDIS_TESTS'] === '1';

export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops the server if this helper started it (by pid); a server from WABAKIT_REDIS_URL is left alone. */
  stop(): Promise<void>;
}

/** The binary's path, or undefined when it is not installed. */
export function findBinary(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path !== '' ? path : undefined;
}

/** A free loopback port (the kernel picks it; closed again before the server binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves once `host:port` answers PING with PONG; rejects after `attempts` tries. */
async function waitForPong(host: string, port: number, attempts = 200): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host, port });
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`redis at ${host}:${port} did not answer PING`);
}

/** Starts `binary` daemonized on a random loopback port, with no persistence; `extraArgs` for cluster mode. */
export async function startServer(binary = 'redis-server', extraArgs: readonly string[] = []): Promise<RunningServer> {
  const path = findBinary(binary);
  if (path === undefined) {
    throw new Error(
      `${binary} is not installed: run \`apt-get install -y redis-server\` (or scripts/with-redis.sh), or set WABAKIT_SKIP_REDIS_TESTS=1 to skip the Redis suites knowingly`,
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'wabakit-redis-'));
  const pidfile = join(dir, 'redis.pid');
  const port = await freePort();
  execFileSync(path, [
    '--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1',
    '--daemonize', 'yes', '--pidfile', pidfile, '--dir', dir, ...extraArgs,
  ]);
  await waitForPong('127.0.0.1', port);
  return {
    url: `redis://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    async stop() {
      const pid = Number(readFileSync(pidfile, 'utf8').trim());
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      for (let attempt = 0; attempt < 200; attempt += 1) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server named by WABAKIT_REDIS_URL, or a fresh one started for this file. */
export async function redisForTests(): Promise<RunningServer> {
  const fromEnv = process.env['WABAKIT_REDIS_URL'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const url = new URL(fromEnv);
    const port = Number(url.port || 6379);
    await waitForPong(url.hostname, port, 40);
    return { url: fromEnv, host: url.hostname, port, stop: async () => undefined };
  }
  return startServer('redis-server');
}

/**
 * Valkey, when it can be had: WABAKIT_VALKEY_URL, or a valkey-server started for this file when the binary is
 * installed. `undefined` otherwise — the Valkey suites then skip and say so (Valkey is optional: Debian ships it
 * only in bookworm-backports).
 */
export async function valkeyForTests(): Promise<RunningServer | undefined> {
  const fromEnv = process.env['WABAKIT_VALKEY_URL'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const url = new URL(fromEnv);
    const port = Number(url.port || 6379);
    await waitForPong(url.hostname, port, 40);
    return { url: fromEnv, host: url.hostname, port, stop: async () => undefined };
  }
  if (findBinary('valkey-server') === undefined) return undefined;
  return startServer('valkey-server');
}

/** True when Valkey can be tested here (binary installed or URL given). */
export const VALKEY_AVAILABLE =
  (process.env['WABAKIT_VALKEY_URL'] ?? '') !== '' || findBinary('valkey-server') !== undefined;

export interface RunningCluster {
  /** `host:port` of each master. */
  readonly nodes: readonly { readonly host: string; readonly port: number }[];
  stop(): Promise<void>;
}

/**
 * A local 3-master Redis Cluster (no replicas): three `redis-server --cluster-enabled yes` and
 * `redis-cli --cluster create`, then waits until every node reports `cluster_state:ok`. Stopped by pid.
 */
export async function startCluster(): Promise<RunningCluster> {
  const servers: RunningServer[] = [];
  try {
    for (let i = 0; i < 3; i += 1) {
      servers.push(await startServer('redis-server', ['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-node-timeout', '2000']));
    }
    const cli = findBinary('redis-cli') ?? findBinary('valkey-cli');
    if (cli === undefined) throw new Error('redis-cli is not installed (it comes with redis-server)');
    execFileSync(cli, ['--cluster', 'create', ...servers.map((server) => `127.0.0.1:${server.port}`), '--cluster-replicas', '0', '--cluster-yes'], {
      stdio: 'ignore',
    });
    for (let attempt = 0; attempt < 400; attempt += 1) {
      const ok = servers.every((server) =>
        execFileSync(cli, ['-h', '127.0.0.1', '-p', String(server.port), 'cluster', 'info'], { encoding: 'utf8' }).includes('cluster_state:ok'),
      );
      if (ok) break;
      if (attempt === 399) throw new Error('the local cluster never reached cluster_state:ok');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return {
      nodes: servers.map((server) => ({ host: '127.0.0.1', port: server.port })),
      async stop() {
        for (const server of servers) await server.stop();
      },
    };
  } catch (error) {
    for (const server of servers) await server.stop();
    throw error;
  }
}
