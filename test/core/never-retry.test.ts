/**
 * Reliability G1: an operation with side effects causes exactly one request per call, under every fault kind.
 * Retries are left at their default (2) so a leak of the safe-retry path into `never` operations would show.
 */
import { http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOutcomeUnknownError, isWhatsAppError } from '../../src/errors/guards.js';
import { makeClient } from '../helpers/client.js';
import { countRequests, graphError } from '../helpers/graph.js';
import { NEVER_OPERATIONS, TRANSPORT_FAULTS, type Fault } from '../helpers/never-operations.js';
import { settleWithFakeClock } from '../helpers/clock.js';
import { server } from '../helpers/server.js';


const FAULTS: Fault[] = [
  ...TRANSPORT_FAULTS,
  ...[1, 2, 131000, 133004].map((code) => ({
    name: `transient Graph code ${code}`,
    respond: () => graphError({ status: code === 2 || code === 133004 ? 503 : 500, code, isTransient: true }),
  })),
  ...[4, 80007, 80008, 130429].map((code) => ({
    name: `throttle Graph code ${code}`,
    respond: () => graphError({ code, headers: { 'retry-after': '1' } }),
  })),
];



/**
 * Five client configurations per scenario ("seeds"): however generous the retry settings, a `never` operation is
 * sent once. 12 operations × 16 fault kinds × 5 configurations ≥ the 600 scenarios of reliability G1.
 */
const CONFIGURATIONS = [
  { maxRetries: 2, timeout: 5_000, registrationGuard: {}, usageGuard: {} },
  { maxRetries: 0, timeout: 1_000, registrationGuard: false, usageGuard: false },
  { maxRetries: 5, timeout: 30_000, registrationGuard: {}, usageGuard: false },
  { maxRetries: 10, timeout: 2_000, deadline: 60_000, registrationGuard: false, usageGuard: {} },
  { maxRetries: 3, timeout: 10_000, appSecret: 'seed-app-secret', registrationGuard: {}, usageGuard: { maxWaitMs: 120_000 } },
] as const;

describe('operations with side effects are sent exactly once', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('covers at least 600 scenarios', () => {
    expect(NEVER_OPERATIONS.length * FAULTS.length * CONFIGURATIONS.length).toBeGreaterThanOrEqual(600);
  });

  for (const operation of NEVER_OPERATIONS) {
    for (const fault of FAULTS) {
      it.each(CONFIGURATIONS.map((configuration, seed) => [seed, configuration] as const))(
        `${operation.name}: ${fault.name} (configuration %i)`,
        async (_, configuration) => {
          server.use(http[operation.method ?? 'post'](operation.url, fault.respond));
          const counter = countRequests();
          const client = makeClient(configuration);
          // Step the fake clock until the call settles: some work before the send is genuinely async
          // (WebCrypto for appsecret_proof), so one big jump could pass before the timeout timer exists.
          const error = await settleWithFakeClock(
            operation.call(client).then(
              () => undefined,
              (e: unknown) => e,
            ),
          );
          counter.stop();

          expect(counter.total()).toBe(1);
          expect(isWhatsAppError(error)).toBe(true);
          expect(isOutcomeUnknownError(error)).toBe(fault.outcomeUnknown === true);
        },
      );
    }
  }
});
