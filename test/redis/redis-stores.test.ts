/**
 * wabakit/redis against a real redis-server, through every supported client: node-redis v4, v5, v6, ioredis,
 * iovalkey, and @upstash/redis through a REST shim forwarding to the same server. No mocks of Redis.
 */

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isGuardStoreUnavailableError, isUsageCooldownError } from '../../src/errors/guards.js';
import type { RegistrationQuotaError } from '../../src/errors/guard-errors.js';
import { MemoryGuardStore } from '../../src/limits/guard-store.js';
import { RegistrationGuard, REGISTRATION_WINDOW_MS } from '../../src/limits/registration-guard.js';
import { UsageGuard } from '../../src/limits/usage-guard.js';
import { createRedisStores, type RedisStoresOptions } from '../../src/redis/index.js';
import { SCRIPTS } from '../../src/redis/scripts.js';
import { MemoryIdentityStore } from '../../src/resources/identity-check/identity-store.js';
import { dedupe } from '../../src/webhooks/dedupe.js';
import { CLIENT_NAMES, connect, type ClientName, type ConnectedClient } from './helpers/clients.js';
import { allowLoopback } from './helpers/msw-passthrough.js';
import { redisForTests, SKIP_REDIS, VALKEY_AVAILABLE, valkeyForTests, type RunningServer } from './helpers/redis-server.js';
import { startUpstashShim, type UpstashShim } from './helpers/upstash-shim.js';

const HOUR = 3_600_000;

/** Each server the suite runs on: Redis always, Valkey when installable (announced when not). */
const SERVERS = [
  { name: 'redis-server', start: redisForTests },
  ...(VALKEY_AVAILABLE ? [{ name: 'valkey-server', start: async () => (await valkeyForTests()) as RunningServer }] : []),
];
if (!VALKEY_AVAILABLE) console.warn('valkey-server is not installed: the Valkey runs of test/redis are skipped');

/** Server time, ms, through the given client. */
async function serverTime(connected: ConnectedClient): Promise<number> {
  const [seconds, micros] = (await connected.command(['TIME'])) as [string, string];
  return Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
}

async function outcome(promise: Promise<void>): Promise<'allowed' | RegistrationQuotaError> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    return error as RegistrationQuotaError;
  }
}

const EXPECTED_KIND: Record<ClientName, string> = {
  'node-redis-4': 'node-redis',
  'node-redis-5': 'node-redis',
  'node-redis-6': 'node-redis',
  ioredis: 'ioredis',
  iovalkey: 'ioredis',
  upstash: 'upstash',
};

