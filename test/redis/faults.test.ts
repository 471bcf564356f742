/**
 * Store failures on real loopback sockets — a refused port and a server that accepts and never answers — for
 * every client, with the clients' default (wait-forever) options and the adapter's own 200 ms timeout. Outcomes
 * only (error types, requests sent), never durations.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WabaClient } from '../../src/client.js';
import { isGuardStoreUnavailableError, isRegistrationQuotaError } from '../../src/errors/guards.js';
import type { StoreErrorPolicy } from '../../src/limits/store-policy.js';
import { createRedisStores } from '../../src/redis/index.js';
import { dedupe } from '../../src/webhooks/dedupe.js';
import { silentLogger, TEST_TOKEN } from '../helpers/client.js';
import { CLIENT_NAMES } from './helpers/clients.js';
import { refusedPort, silentServer, type DeadEnd } from './helpers/dead-ends.js';
import { allowLoopback } from './helpers/msw-passthrough.js';
import { unreachable, type UnreachableClient } from './helpers/unreachable-clients.js';

let nextPhone = 0;
/** A number of its own per test, so tests run concurrently and count only their own requests. */
const freshPhone = () => `10654035${String(100_000 + (nextPhone += 1)).padStart(7, '0')}`;
const TIMEOUT_MS = 200;

const targets: Record<'refused' | 'silent', DeadEnd | undefined> = { refused: undefined, silent: undefined };
beforeAll(async () => {
  targets.refused = await refusedPort();
  targets.silent = await silentServer();
});
afterAll(async () => {
  await targets.refused?.close();
  await targets.silent?.close();
});
allowLoopback(() => (targets.refused ? `http://127.0.0.1:${targets.refused.port}` : undefined));
allowLoopback(() => (targets.silent ? `http://127.0.0.1:${targets.silent.port}` : undefined));


/**
 * Graph for these tests: a `fetch` that answers like Graph without any network (and without msw, whose handlers
 * a concurrent test's reset would drop), counting what reaches it.
 */
function graphStandIn(): { fetch: typeof globalThis.fetch; total: () => number } {
  let total = 0;
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    total += 1;
    const url = new URL(input instanceof Request ? input.url : input);
    const id = url.pathname.split('/')[2];
    const body = url.pathname.endsWith('/register') ? { success: true } : { id };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, total: () => total };
}

// Concurrent per TCP client. The Upstash client's fetch goes through msw (a passthrough handler that a concurrent
// test's `resetHandlers` would drop), so its cases run one by one.
describe.each(CLIENT_NAMES)('a dead store through %s', (name) => {
  const describeKind = name === 'upstash' ? describe : describe.concurrent;
  describeKind.each(['refused', 'silent'] as const)('%s', (kind) => {
    let dead: UnreachableClient;
    beforeAll(() => {
      dead = unreachable(name, (targets[kind] as DeadEnd).port);
    });
    afterAll(async () => {
      await dead?.close();
    });

    function client(graph: { fetch: typeof globalThis.fetch }, registration: StoreErrorPolicy | undefined, limit = 10): WabaClient {
      const stores = createRedisStores(dead.client, { timeoutMs: TIMEOUT_MS, onStoreError: { registration } });
      return new WabaClient({
        accessToken: TEST_TOKEN,
        fetch: graph.fetch,
        maxRetries: 0,
        logger: silentLogger,
        sharedStores: stores,
        registrationGuard: { limit },
        usageGuard: false,
      });
    }

    it('fails closed for registrations by default: a typed error, no register request sent', async () => {
      const PHONE = freshPhone();
      const sent = graphStandIn();
      const error = await client(sent, undefined).phoneNumber(PHONE).register({ pin: '012345' }).catch((caught: unknown) => caught);
      expect(isGuardStoreUnavailableError(error)).toBe(true);
      expect(error).toMatchObject({ store: 'registration', operation: 'reserve' });
      expect(sent.total()).toBe(0);
    }, 15_000);

    it('fails open when asked: the register is sent, uncounted', async () => {
      const PHONE = freshPhone();
      const sent = graphStandIn();
      await expect(client(sent, 'fail-open').phoneNumber(PHONE).register({ pin: '012345' })).resolves.toEqual({ success: true });
      expect(sent.total()).toBe(1);
    }, 15_000);

    it('falls back to this instance when asked: counted locally, the local limit still refuses', async () => {
      const PHONE = freshPhone();
      const sent = graphStandIn();
      const fallback = client(sent, 'local-fallback', 1);
      await expect(fallback.phoneNumber(PHONE).register({ pin: '012345' })).resolves.toEqual({ success: true });
      const refused = await fallback.phoneNumber(PHONE).register({ pin: '012345' }).catch((caught: unknown) => caught);
      expect(isRegistrationQuotaError(refused)).toBe(true);
      expect(sent.total()).toBe(1);
    }, 15_000);

    it('fails open for cool-downs by default, closed when asked', async () => {
      const PHONE = freshPhone();
      const sent = graphStandIn();
      const options = { accessToken: TEST_TOKEN, fetch: sent.fetch, maxRetries: 0, logger: silentLogger, registrationGuard: false } as const;
      const open = new WabaClient({ ...options, sharedStores: createRedisStores(dead.client, { timeoutMs: TIMEOUT_MS }) });
      await expect(open.phoneNumber(PHONE).retrieve()).resolves.toMatchObject({ id: PHONE });
      expect(sent.total()).toBe(1);
      const strict = new WabaClient({
        ...options,
        sharedStores: createRedisStores(dead.client, { timeoutMs: TIMEOUT_MS, onStoreError: { cooldowns: 'fail-closed' } }),
      });
      const error = await strict.phoneNumber(PHONE).retrieve().catch((caught: unknown) => caught);
      expect(isGuardStoreUnavailableError(error)).toBe(true);
      expect(error).toMatchObject({ store: 'cooldown' });
      expect(sent.total()).toBe(1);
    }, 15_000);

    it('does not run a webhook handler whose claim cannot be made (Meta redelivers)', async () => {
      const stores = createRedisStores(dead.client, { timeoutMs: TIMEOUT_MS });
      let ran = 0;
      const error = await dedupe(stores.idempotencyStore, 'wamid.dead', () => {
        ran += 1;
      }).catch((caught: unknown) => caught);
      expect(isGuardStoreUnavailableError(error)).toBe(true);
      expect(error).toMatchObject({ store: 'webhook-dedupe' });
      expect(ran).toBe(0);
    }, 15_000);
  });
});
