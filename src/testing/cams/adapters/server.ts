import type { IncomingMessage, ServerResponse } from 'node:http';
import { untilAborted } from '../../adapters/fetch.js';
import type { SimulatorOutcome } from '../../faults/outcome.js';
import type { CamsSimulatorOptions } from '../options.js';
import { createCamsSimulator, type CamsSimulator } from '../simulator.js';

/** Options of {@link startCamsSimulator}: where to listen, and the simulator's own options. */
export interface StartCamsSimulatorOptions extends CamsSimulatorOptions {
  /** TCP port; `0` picks a free one. @default 0 */
  readonly port?: number;
  /** Interface to bind. Loopback by default: the simulator has no real security. @default '127.0.0.1' */
  readonly host?: string;
  /** Serve an existing simulator instead of creating one. */
  readonly simulator?: CamsSimulator;
}

/** A running CAMS simulator server. */
export interface RunningCamsSimulator {
  /** Endpoint to give clients, e.g. `http://127.0.0.1:4011` (sign for its host, `127.0.0.1:4011`). */
  readonly url: string;
  readonly simulator: CamsSimulator;
  /** Stops listening and drops open connections (hung requests included). */
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

function toRequest(req: IncomingMessage, base: string, body: Uint8Array, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'POST';
  return new Request(new URL(req.url ?? '/', base), {
    method,
    headers,
    signal,
    ...(body.length === 0 || method === 'GET' || method === 'HEAD' ? {} : { body: body as BodyInit }),
  });
}

async function send(outcome: SimulatorOutcome, req: IncomingMessage, res: ServerResponse, signal: AbortSignal): Promise<void> {
  switch (outcome.kind) {
    case 'reset':
      req.socket.destroy();
      return;
    case 'hang':
      await untilAborted(signal).catch(() => undefined);
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
 * Starts the CAMS simulator as a loopback HTTP server (Node, Bun and Deno: `node:http` is loaded here, on demand).
 * Exported from `wabakit/testing/server` only, so `wabakit/testing` never references `node:http` and bundles for
 * Workers. The client signs for the server's host (`127.0.0.1:<port>`): point its endpoint at `url`.
 *
 * @throws {Error} when the port is taken or `node:http` is unavailable.
 * @example
 * const { url, simulator, close } = await startCamsSimulator({ port: 0 });
 * const demo = seedCamsDemo(simulator);
 * const client = new CamsClient({ ...CAMS_DEMO_KEY, custSpaceId: demo.channel.custSpaceId, endpoint: url });
 * // …
 * await close();
 */
export async function startCamsSimulator(options: StartCamsSimulatorOptions = {}): Promise<RunningCamsSimulator> {
  const { createServer } = await import('node:http');
  const simulator = options.simulator ?? createCamsSimulator(options);
  const host = options.host ?? '127.0.0.1';
  let base = `http://${host}`;
  const server = createServer((req, res) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client disconnected'));
    });
    readBody(req)
      .then((body) => simulator.respond(toRequest(req, base, body, controller.signal)))
      .then((outcome) => send(outcome, req, res, controller.signal))
      .catch((error: unknown) => {
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
