/**
 * A tiny Upstash REST server for tests: `POST /` with a JSON command array and `POST /pipeline` with an array of
 * them, forwarded to a real redis-server through ioredis; replies `{ result }` / `{ error }` like Upstash,
 * base64-encoding strings when the client asks (`Upstash-Encoding: base64`, @upstash/redis's default). No local
 * Upstash server exists on npm; this is the smallest faithful stand-in for the wire format the client speaks.
 */

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis as IORedis } from 'ioredis';

export interface UpstashShim {
  readonly url: string;
  /** Requests served, for tests. */
  readonly requests: () => number;
  close(): Promise<void>;
}

function encode(value: unknown): unknown {
  if (typeof value === 'string') return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(encode);
  return value;
}

export async function startUpstashShim(redisUrl: string): Promise<UpstashShim> {
  const redis = new IORedis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
  let served = 0;
  const run = async (command: unknown, base64: boolean): Promise<{ result?: unknown; error?: string }> => {
    if (!Array.isArray(command) || command.length === 0) return { error: 'ERR malformed command' };
    const [name, ...args] = command.map((part) => String(part));
    try {
      const result = await redis.call(name as string, ...args);
      return { result: base64 ? encode(result) : result };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      served += 1;
      const base64 = String(request.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64';
      void (async () => {
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
        const path = (request.url ?? '/').split('?')[0];
        let status = 200;
        let payload: unknown;
        if (path === '/pipeline' || path === '/multi-exec') {
          payload = await Promise.all((Array.isArray(body) ? body : []).map((command) => run(command, base64)));
        } else {
          const reply = await run(body, base64);
          if (reply.error !== undefined) status = 400;
          payload = reply;
        }
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => served,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      redis.disconnect();
    },
  };
}
