/** Reliability G13: from 90 % usage on, calls to that scope are spaced out before Meta throttles. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageGuard } from '../../src/limits/usage-guard.js';

const WABA = '102290129340398';
const bucUsage = (percent: number) =>
  new Headers({
    'x-business-use-case-usage': JSON.stringify({
      [WABA]: [{ type: 'whatsapp_business_management', call_count: percent, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 0 }],
    }),
  });
const appUsage = (percent: number) => new Headers({ 'x-app-usage': JSON.stringify({ call_count: percent, total_cputime: 1, total_time: 1 }) });

/** A guard on a virtual clock whose sleep advances the clock; returns how long each call waited. */
function virtualGuard(options: ConstructorParameters<typeof UsageGuard>[0] = {}) {
  let t = 1_000_000;
  const guard = new UsageGuard({
    ...options,
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
  });
  const waited = async (ids: readonly string[]) => {
    const before = t;
    await guard.beforeRequest(ids);
    return t - before;
  };
  return { guard, waited, advance: (ms: number) => (t += ms) };
}

describe('pre-emptive pacing', () => {
  it('does nothing below 90 %', async () => {
    const { guard, waited } = virtualGuard();
    guard.observe([WABA], bucUsage(89));
    guard.observe([WABA], appUsage(89));
    expect(await waited([WABA])).toBe(0);
  });

  it('spaces calls by 1 s at 90 % and by 10 s at 99 %, per scope', async () => {
    const { guard, waited } = virtualGuard();
    guard.observe([WABA], bucUsage(90));
    expect(await waited([WABA])).toBe(1_000);
    guard.observe([WABA], bucUsage(99));
    expect(await waited([WABA])).toBe(10_000);
    // Another WABA is not paced by this one's usage.
    expect(await waited(['555000111222333'])).toBe(0);
    // App usage paces every call.
    guard.observe([WABA], appUsage(95));
    expect(await waited(['555000111222333'])).toBe(6_000);
  });

  it('waits only the remainder when time has already passed since the reading', async () => {
    const { guard, waited, advance } = virtualGuard();
    guard.observe([WABA], bucUsage(90));
    advance(400);
    expect(await waited([WABA])).toBe(600);
  });

  it('delays grow with usage and stay within [minDelayMs, maxDelayMs]', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 90, max: 99 }), fc.integer({ min: 90, max: 99 }), async (a, b) => {
        const low = virtualGuard();
        low.guard.observe([WABA], bucUsage(Math.min(a, b)));
        const high = virtualGuard();
        high.guard.observe([WABA], bucUsage(Math.max(a, b)));
        const lowWait = await low.waited([WABA]);
        const highWait = await high.waited([WABA]);
        expect(lowWait).toBeLessThanOrEqual(highWait);
        for (const wait of [lowWait, highWait]) {
          expect(wait).toBeGreaterThanOrEqual(1_000);
          expect(wait).toBeLessThanOrEqual(10_000);
        }
      }),
    );
  });

  it('never shortens a throttle cool-down, and can be turned off', async () => {
    const { guard } = virtualGuard({ maxWaitMs: 30_000 });
    guard.observe([WABA], bucUsage(100)); // throttled: 60 s default cool-down
    guard.observe([WABA], bucUsage(95)); // a later, lower reading must not lift it
    await expect(guard.beforeRequest([WABA])).rejects.toMatchObject({ name: 'UsageCooldownError' });

    const off = virtualGuard({ pacing: false });
    off.guard.observe([WABA], bucUsage(99));
    expect(await off.waited([WABA])).toBe(0);
  });

  it('honours custom thresholds and shows pacing in status()', async () => {
    const { guard, waited } = virtualGuard({ pacing: { thresholdPercent: 50, minDelayMs: 200, maxDelayMs: 200 } });
    guard.observe([WABA], bucUsage(60));
    expect(guard.status().cooldowns).toEqual([expect.objectContaining({ scopeKey: `buc:${WABA}`, source: 'pacing' })]);
    expect(await waited([WABA])).toBe(200);
  });
});
