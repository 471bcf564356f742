/**
 * One "serverless instance" of the atomicity harness, run as a child process (bundled by the test with esbuild)
 * and driven over IPC: `setup` connects its Redis client and builds a WabaClient on wabakit/redis (or on the
 * naive store); each `trial` fires `attempts` concurrent registers of one number at the Graph stand-in and
 * answers how they ended.
 */

import { Redis as IORedis } from 'ioredis';
import { WabaClient } from '../../../src/client.js';
import { createRedisStores } from '../../../src/redis/index.js';
import { connect, type ClientName, type ConnectedClient } from '../helpers/clients.js';
import { NaiveGuardStore } from './naive-guard-store.js';

export type ChildMessage =
  | { readonly type: 'setup'; readonly client: ClientName | 'naive'; readonly redisUrl: string; readonly restUrl: string; readonly graphUrl: string; readonly prefix: string }
  | { readonly type: 'trial'; readonly phone: string; readonly attempts: number }
  | { readonly type: 'exit' };

export type ParentMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly phone: string; readonly allowed: number; readonly refused: number; readonly failed: string[] }
  | { readonly type: 'error'; readonly message: string };

let client: WabaClient | undefined;
let connection: ConnectedClient | undefined;
let naiveRedis: IORedis | undefined;

function send(message: ParentMessage): void {
  process.send?.(message);
}

async function setup(message: Extract<ChildMessage, { type: 'setup' }>): Promise<void> {
  // One process serves every client in turn: drop the previous connection first.
  await connection?.close();
  naiveRedis?.disconnect();
  connection = undefined;
  naiveRedis = undefined;
  const base = { accessToken: 'harness-token', baseUrl: message.graphUrl, maxRetries: 0, usageGuard: false as const, logger: silent };
  if (message.client === 'naive') {
    naiveRedis = new IORedis(message.redisUrl);
    client = new WabaClient({ ...base, registrationGuard: { store: new NaiveGuardStore(naiveRedis, message.prefix) } });
    return;
  }
  connection = await connect(message.client, message.redisUrl, message.restUrl);
  client = new WabaClient({ ...base, sharedStores: createRedisStores(connection.client, { timeoutMs: 5_000, prefix: message.prefix }) });
}

async function trial(message: Extract<ChildMessage, { type: 'trial' }>): Promise<void> {
  const phone = (client as WabaClient).phoneNumber(message.phone);
  const outcomes = await Promise.allSettled(Array.from({ length: message.attempts }, () => phone.register({ pin: '012345' })));
  const failed: string[] = [];
  let allowed = 0;
  let refused = 0;
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') allowed += 1;
    else if ((outcome.reason as { name?: string }).name === 'RegistrationQuotaError') refused += 1;
    else failed.push(String((outcome.reason as { name?: string }).name ?? outcome.reason));
  }
  send({ type: 'result', phone: message.phone, allowed, refused, failed });
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };

process.on('message', (message: ChildMessage) => {
  const run = async (): Promise<void> => {
    if (message.type === 'setup') {
      await setup(message);
      send({ type: 'ready' });
    } else if (message.type === 'trial') {
      await trial(message);
    } else {
      await connection?.close();
      naiveRedis?.disconnect();
      process.exit(0);
    }
  };
  run().catch((error: unknown) => send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) }));
});

// Never outlive the test run: the IPC channel closes when the parent goes away.
process.on('disconnect', () => process.exit(0));
