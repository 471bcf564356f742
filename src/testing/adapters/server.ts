import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimulatorOptions } from '../options.js';
import { createSimulator, type GraphSimulator } from '../simulator.js';
import { untilAborted } from './fetch.js';

/** Options of {@link startSimulator}: where to listen, and the simulator's own options. */
export interface StartSimulatorOptions extends SimulatorOptions {
  /** TCP port; `0` picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. Loopback by default: the simulator has no real security. @default '127.0.0.1' */
  readonly host?: string;
  /** Serve an existing simulator instead of creating one. */
  readonly simulator?: GraphSimulator;
}

/** A running simulator server. */
export interface RunningSimulator {
  /** Base URL to give clients, e.g. `http://127.0.0.1:4010` (pass it as `baseUrl`). */
  readonly url: string;
  readonly simulator: GraphSimulator;
  /** Stops listening and drops open connections (hung requests included). */
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  const size = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

function toRequest(req: IncomingMessage, base: string, body: Uint8Array | undefined, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return new Request(new URL(req.url ?? '/', base), {
    method: req.method ?? 'GET',
    headers,
    signal,
    ...(body === undefined || body.length === 0 ? {} : { body: body as BodyInit }),
  });
}

async function serve(simulator: GraphSimulator, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  // The client went away before the answer: abort, so a hang or a latency wait ends.
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client disconnected'));
  });
  const body = await readBody(req);
  const outcome = await simulator.respond(toRequest(req, base, body, controller.signal));
  switch (outcome.kind) {
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      await untilAborted(controller.signal).catch(() => undefined);
      return;
    case 'truncated': {
      const bytes = new TextEncoder().encode(outcome.body);
      res.writeHead(outcome.status, { ...outcome.headers, 'content-length': String(bytes.length) });
      res.write(bytes.slice(0, outcome.cutAt), () => req.socket.destroy());
      return;
    }
    case 'response':
      res.writeHead(outcome.status, outcome.headers);
      res.end(outcome.body);
  }
}

/**
 * Starts the simulator as a loopback HTTP server (Node, Bun and Deno: `node:http` is loaded here, on demand).
 * Exported from `wabakit/testing/server` only, so `wabakit/testing` never references `node:http` and bundles for
 * Workers and edge test runners. Resets destroy the socket; truncated answers announce the full `content-length`
 * and then close the connection.
 *
 * @throws {Error} when the port is taken or `node:http` is unavailable.
 * @example
 * const { url, simulator, close } = await startSimulator({ port: 0 });
 * simulator.seed.token('test-token');
 * const client = new WabaClient({ accessToken: 'test-token', baseUrl: url });
 * // …
 * await close();
 */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const { createServer } = await import('node:http');
  const simulator = options.simulator ?? createSimulator(options);
  const host = options.host ?? '127.0.0.1';
  let base = `http://${host}`;
  const server = createServer((req, res) => {
    serve(simulator, base, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`simulator error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 0);
  base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: base,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
