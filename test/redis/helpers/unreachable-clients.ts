/**
 * Every supported client pointed at an unreachable store, with the clients' default options (which wait forever:
 * the adapter's own timeout is what must answer). Connection attempts are started, never awaited.
 */

import { Redis as UpstashRedis } from '@upstash/redis';
import { Redis as IORedis } from 'ioredis';
import { Valkey } from 'iovalkey';
import { createClient as createClient6 } from 'redis';
import { createClient as createClient4 } from 'redis4';
import { createClient as createClient5 } from 'redis5';
import type { ClientName } from './clients.js';

interface NodeRedisClient {
  on(event: 'error', listener: (error: unknown) => void): unknown;
  connect(): Promise<unknown>;
  destroy?(): unknown;
  disconnect?(): Promise<unknown>;
}

export interface UnreachableClient {
  readonly client: object;
  close(): Promise<void>;
}

export function unreachable(name: ClientName, port: number): UnreachableClient {
  const url = `redis://127.0.0.1:${port}`;
  switch (name) {
    case 'node-redis-4':
    case 'node-redis-5':
    case 'node-redis-6': {
      const create = (name === 'node-redis-4' ? createClient4 : name === 'node-redis-5' ? createClient5 : createClient6) as unknown as (
        options: { url: string },
      ) => NodeRedisClient;
      const client = create({ url });
      client.on('error', () => undefined);
      client.connect().catch(() => undefined);
      return {
        client,
        close: async () => {
          if (typeof client.destroy === 'function') client.destroy();
          else await client.disconnect?.().catch(() => undefined);
        },
      };
    }
    case 'ioredis':
    case 'iovalkey': {
      const client = name === 'ioredis' ? new IORedis(url) : new Valkey(url);
      client.on('error', () => undefined);
      return { client, close: async () => client.disconnect() };
    }
    case 'upstash': {
      const client = new UpstashRedis({ url: `http://127.0.0.1:${port}`, token: 'test-token', enableTelemetry: false });
      return { client, close: async () => undefined };
    }
  }
}
