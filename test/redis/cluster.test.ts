/**
 * wabakit/redis on a local 3-master Redis Cluster, through the cluster clients: ioredis and iovalkey `Cluster`,
 * node-redis 5/6 `createCluster` (v4: see NAMES). Keys of one call share one hash tag (no CROSSSLOT), numbers spread over the
 * nodes, and NOSCRIPT — which each node answers on its own after a flush — falls back to EVAL on every call.
 * Skipped with WABAKIT_REDIS_CLUSTER=0 (or WABAKIT_SKIP_REDIS_TESTS=1); CI runs it.
 */

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Cluster as IORedisCluster } from 'ioredis';
import { Cluster as ValkeyCluster } from 'iovalkey';
import { createCluster as createCluster6 } from 'redis';
import { createCluster as createCluster4 } from 'redis4';
import { createCluster as createCluster5 } from 'redis5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistrationGuard } from '../../src/limits/registration-guard.js';
import { UsageGuard } from '../../src/limits/usage-guard.js';
import { createRedisStores } from '../../src/redis/index.js';
import { SCRIPTS } from '../../src/redis/scripts.js';
import { dedupe } from '../../src/webhooks/dedupe.js';
import { SKIP_REDIS, startCluster, type RunningCluster } from './helpers/redis-server.js';

type ClusterName = 'ioredis Cluster' | 'iovalkey Cluster' | 'node-redis 4 createCluster' | 'node-redis 5 createCluster' | 'node-redis 6 createCluster';
// node-redis 4's cluster is left out: under concurrent calls (12 per number × 30 numbers) its EVALSHA/EVAL come
// back with MOVED errors it does not follow, while sequential calls succeed — a client issue (v5 and v6 pass the
// same test). docs/serverless.md says v4 is supported as a single client, not as a cluster.
const NAMES: readonly ClusterName[] = ['ioredis Cluster', 'iovalkey Cluster', 'node-redis 5 createCluster', 'node-redis 6 createCluster'];

interface NodeRedisCluster {
  on(event: 'error', listener: (error: unknown) => void): unknown;
  connect(): Promise<unknown>;
  close?(): Promise<unknown>;
  quit?(): Promise<unknown>;
}

async function connectCluster(name: ClusterName, cluster: RunningCluster): Promise<{ client: object; close: () => Promise<void> }> {
  if (name === 'ioredis Cluster' || name === 'iovalkey Cluster') {
    const client = name === 'ioredis Cluster' ? new IORedisCluster([...cluster.nodes]) : new ValkeyCluster([...cluster.nodes]);
    client.on('error', () => undefined);
    return { client, close: async () => client.disconnect() };
  }
  const create = (name.startsWith('node-redis 4') ? createCluster4 : name.startsWith('node-redis 5') ? createCluster5 : createCluster6) as unknown as (options: {
    rootNodes: { url: string }[];
  }) => NodeRedisCluster;
  const client = create({ rootNodes: cluster.nodes.map((node) => ({ url: `redis://${node.host}:${node.port}` })) });
  client.on('error', () => undefined);
  await client.connect();
  return {
    client,
    close: async () => {
      await (client.close ?? client.quit)?.call(client).catch(() => undefined);
    },
  };
}

let cluster: RunningCluster | undefined;
beforeAll(async () => {
  cluster = await startCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

/** `count` phone number ids whose hash tags land on every node (CRC16 spreads them; 30 are plenty). */
const phones = Array.from({ length: 30 }, (_, i) => String(106_540_352_242_900 + i));

describe.skipIf(SKIP_REDIS || process.env['WABAKIT_REDIS_CLUSTER'] === '0').each(NAMES)('wabakit/redis on a 3-node cluster through %s', (name) => {
  let client: object;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ client, close } = await connectCluster(name, cluster as RunningCluster));
  });
  afterAll(async () => {
    await close?.();
  });

  it('counts 10 registrations per number on every node, with no CROSSSLOT', async () => {
    const stores = createRedisStores(client, { prefix: `c-${randomUUID()}:` });
    const guard = new RegistrationGuard({ store: stores.guardStore });
    await Promise.all(
      phones.map(async (phone) => {
        const results = await Promise.allSettled(Array.from({ length: 12 }, () => guard.acquire(phone, 'register')));
        expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10);
        const refused = results.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason);
        expect(refused.map((error: { name?: string; reason?: string }) => [error.name, error.reason])).toEqual([
          ['RegistrationQuotaError', 'window-full'],
          ['RegistrationQuotaError', 'window-full'],
        ]);
      }),
    );
    await guard.lockAfterMetaRefusal(phones[0] as string, 'deregister');
    await expect(guard.acquire(phones[0] as string, 'deregister')).rejects.toMatchObject({ reason: 'locked-by-meta' });
  });

  it('falls back to EVAL after SCRIPT FLUSH on every node', async () => {
    const stores = createRedisStores(client, { prefix: `c-${randomUUID()}:` });
    const cli = 'redis-cli';
    for (const node of (cluster as RunningCluster).nodes) execFileSync(cli, ['-h', node.host, '-p', String(node.port), 'script', 'flush'], { stdio: 'ignore' });
    const results = await Promise.all(phones.map((phone) => stores.guardStore.reserve(`wabakit:v1:{${phone}}:reg:register`, 0, 1_000, 1, { attemptId: 'x' })));
    expect(results.every((result) => result.allowed)).toBe(true);
    const cached = (cluster as RunningCluster).nodes.map((node) =>
      execFileSync(cli, ['-h', node.host, '-p', String(node.port), 'script', 'exists', SCRIPTS.reserve.sha], { encoding: 'utf8' }).trim(),
    );
    expect(cached).toEqual(['1', '1', '1']); // every node ran it (numbers on every node), and cached it again
  });

  it('shares cool-downs, dedupes webhooks and keeps identity hashes on the cluster', async () => {
    const prefix = `c-${randomUUID()}:`;
    const first = createRedisStores(client, { prefix });
    const seer = new UsageGuard({ store: first.cooldownStore, maxWaitMs: 0 });
    const other = new UsageGuard({ store: createRedisStores(client, { prefix }).cooldownStore, maxWaitMs: 0 });
    seer.observeThrottle(['102290129340398'], { code: 80007, retryAt: new Date(Date.now() + 60_000) });
    await seer.flush();
    await expect(other.beforeRequest(['102290129340398'])).rejects.toMatchObject({ name: 'UsageCooldownError' });
    let runs = 0;
    await Promise.all(phones.flatMap((phone) => [0, 1].map(() => dedupe(first.idempotencyStore, `wamid.${phone}`, () => void (runs += 1)))));
    expect(runs).toBe(phones.length);
    await first.identityStore.set('106540352242922', '15550001', 'aGFzaA==', 1);
    await expect(first.identityStore.get('106540352242922', '15550001')).resolves.toEqual({ hash: 'aGFzaA==', trusted: true, observedAt: 1 });
    await expect(first.identityStore.get('106540352242923', '15550001')).resolves.toBeUndefined();
  });
});
