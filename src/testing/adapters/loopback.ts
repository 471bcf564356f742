import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimulatorOutcome } from '../faults/outcome.js';
import { untilAborted } from './fetch.js';

/** Where a simulator's loopback server listens. @internal */
export interface LoopbackOptions {
  /** TCP port; `0` picks a free one. @default 0 */
  readonly port?: number | undefined;
  /** Interface to bind. Loopback by default: the simulators have no real security. @default '127.0.0.1' */
  readonly host?: string | undefined;
}

/** A listening loopback server. @internal */
export interface LoopbackServer {
  /** e.g. `http://127.0.0.1:4010`; IPv6 hosts in brackets. */
  readonly url: string;
  /** Stops listening and drops open connections (hung requests included). */
  close(): Promise<void>;
}

/**
 * Serves any simulator (Graph or CAMS) over `node:http` on loopback: each request becomes a fetch `Request`, the
 * simulator's outcome becomes bytes on the socket — resets destroy the socket, a hang waits until the client goes
 * away, a truncated answer announces the full `content-length` and then closes. `node:http` is imported here, on
 * demand, and only `wabakit/testing/server` reaches this file, so `wabakit/testing` still bundles for Workers.
 * @internal
 */
export async function serveOnLoopback(
  respond: (request: Request) => Promise<SimulatorOutcome>,
  options: LoopbackOptions = {},
): Promise<LoopbackServer> {
  const { createServer } = await import('node:http');
  const host = options.host ?? '127.0.0.1';
  let base = `http://${host}`;
  const server = createServer((req, res) => {
    serve(respond, base, req, res).catch((error: unknown) => {
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(
  respond: (request: Request) => Promise<SimulatorOutcome>,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const controller = new AbortController();
  // The client went away before the answer: abort, so a hang or a latency wait ends.
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new Error('client disconnected'));
  });
  const body = await readBody(req);
  const outcome = await respond(toRequest(req, base, body, controller.signal));
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

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  const body = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
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
