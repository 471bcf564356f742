import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimitError } from '../../src/errors/api-error.js';
import { UsageCooldownError } from '../../src/errors/guard-errors.js';
import { isUsageCooldownError } from '../../src/errors/guards.js';
import { UsageGuard } from '../../src/limits/usage-guard.js';
import { track } from '../helpers/track.js';

const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
const WABA = '102290129340398';
const PHONE = '106540352242922';
const OTHER_PHONE = '999000111222333';

function appUsage(callCount: number): Headers {
  return new Headers({ 'x-app-usage': JSON.stringify({ call_count: callCount, total_cputime: 1, total_time: 1 }) });
}

function bucUsage(objectId: string, callCount: number, regainMinutes = 0): Headers {
  const entry = {
    type: 'whatsapp_business_management',
    call_count: callCount,
    total_cputime: 1,
    total_time: 1,
    estimated_time_to_regain_access: regainMinutes,
  };
  return new Headers({ 'x-business-use-case-usage': JSON.stringify({ [objectId]: [entry] }) });
}


describe('UsageGuard with fake timers (G4)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  const newGuard = (maxWaitMs?: number): UsageGuard =>
    new UsageGuard({ now: () => Date.now(), ...(maxWaitMs === undefined ? {} : { maxWaitMs }) });

  it('lets calls through when nothing cools, and (without pacing) when usage is high but below 100 %', async () => {
    const guard = new UsageGuard({ now: () => Date.now(), pacing: false });
    await expect(guard.beforeRequest([WABA])).resolves.toBeUndefined();
    guard.observe([WABA], appUsage(99));
    guard.observe([WABA], bucUsage(WABA, 99));
    await expect(guard.beforeRequest([WABA])).resolves.toBeUndefined();
  });

  it('holds every call for 60 s after X-App-Usage reports 100 % without a time, then releases it', async () => {
    const guard = newGuard();
    guard.observe([WABA], appUsage(100));
    const first = track(guard.beforeRequest([WABA]));
    const unrelated = track(guard.beforeRequest([OTHER_PHONE])); // app-wide: every object waits
    await vi.advanceTimersByTimeAsync(59_999);
    expect([first.state(), unrelated.state()]).toEqual(['pending', 'pending']);
    await vi.advanceTimersByTimeAsync(1);
    expect([first.state(), unrelated.state()]).toEqual(['resolved', 'resolved']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('fails fast with the right retryAt when the wait exceeds maxWaitMs', async () => {
    const guard = newGuard();
    guard.observe([WABA], bucUsage(WABA, 100, 5)); // 5 minutes > 60 s
    const error = await guard.beforeRequest([WABA]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageCooldownError);
    expect(isUsageCooldownError(error)).toBe(true);
    expect(error).toMatchObject({
      scopeKey: `buc:${WABA}`,
      scope: 'business-use-case',
      retryAt: new Date(T0 + 5 * 60_000),
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cools down on estimated_time_to_regain_access > 0 even below 100 %', async () => {
    const guard = newGuard();
    guard.observe([WABA], bucUsage(WABA, 40, 1));
    const call = track(guard.beforeRequest([WABA]));
    await vi.advanceTimersByTimeAsync(59_999);
    expect(call.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(call.state()).toBe('resolved');
  });

  it('rejects with the signal reason when aborted during a wait, leaving no timer behind', async () => {
    const guard = newGuard();
    guard.observe([WABA], appUsage(100));
    const controller = new AbortController();
    const call = track(guard.beforeRequest([WABA], controller.signal));
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort(new Error('deadline'));
    await vi.advanceTimersByTimeAsync(0);
    expect(call.state()).toBe('rejected');
    expect(call.reason()).toMatchObject({ message: 'deadline' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('protects calls to a phone number once its WABA is throttled, through learned associations', async () => {
    const guard = newGuard();
    // Negative control: before anything is learned, a throttled WABA does not hold back the phone number.
    guard.observe([WABA], bucUsage(WABA, 100, 10));
    await expect(guard.beforeRequest([PHONE])).resolves.toBeUndefined();
    // A response to a call on the phone number reports usage for its WABA: PHONE ↔ WABA.
    guard.observe([PHONE], bucUsage(WABA, 100, 10));
    await expect(guard.beforeRequest([PHONE])).rejects.toMatchObject({
      scopeKey: `buc:${WABA}`,
      retryAt: new Date(T0 + 10 * 60_000),
    });
    await expect(guard.beforeRequest([OTHER_PHONE])).resolves.toBeUndefined();
    expect(guard.status().associations).toEqual([{ objectId: PHONE, bucObjectIds: [WABA] }]);
  });

  it('learns associations from unthrottled responses too, then blocks when the WABA throttles later', async () => {
    const guard = newGuard();
    guard.observe([PHONE], bucUsage(WABA, 12));
    await expect(guard.beforeRequest([PHONE])).resolves.toBeUndefined();
    guard.observe([WABA], bucUsage(WABA, 100, 30));
    await expect(guard.beforeRequest([PHONE])).rejects.toBeInstanceOf(UsageCooldownError);
    vi.setSystemTime(T0 + 30 * 60_000);
    await expect(guard.beforeRequest([PHONE])).resolves.toBeUndefined();
  });

  it('never shortens a cool-down: a later, lower reading from an in-flight call does not lift it', async () => {
    const guard = newGuard();
    guard.observe([WABA], bucUsage(WABA, 100, 10));
    guard.observe([WABA], bucUsage(WABA, 20, 0));
    guard.observe([WABA], bucUsage(WABA, 100, 1));
    await expect(guard.beforeRequest([WABA])).rejects.toMatchObject({ retryAt: new Date(T0 + 10 * 60_000) });
  });

  it('waits for the latest of several relevant cool-downs', async () => {
    const guard = newGuard();
    guard.observe([PHONE], bucUsage(WABA, 50));
    guard.observe([WABA], appUsage(100)); // app: 60 s
    guard.observeThrottle([PHONE], { code: 80008, retryAt: new Date(T0 + 45_000) });
    guard.observeThrottle([WABA], { code: 80007, retryAt: new Date(T0 + 55_000) });
    const call = track(guard.beforeRequest([PHONE]));
    await vi.advanceTimersByTimeAsync(55_000);
    expect(call.state()).toBe('pending');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(call.state()).toBe('resolved');
  });

  it('caps the total in-process wait at maxWaitMs even if the cool-down is extended meanwhile', async () => {
    const guard = newGuard(30_000);
    guard.observe([WABA], bucUsage(WABA, 100, 0)); // 60 s default > 30 s
    await expect(guard.beforeRequest([WABA])).rejects.toBeInstanceOf(UsageCooldownError);
    vi.setSystemTime(T0 + 40_000); // 20 s left: waitable
    const call = track(guard.beforeRequest([WABA]));
    await vi.advanceTimersByTimeAsync(10_000);
    guard.observeThrottle([WABA], { code: 80008, retryAt: new Date(T0 + 40_000 + 35_000) }); // beyond the cap
    await vi.advanceTimersByTimeAsync(10_000);
    expect(call.state()).toBe('rejected');
    expect(call.reason()).toMatchObject({ retryAt: new Date(T0 + 75_000) });
  });

  it('with maxWaitMs 0 never waits', async () => {
    const guard = newGuard(0);
    guard.observe([WABA], appUsage(100));
    await expect(guard.beforeRequest([WABA])).rejects.toMatchObject({ scopeKey: 'app', scope: 'app' });
  });
});

describe('UsageGuard.observeThrottle', () => {
  let t = T0;
  const guard = (): UsageGuard => new UsageGuard({ now: () => t, maxWaitMs: 0 });
  beforeEach(() => {
    t = T0;
  });

  it.each([
    [4, 'app'],
    [17, 'user'],
    [32, 'page'],
    [341, 'app'],
    [613, 'custom'],
  ])('cools the app scope after code %i (scope %s) until retryAt', async (code, scope) => {
    const g = guard();
    expect(g.observeThrottle([WABA], { code, retryAt: new Date(T0 + 120_000) })).toEqual(['app']);
    await expect(g.beforeRequest([OTHER_PHONE])).rejects.toMatchObject({
      scopeKey: 'app',
      scope,
      retryAt: new Date(T0 + 120_000),
    });
  });

  it('cools the BUC scopes of the ids (learned WABA and the id itself) after 80008', async () => {
    const g = guard();
    g.observe([PHONE], bucUsage(WABA, 90));
    expect(g.observeThrottle([PHONE], { code: 80008 })).toEqual([`buc:${PHONE}`, `buc:${WABA}`]);
    await expect(g.beforeRequest([WABA])).rejects.toMatchObject({
      scope: 'business-use-case',
      retryAt: new Date(T0 + 60_000), // no retryAt given: default cool-down
    });
    await expect(g.beforeRequest([OTHER_PHONE])).resolves.toBeUndefined();
  });

  it('cools the id itself after 80007 when no association is known, with scope waba', async () => {
    const g = guard();
    expect(g.observeThrottle([WABA], { code: 80007, retryAt: new Date(T0 + 1_000) })).toEqual([`buc:${WABA}`]);
    await expect(g.beforeRequest([WABA])).rejects.toMatchObject({ scope: 'waba', retryAt: new Date(T0 + 1_000) });
  });

  it('accepts a RateLimitError from the error mapper as is', async () => {
    const g = guard();
    const error = new RateLimitError({
      message: '(#80008) There have been too many calls to this WhatsApp Business account.',
      source: 'response',
      retryAdvice: 'after-window',
      code: 80008,
      scope: 'business-use-case',
      retryAt: new Date(T0 + 90_000),
    });
    expect(g.observeThrottle([WABA], error)).toEqual([`buc:${WABA}`]);
    await expect(g.beforeRequest([WABA])).rejects.toMatchObject({ retryAt: new Date(T0 + 90_000) });
  });

  it('uses the default cool-down when retryAt is absent, invalid or already past', async () => {
    for (const retryAt of [undefined, new Date(Number.NaN), new Date(T0 - 1)]) {
      const g = guard();
      g.observeThrottle([], { code: 4, retryAt });
      await expect(g.beforeRequest([])).rejects.toMatchObject({ retryAt: new Date(T0 + 60_000) });
    }
  });

  it('falls back on the mapper scope without a known code; unknown 429s cool the whole app', () => {
    expect(guard().observeThrottle([WABA], { scope: 'business-use-case' })).toEqual([`buc:${WABA}`]);
    expect(guard().observeThrottle([WABA], { scope: 'unknown' })).toEqual(['app']);
  });

  it.each([
    [{ code: 130429, scope: 'throughput' }],
    [{ code: 131056, scope: 'pair' }],
    [{ code: 133016, scope: 'registration' }],
    [{ code: 100 }],
    [{}],
  ])('ignores throttles it does not track: %o', async (signal) => {
    const g = guard();
    expect(g.observeThrottle([WABA], signal)).toEqual([]);
    await expect(g.beforeRequest([WABA])).resolves.toBeUndefined();
    expect(g.status().cooldowns).toEqual([]);
  });

  it('caps absurd hints so retryAt stays a valid date', async () => {
    const g = guard();
    g.observe([WABA], bucUsage(WABA, 100, 1e15));
    const error = (await g.beforeRequest([WABA]).catch((caught: unknown) => caught)) as UsageCooldownError;
    expect(error.retryAt.getTime()).toBe(T0 + 7 * 24 * 3_600_000);
    expect(() => error.message).not.toThrow();
  });
});

describe('UsageGuard state', () => {
  it('reports active cool-downs, associations and the latest readings in status()', () => {
    let t = T0;
    const g = new UsageGuard({ now: () => t });
    g.observe([PHONE], bucUsage(WABA, 100, 2));
    g.observe([PHONE], appUsage(37));
    const status = g.status();
    expect(status.now).toEqual(new Date(T0));
    expect(status.cooldowns).toEqual([
      { scopeKey: `buc:${WABA}`, scope: 'business-use-case', retryAt: new Date(T0 + 120_000), source: 'headers' },
    ]);
    expect(status.usage).toContainEqual({
      scopeKey: 'app',
      reading: { callCount: 37, totalCputime: 1, totalTime: 1, maxPercent: 37 },
      observedAt: new Date(T0),
    });
    expect(status.usage).toContainEqual(expect.objectContaining({ scopeKey: `buc:${WABA}`, type: 'whatsapp_business_management' }));
    t = T0 + 120_000;
    expect(g.status().cooldowns).toEqual([]);
  });

  it('keeps at most maxScopes cool-downs, dropping expired ones before live ones', async () => {
    let t = T0;
    const g = new UsageGuard({ now: () => t, maxScopes: 10, maxWaitMs: 0 });
    g.observe(['live'], bucUsage('live', 100, 60)); // one hour
    for (let i = 0; i < 100; i += 1) {
      t += 1_000;
      g.observe([`n${i}`], bucUsage(`n${i}`, 100, 0)); // 60 s each: most expire while others arrive
    }
    expect(g.status().cooldowns.length).toBeLessThanOrEqual(10);
    await expect(g.beforeRequest(['live'])).rejects.toBeInstanceOf(UsageCooldownError); // oldest but still live
    for (let i = 0; i < 1_000; i += 1) g.observe([`p${i}`], bucUsage(`w${i}`, 5));
    expect(g.status().associations.length).toBeLessThanOrEqual(10);
    expect(g.status().usage.length).toBeLessThanOrEqual(10);
  });

  it('refuses instead of spinning when an injected sleep does not let time pass', async () => {
    const g = new UsageGuard({ now: () => T0, sleep: () => Promise.resolve() });
    g.observe([WABA], appUsage(100));
    await expect(g.beforeRequest([WABA])).rejects.toBeInstanceOf(UsageCooldownError);
  });

  it.each([{ maxWaitMs: -1 }, { defaultCooldownMs: Number.NaN }, { maxScopes: -3 }])('rejects option %o', (options) => {
    expect(() => new UsageGuard(options)).toThrow(RangeError);
  });
});

describe('UsageGuard property: 0 requests to a cooled-down scope before the hint elapses (G4)', () => {
  it('holds or refuses every call until each relevant cool-down ends (500 runs)', async () => {
    const event = fc.oneof(
      fc.record({ kind: fc.constant('app' as const), percent: fc.integer({ min: 80, max: 120 }) }),
      fc.record({
        kind: fc.constant('buc' as const),
        via: fc.constantFrom(WABA, PHONE),
        percent: fc.integer({ min: 80, max: 120 }),
        minutes: fc.integer({ min: 0, max: 3 }),
      }),
      fc.record({ kind: fc.constant('error' as const), code: fc.constantFrom(4, 80007, 80008, 130429), delayMs: fc.integer({ min: -5_000, max: 200_000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 90_000 }), event), { maxLength: 12 }),
        fc.integer({ min: 0, max: 120_000 }),
        fc.constantFrom([WABA], [PHONE], [OTHER_PHONE]),
        async (events, maxWaitMs, target) => {
          let t = T0;
          const slept: number[] = [];
          const g = new UsageGuard({
            now: () => t,
            maxWaitMs,
            pacing: false, // the model covers cool-downs; pacing has its own tests

            sleep: (ms) => {
              slept.push(ms);
              t += ms;
              return Promise.resolve();
            },
          });
          // Reference: when each scope is free again, computed from the events alone.
          const freeAt = new Map<string, number>();
          const extend = (key: string, until: number): void => void freeAt.set(key, Math.max(freeAt.get(key) ?? 0, until));
          let phoneInWaba = false;
          for (const [dt, e] of events) {
            t += dt;
            if (e.kind === 'app') {
              g.observe([WABA], appUsage(e.percent));
              if (e.percent >= 100) extend('app', t + 60_000);
            } else if (e.kind === 'buc') {
              g.observe([e.via], bucUsage(WABA, e.percent, e.minutes));
              if (e.via === PHONE) phoneInWaba = true;
              if (e.minutes > 0) extend('waba', t + e.minutes * 60_000);
              else if (e.percent >= 100) extend('waba', t + 60_000);
            } else {
              const retryAt = new Date(t + e.delayMs);
              g.observeThrottle([WABA], { code: e.code, retryAt });
              const until = e.delayMs > 0 ? t + e.delayMs : t + 60_000;
              if (e.code === 4) extend('app', until);
              else if (e.code !== 130429) extend('waba', until);
            }
          }
          const relevant = ['app'];
          if (target[0] === WABA || (target[0] === PHONE && phoneInWaba)) relevant.push('waba');
          const mustWaitUntil = Math.max(t, ...relevant.map((key) => freeAt.get(key) ?? 0));
          const start = t;
          const result = await g.beforeRequest(target).then(
            () => 'passed' as const,
            (error: unknown) => error,
          );
          if (result === 'passed') {
            expect(t).toBeGreaterThanOrEqual(mustWaitUntil); // never passes early
            expect(t - start).toBeLessThanOrEqual(maxWaitMs);
          } else {
            expect(result).toBeInstanceOf(UsageCooldownError);
            expect((result as UsageCooldownError).retryAt.getTime()).toBe(mustWaitUntil);
            expect(mustWaitUntil - start).toBeGreaterThan(maxWaitMs);
            expect(slept).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('UsageGuard with repeated usage headers (parsed once, issue #12)', () => {
  it('refreshes the reading time and keeps cooling when the same header value comes again', async () => {
    let t = T0;
    const g = new UsageGuard({ now: () => t, maxWaitMs: 0, pacing: false });
    const throttled = bucUsage(WABA, 100, 1);
    g.observe([PHONE], throttled);
    t = T0 + 30_000;
    g.observe([PHONE], bucUsage(WABA, 100, 1)); // the same string again: the cool-down is extended from now
    expect(g.status().cooldowns).toEqual([
      { scopeKey: `buc:${WABA}`, scope: 'business-use-case', retryAt: new Date(T0 + 90_000), source: 'headers' },
    ]);
    expect(g.status().usage).toContainEqual(expect.objectContaining({ scopeKey: `buc:${WABA}`, observedAt: new Date(T0 + 30_000) }));
    expect(g.status().associations).toEqual([{ objectId: PHONE, bucObjectIds: [WABA] }]);
    t = T0 + 89_999;
    await expect(g.beforeRequest([PHONE])).rejects.toBeInstanceOf(UsageCooldownError);
    t = T0 + 90_000;
    await expect(g.beforeRequest([PHONE])).resolves.toBeUndefined();
  });

  it('learns a second WABA for the same number after the first was repeated', () => {
    const g = new UsageGuard({ now: () => T0 });
    g.observe([PHONE], bucUsage(WABA, 5));
    g.observe([PHONE], bucUsage(WABA, 5));
    g.observe([PHONE], bucUsage('555', 5));
    g.observe([PHONE], bucUsage(WABA, 5));
    expect(g.status().associations).toEqual([{ objectId: PHONE, bucObjectIds: ['555', WABA] }]);
  });
});