describe.skipIf(SKIP_REDIS).each(SERVERS)('on $name', ({ start }) => {
  let redis: RunningServer;
  let shim: UpstashShim;

  beforeAll(async () => {
    redis = await start();
    shim = await startUpstashShim(redis.url);
  });
  afterAll(async () => {
    await shim?.close();
    await redis?.stop();
  });
  allowLoopback(() => shim?.url);

  describe.each(CLIENT_NAMES)('wabakit/redis with %s', (name) => {
    let a: ConnectedClient;
    let b: ConnectedClient;
    const usesClientClock = name === 'upstash';

    beforeAll(async () => {
      a = await connect(name, redis.url, shim.url);
      b = await connect(name, redis.url, shim.url);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    /** Stores on client `a` (or `b`) under a prefix of their own, so tests never see each other's keys. */
    function stores(options: RedisStoresOptions & { on?: 'a' | 'b'; prefix: string }) {
      return createRedisStores((options.on === 'b' ? b : a).client, options);
    }
    const freshPrefix = () => `t-${randomUUID()}:`;

    it(`is detected by its methods as ${EXPECTED_KIND[name]}`, async () => {
      const { detectKind } = await import('../../src/redis/script-client.js');
      expect(detectKind(a.client)).toBe(EXPECTED_KIND[name]);
    });

    it('allows 10 registrations per number and action in 72 h, refuses the 11th until the first leaves the window', async () => {
      const prefix = freshPrefix();
      const guard = new RegistrationGuard({ store: stores({ prefix }).guardStore });
      const before = usesClientClock ? Date.now() : await serverTime(a);
      for (let i = 0; i < 10; i += 1) await guard.acquire('111', 'register');
      const after = usesClientClock ? Date.now() : await serverTime(a);
      const refused = await outcome(guard.acquire('111', 'register'));
      expect(refused).not.toBe('allowed');
      expect((refused as RegistrationQuotaError).reason).toBe('window-full');
      const skew = usesClientClock ? 2_000 : 0;
      const retryAt = (refused as RegistrationQuotaError).retryAt.getTime();
      expect(retryAt).toBeGreaterThanOrEqual(before + REGISTRATION_WINDOW_MS + skew);
      expect(retryAt).toBeLessThanOrEqual(after + REGISTRATION_WINDOW_MS + skew);
      // Counted per action and per number.
      await expect(guard.acquire('111', 'deregister')).resolves.toBeUndefined();
      await expect(guard.acquire('222', 'register')).resolves.toBeUndefined();
    });

    it('slides the window exactly like the in-memory store (client clock, stepped)', async () => {
      let t = 1_700_000_000_000;
      const redisStore = stores({ prefix: freshPrefix(), clock: 'client', maxClockSkewMs: 0, now: () => t }).guardStore;
      const memory = new MemoryGuardStore();
      const schedule = [0, 10, 20, 979, 10, 1, 1, 30, 400, 600, 1, 0, 999, 1000];
      for (const dt of schedule) {
        t += dt;
        const [fromRedis, fromMemory] = await Promise.all([
          redisStore.reserve('k', t, 1_000, 3, { attemptId: randomUUID() }),
          memory.reserve('k', t, 1_000, 3, { attemptId: randomUUID() }),
        ]);
        expect(fromRedis, `t=${t}`).toEqual(fromMemory);
      }
    });

    it('counts a repeated attempt id once (a retry after an ambiguous timeout)', async () => {
      const store = stores({ prefix: freshPrefix() }).guardStore;
      await expect(store.reserve('k', 0, HOUR, 2, { attemptId: 'a' })).resolves.toEqual({ allowed: true });
      await expect(store.reserve('k', 0, HOUR, 2, { attemptId: 'a' })).resolves.toEqual({ allowed: true, duplicate: true });
      await expect(store.reserve('k', 0, HOUR, 2, { attemptId: 'b' })).resolves.toEqual({ allowed: true });
      const refused = await store.reserve('k', 0, HOUR, 2, { attemptId: 'c' });
      expect(refused.allowed).toBe(false);
      // A duplicate of a counted attempt is still answered as counted, even when the window is full.
      await expect(store.reserve('k', 0, HOUR, 2, { attemptId: 'b' })).resolves.toEqual({ allowed: true, duplicate: true });
    });

    it('locks an action for 72 h after a 133016, shared by every guard on the store, and never shortens it', async () => {
      const prefix = freshPrefix();
      const first = new RegistrationGuard({ store: stores({ prefix }).guardStore });
      const second = new RegistrationGuard({ store: stores({ prefix, on: 'b' }).guardStore, lockMs: HOUR });
      const before = usesClientClock ? Date.now() : await serverTime(a);
      await first.lockAfterMetaRefusal('333', 'register');
      await second.lockAfterMetaRefusal('333', 'register'); // 1 h: must not shorten the 72 h lock
      const refused = await outcome(second.acquire('333', 'register'));
      expect(refused).toMatchObject({ reason: 'locked-by-meta' });
      expect((refused as RegistrationQuotaError).retryAt.getTime()).toBeGreaterThanOrEqual(before + REGISTRATION_WINDOW_MS);
      const ttl = Number(await a.command(['PTTL', `${prefix}wabakit:v1:{333}:lock:register`]));
      expect(ttl).toBeGreaterThan(REGISTRATION_WINDOW_MS - 60_000);
      expect(ttl).toBeLessThanOrEqual(REGISTRATION_WINDOW_MS + (usesClientClock ? 2_000 : 0));
      // A locked call records nothing in the window, and the other action is free.
      expect(Number(await a.command(['EXISTS', `${prefix}wabakit:v1:{333}:reg:register`]))).toBe(0);
      await expect(second.acquire('333', 'deregister')).resolves.toBeUndefined();
    });

    it('keeps working after SCRIPT FLUSH (EVAL on NOSCRIPT, at every call)', async () => {
      const store = stores({ prefix: freshPrefix() }).guardStore;
      await store.reserve('k', 0, HOUR, 10, { attemptId: 'before' });
      await a.command(['SCRIPT', 'FLUSH']);
      expect(await a.command(['SCRIPT', 'EXISTS', SCRIPTS.reserve.sha])).toEqual([0]);
      await expect(store.reserve('k', 0, HOUR, 10, { attemptId: 'after' })).resolves.toEqual({ allowed: true });
      expect(await a.command(['SCRIPT', 'EXISTS', SCRIPTS.reserve.sha])).toEqual([1]); // EVAL cached it again
    });

    it('shares a cool-down: a throttle one instance saw stops every instance for that scope', async () => {
      const prefix = freshPrefix();
      const seer = new UsageGuard({ store: stores({ prefix }).cooldownStore, maxWaitMs: 0 });
      const other = new UsageGuard({ store: stores({ prefix, on: 'b' }).cooldownStore, maxWaitMs: 0 });
      await expect(other.beforeRequest(['444'])).resolves.toBeUndefined();
      expect(seer.observeThrottle(['102290129340398'], { code: 80007, retryAt: new Date(Date.now() + 60_000) })).toEqual([
        'buc:102290129340398',
      ]);
      await seer.flush();
      const refused = await other.beforeRequest(['102290129340398']).catch((error: unknown) => error);
      expect(isUsageCooldownError(refused)).toBe(true);
      expect(refused).toMatchObject({ scopeKey: 'buc:102290129340398', scope: 'waba' });
      await expect(other.beforeRequest(['444'])).resolves.toBeUndefined(); // other scopes are free
      // An app-wide throttle stops every call of every instance.
      seer.observeThrottle(['444'], { code: 4 });
      await seer.flush();
      await expect(other.beforeRequest(['555'])).rejects.toMatchObject({ scopeKey: 'app' });
      // Extend-only: a shorter cool-down does not shorten the shared one.
      const ttlBefore = Number(await a.command(['PTTL', `${prefix}wabakit:v1:{app}:cooldown`]));
      const third = new UsageGuard({ store: stores({ prefix }).cooldownStore, defaultCooldownMs: 1_000 });
      third.observeThrottle(['444'], { code: 4 });
      await third.flush();
      expect(Number(await a.command(['PTTL', `${prefix}wabakit:v1:{app}:cooldown`]))).toBeGreaterThan(ttlBefore - 5_000);
      expect(Number(await a.command(['PTTL', `${prefix}wabakit:v1:{app}:cooldown`]))).toBeGreaterThan(2_000);
    });

    it('dedupes webhook deliveries across two handler instances: each event handled once', async () => {
      const prefix = freshPrefix();
      const instances = [stores({ prefix }).idempotencyStore, stores({ prefix, on: 'b' }).idempotencyStore];
      const handled = new Map<string, number>();
      const events = Array.from({ length: 20 }, (_, i) => `wamid.event-${i}`);
      // Every event delivered 4 times concurrently, alternating between the two instances.
      await Promise.all(
        events.flatMap((id) =>
          [0, 1, 2, 3].map((copy) =>
            dedupe(instances[copy % 2]!, id, async () => {
              handled.set(id, (handled.get(id) ?? 0) + 1);
            }),
          ),
        ),
      );
      expect([...handled.values()]).toEqual(events.map(() => 1));
      // A later redelivery, on either instance, is skipped.
      await expect(dedupe(instances[1]!, events[0]!, () => 'again')).resolves.toEqual({ ran: false });
      // A handler that fails releases the claim: the redelivery runs it on the other instance.
      await expect(dedupe(instances[0]!, 'wamid.fails', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(dedupe(instances[1]!, 'wamid.fails', () => 'ran')).resolves.toEqual({ ran: true, value: 'ran' });
      // Completed events expire with their TTL.
      const ttl = Number(await a.command(['PTTL', `${prefix}wabakit:v1:{wamid.fails}:webhook`]));
      expect(ttl).toBeGreaterThan(7 * 24 * HOUR);
    });

    it('keeps identity hashes with the same semantics as the in-memory store', async () => {
      const shared = stores({ prefix: freshPrefix() }).identityStore;
      const memory = new MemoryIdentityStore();
      const [A, B] = ['106540352242922', '106540352242923'];
      const steps: [string, (store: typeof memory) => Promise<void>][] = [
        ['set', (s) => s.set(A, '15550001', 'MTIzNDU2Nzg5', 100)],
        ['set digits', (s) => s.set(A, '15550002', '1234567890', 100)], // all digits: must stay a string
        ['set on another number', (s) => s.set(B, '15550001', 'b3RoZXJOdW1iZXI=', 120)],
        ['untrust', (s) => s.markUntrusted(A, '15550001', 200)],
        ['untrust older', (s) => s.markUntrusted(A, '15550001', 150)],
        ['set after', (s) => s.set(A, '15550001', 'bmV3SGFzaA==', 300)],
        ['trust', (s) => s.markTrusted(A, '15550001')],
        ['trust unknown', (s) => s.markTrusted(A, '15550009')],
        ['untrust new', (s) => s.markUntrusted(B, '15550003', 50)],
      ];
      for (const [label, step] of steps) {
        await step(memory);
        await step(shared as typeof memory);
        for (const phone of [A, B]) {
          for (const waId of ['15550001', '15550002', '15550003', '15550009']) {
            expect(await shared.get(phone, waId), `${label}: ${phone} ${waId}`).toEqual(await memory.get(phone, waId));
          }
        }
      }
      // One number's mismatch leaves the same customer's record on the other number as it was.
      expect(await shared.get(B, '15550001')).toEqual({ hash: 'b3RoZXJOdW1iZXI=', trusted: true, observedAt: 120 });
    });

    it('fails closed by default for registrations when the client answers nonsense (a wrong call shape)', async () => {
      const broken = createRedisStores({ evalsha: async () => [], eval: async () => [] }, { kind: 'scripts' });
      const guard = new RegistrationGuard({ store: broken.guardStore, onStoreError: broken.onStoreError?.registration });
      const error = await guard.acquire('666', 'register').catch((caught: unknown) => caught);
      expect(isGuardStoreUnavailableError(error)).toBe(true);
    });
  });
});
