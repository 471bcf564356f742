/**
 * The measurement, redone with wabakit/redis: four separate clients (four serverless instances) against
 * the simulator. Without a shared store they sent 14 register requests for one number and got 4 × 133016; on one
 * Redis, exactly 10 reach the simulator and none is refused by Meta. A 133016 seen by one instance locks the others.
 */

import { randomUUID } from 'node:crypto';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WabaClient } from '../../src/client.js';
import { isRegistrationQuotaError, isRegistrationRateLimitError } from '../../src/errors/guards.js';
import { createRedisStores } from '../../src/redis/index.js';
import { silentLogger } from '../helpers/client.js';
import { register, registeredNumber, setup, TOKEN } from '../testing/helpers.js';
import { redisForTests, SKIP_REDIS, type RunningServer } from './helpers/redis-server.js';

let redis: RunningServer;
const connections: IORedis[] = [];
beforeAll(async () => {
  redis = await redisForTests();
});
afterAll(async () => {
  for (const connection of connections) connection.disconnect();
  await redis?.stop();
});

/** `count` instances on one Redis (each its own connection and client), sharing a key prefix for this test. */
function instances(sim: { fetch: typeof globalThis.fetch }, count: number, sent: { registers: number }): WabaClient[] {
  const prefix = `sim-${randomUUID()}:`;
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.endsWith('/register')) sent.registers += 1;
    return sim.fetch(input, init);
  };
  return Array.from({ length: count }, () => {
    const connection = new IORedis(redis.url);
    connections.push(connection);
    return new WabaClient({ accessToken: TOKEN, fetch, maxRetries: 0, logger: silentLogger, sharedStores: createRedisStores(connection, { prefix }) });
  });
}

describe.skipIf(SKIP_REDIS)('four instances on one Redis against the simulator', () => {
  it('send exactly 10 of 14 registers for one number; Meta refuses none', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    const sent = { registers: 0 };
    const clients = instances(sim, 4, sent);
    const outcomes = { ok: 0, guard: 0, meta133016: 0, other: 0 };
    for (let i = 0; i < 14; i += 1) {
      try {
        await (clients[i % 4] as WabaClient).phoneNumber(phoneId).register({ pin: '123456' });
        outcomes.ok += 1;
      } catch (error) {
        if (isRegistrationQuotaError(error)) outcomes.guard += 1;
        else if (isRegistrationRateLimitError(error)) outcomes.meta133016 += 1;
        else outcomes.other += 1;
      }
    }
    expect(sent.registers).toBe(10);
    expect(outcomes).toEqual({ ok: 10, guard: 4, meta133016: 0, other: 0 });
  });

  it('lock every instance for 72 h after one of them got a 133016', async () => {
    const { sim } = setup();
    const { phoneId } = registeredNumber(sim);
    for (let i = 0; i < 10; i += 1) await register(sim, phoneId); // spent elsewhere (WhatsApp Manager, another app)
    const sent = { registers: 0 };
    const [first, second] = instances(sim, 2, sent) as [WabaClient, WabaClient];
    const refusedByMeta = await first.phoneNumber(phoneId).register({ pin: '123456' }).catch((error: unknown) => error);
    expect(isRegistrationRateLimitError(refusedByMeta)).toBe(true);
    // The pipeline records the lock without delaying Meta's error: wait until it is in the store.
    const probe = new IORedis(redis.url);
    connections.push(probe);
    for (let i = 0; i < 200 && (await probe.keys(`sim-*:wabakit:v1:{${phoneId}}:lock:register`)).length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const refusedLocally = await second.phoneNumber(phoneId).register({ pin: '123456' }).catch((error: unknown) => error);
    expect(refusedLocally).toMatchObject({ name: 'RegistrationQuotaError', reason: 'locked-by-meta' });
    expect(sent.registers).toBe(1);
  });
});
