/**
 * Two webhook endpoints (two serverless instances) on one Redis: Meta delivers every signed payload to both,
 * concurrently and again later — each message runs `onMessage` once in all.
 */

import { randomUUID } from 'node:crypto';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStores } from '../../src/redis/index.js';
import { createWebhookHandler } from '../../src/webhooks/handler.js';
import { nodeSignature, rawFixture } from '../webhooks/fixtures.js';
import { redisForTests, SKIP_REDIS, type RunningServer } from './helpers/redis-server.js';

const SECRET = 'redis-webhook-secret-3b1e';
const TOKEN = 'redis-webhook-verify-token';

let redis: RunningServer;
const connections: IORedis[] = [];
beforeAll(async () => {
  redis = await redisForTests();
});
afterAll(async () => {
  for (const connection of connections) connection.disconnect();
  await redis?.stop();
});

describe.skipIf(SKIP_REDIS)('webhook dedupe across two handler instances on one Redis', () => {
  it('runs each delivered message once, however many instances and redeliveries', async () => {
    const prefix = `wh-${randomUUID()}:`;
    const handled: string[] = [];
    const endpoints = [0, 1].map(() => {
      const connection = new IORedis(redis.url);
      connections.push(connection);
      return createWebhookHandler({
        appSecret: SECRET,
        verifyToken: TOKEN,
        dedupeStore: createRedisStores(connection, { prefix }).idempotencyStore,
        onMessage: (event) => void handled.push(event.message.id),
      });
    });
    const raw = rawFixture('escaped-unicode.json.txt');
    const post = () =>
      new Request('https://hooks.example.com/whatsapp', {
        method: 'POST',
        body: raw,
        headers: { 'content-type': 'application/json', 'X-Hub-Signature-256': nodeSignature(raw, SECRET) },
      });
    const first = await Promise.all([0, 1, 0, 1].map((i) => endpoints[i]!(post())));
    expect(first.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    const later = await endpoints[1]!(post());
    expect(later.status).toBe(200);
    expect(handled).toHaveLength(1);
  });
});
