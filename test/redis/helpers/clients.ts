/**
 * Every Redis client wabakit/redis supports, connected to a real server — one factory per kind the tests and
 * the atomicity harness iterate over.
 */

import { Redis as UpstashRedis } from '@upstash/redis';
import { Redis as IORedis } from 'ioredis';
import { Valkey } from 'iovalkey';
import { createClient as createClient6 } from 'redis';
import { createClient as createClient4 } from 'redis4';
import { createClient as createClient5 } from 'redis5';

interface NodeRedisClient {
  on(event: 'error', listener: (error: unknown) => void): unknown;
  connect(): Promise<unknown>;
  sendCommand(args: string[]): Promise<unknown>;
  quit(): Promise<unknown>;
}

export type ClientName = 'node-redis-4' | 'node-redis-5' | 'node-redis-6' | 'ioredis' | 'iovalkey' | 'upstash';

export const CLIENT_NAMES: readonly ClientName[] = ['node-redis-4', 'node-redis-5', 'node-redis-6', 'ioredis', 'iovalkey', 'upstash'];

export interface ConnectedClient {
  readonly name: ClientName;
  readonly client: object;
  /** A raw command on the same server (for SCRIPT FLUSH, TIME…), through the same client. */
  command(args: readonly string[]): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Connects `name` to `redisUrl` (or, for upstash, to `restUrl`, a shim forwarding to the same Redis). Timeouts of
 * the clients themselves are left at their defaults: the adapter enforces its own.
 */
export async function connect(name: ClientName, redisUrl: string, restUrl?: string): Promise<ConnectedClient> {
  switch (name) {
    case 'node-redis-4':
    case 'node-redis-5':
    case 'node-redis-6': {
      // Three majors with three incompatible generic types; the adapter sees only their methods.
      const create = (name === 'node-redis-4' ? createClient4 : name === 'node-redis-5' ? createClient5 : createClient6) as unknown as (
        options: { url: string },
      ) => NodeRedisClient;
      const client = create({ url: redisUrl });
      client.on('error', () => undefined);
      await client.connect();
      return {
        name,
        client,
        command: (args) => client.sendCommand([...args]),
        close: async () => {
          await client.quit().catch(() => undefined);
        },
      };
    }
    case 'ioredis':
    case 'iovalkey': {
      const client = name === 'ioredis' ? new IORedis(redisUrl) : new Valkey(redisUrl);
      client.on('error', () => undefined);
      return {
        name,
        client,
        command: ([command, ...args]) => client.call(command as string, ...args),
        close: async () => {
          client.disconnect();
        },
      };
    }
    case 'upstash': {
      if (restUrl === undefined) throw new Error('upstash needs the REST shim URL');
      const client = new UpstashRedis({ url: restUrl, token: 'test-token', retry: false, enableTelemetry: false });
      return {
        name,
        client,
        // Straight to the REST endpoint (SCRIPT FLUSH cannot run inside a script).
        command: async (args) => {
          const response = await fetch(restUrl, { method: 'POST', body: JSON.stringify(args), headers: { authorization: 'Bearer test-token' } });
          return ((await response.json()) as { result?: unknown }).result;
        },
        close: async () => undefined,
      };
    }
  }
}
