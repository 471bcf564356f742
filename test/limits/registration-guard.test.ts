import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RegistrationQuotaError, type RegistrationAction } from '../../src/errors/guard-errors.js';
import { isRegistrationQuotaError } from '../../src/errors/guards.js';
import { MemoryGuardStore, type GuardStore } from '../../src/limits/guard-store.js';
import { REGISTRATION_WINDOW_MS, RegistrationGuard } from '../../src/limits/registration-guard.js';

const HOUR = 3_600_000;
const PHONE = '106540352242922';

function clock(start = 0): { now: () => number; set: (ms: number) => void } {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms) };
}

async function outcome(promise: Promise<void>): Promise<'allowed' | RegistrationQuotaError> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (isRegistrationQuotaError(error)) return error;
    throw error;
  }
}

describe('RegistrationGuard (defaults: 10 per 72 h, 72 h lock)', () => {
  it('refuses the 11th register within 72 h, with retryAt when the first leaves the window', async () => {
    const time = clock(1_000);
    const guard = new RegistrationGuard({ now: time.now });
    for (let i = 0; i < 10; i += 1) {
      time.set(1_000 + i * HOUR);
      await guard.acquire(PHONE, 'register');
    }
    time.set(1_000 + 20 * HOUR);
    const refused = await outcome(guard.acquire(PHONE, 'register'));
    expect(refused).toBeInstanceOf(RegistrationQuotaError);
    expect(refused).toMatchObject({
      phoneNumberId: PHONE,
      action: 'register',
      reason: 'window-full',
      limit: 10,
      windowMs: REGISTRATION_WINDOW_MS,
      retryAt: new Date(1_000 + 72 * HOUR),
    });
    time.set(1_000 + 72 * HOUR - 1);
    expect(await outcome(guard.acquire(PHONE, 'register'))).not.toBe('allowed');
    time.set(1_000 + 72 * HOUR);
    expect(await outcome(guard.acquire(PHONE, 'register'))).toBe('allowed');
  });

  it('counts register and deregister separately, and numbers separately', async () => {
    const guard = new RegistrationGuard({ now: () => 0, limit: 2 });
    await guard.acquire(PHONE, 'register');
    await guard.acquire(PHONE, 'register');
    await expect(guard.acquire(PHONE, 'register')).rejects.toBeInstanceOf(RegistrationQuotaError);
    await expect(guard.acquire(PHONE, 'deregister')).resolves.toBeUndefined();
    await expect(guard.acquire('999', 'register')).resolves.toBeUndefined();
  });

  it('records nothing for refused calls: ten refusals at hour 1 do not extend the block', async () => {
    const time = clock(0);
    const guard = new RegistrationGuard({ now: time.now });
    for (let i = 0; i < 10; i += 1) await guard.acquire(PHONE, 'register');
    time.set(HOUR);
    for (let i = 0; i < 10; i += 1) await expect(guard.acquire(PHONE, 'register')).rejects.toThrow(/no request/);
    time.set(72 * HOUR);
    for (let i = 0; i < 10; i += 1) await expect(guard.acquire(PHONE, 'register')).resolves.toBeUndefined();
  });

  it('locks an action for exactly lockMs after Meta answered 133016, without touching the window', async () => {
    const time = clock(5_000);
    const reserves: string[] = [];
    const memory = new MemoryGuardStore();
    const store: GuardStore = {
      reserve: (...args) => (reserves.push(args[0]), memory.reserve(...args)),
      lock: (...args) => memory.lock(...args),
      lockedUntil: (...args) => memory.lockedUntil(...args),
    };
    const guard = new RegistrationGuard({ now: time.now, store });
    await guard.lockAfterMetaRefusal(PHONE, 'register');
    time.set(5_000 + 72 * HOUR - 1);
    const refused = await outcome(guard.acquire(PHONE, 'register'));
    expect(refused).toMatchObject({ reason: 'locked-by-meta', retryAt: new Date(5_000 + 72 * HOUR) });
    expect(reserves).toEqual([]); // a locked call never reaches the window: nothing recorded
    await expect(guard.acquire(PHONE, 'deregister')).resolves.toBeUndefined(); // only that action is locked
    time.set(5_000 + 72 * HOUR);
    await expect(guard.acquire(PHONE, 'register')).resolves.toBeUndefined();
  });

  it('shares state between guards on one store (two processes, one shared store)', async () => {
    const store = new MemoryGuardStore();
    const a = new RegistrationGuard({ store, now: () => 0, limit: 3 });
    const b = new RegistrationGuard({ store, now: () => 0, limit: 3 });
    await a.acquire(PHONE, 'register');
    await b.acquire(PHONE, 'register');
    await a.acquire(PHONE, 'register');
    await expect(b.acquire(PHONE, 'register')).rejects.toMatchObject({ reason: 'window-full' });
    await a.lockAfterMetaRefusal(PHONE, 'deregister');
    await expect(b.acquire(PHONE, 'deregister')).rejects.toMatchObject({ reason: 'locked-by-meta' });
  });

  it('lets exactly `limit` of many concurrent acquires through', async () => {
    const guard = new RegistrationGuard({ now: () => 0 });
    const results = await Promise.all(Array.from({ length: 30 }, () => outcome(guard.acquire(PHONE, 'register'))));
    expect(results.filter((result) => result === 'allowed')).toHaveLength(10);
  });

  it('keeps retryAt a valid date even when a custom store answers garbage', async () => {
    const store: GuardStore = {
      reserve: () => Promise.resolve({ allowed: false, retryAtMs: Number.NaN }),
      lock: () => Promise.resolve(),
      lockedUntil: () => Promise.resolve(undefined),
    };
    const refused = await outcome(new RegistrationGuard({ store }).acquire(PHONE, 'register'));
    expect(refused).not.toBe('allowed');
    expect(Number.isNaN((refused as RegistrationQuotaError).retryAt.getTime())).toBe(false);
  });

  it.each([
    [{ limit: 0 }],
    [{ limit: 1.5 }],
    [{ windowMs: 0 }],
    [{ windowMs: Number.POSITIVE_INFINITY }],
    [{ lockMs: -1 }],
    [{ lockMs: Number.NaN }],
  ])('rejects nonsensical options %o', (options) => {
    expect(() => new RegistrationGuard(options)).toThrow(RangeError);
  });
});

// ---- Model-based test (reliability.md G5) -------------------------------------------------------------------

interface Config {
  readonly limit: number;
  readonly windowMs: number;
  readonly lockMs: number;
}

interface Step {
  readonly kind: 'acquire' | 'meta-refusal';
  readonly dtMs: number;
  readonly phone: string;
  readonly action: RegistrationAction;
  /** Which of two guards sharing one store makes the call (two instances of one service). */
  readonly instance: 0 | 1;
}

type ModelAnswer = { allowed: true } | { allowed: false; reason: 'window-full' | 'locked-by-meta'; retryAtMs: number };

/** The reference: a plain list of allowed call times per (phone, action) and a lock end per (phone, action). */
class SlidingWindowModel {
  readonly allowed = new Map<string, number[]>();
  readonly locks = new Map<string, number>();

  constructor(private readonly config: Config) {}

  acquire(key: string, t: number): ModelAnswer {
    const lockEnd = this.locks.get(key);
    if (lockEnd !== undefined && t < lockEnd) return { allowed: false, reason: 'locked-by-meta', retryAtMs: lockEnd };
    const history = this.allowed.get(key) ?? [];
    const inWindow = history.filter((time) => time > t - this.config.windowMs);
    if (inWindow.length < this.config.limit) {
      this.allowed.set(key, [...history, t]);
      return { allowed: true };
    }
    return { allowed: false, reason: 'window-full', retryAtMs: Math.min(...inWindow) + this.config.windowMs };
  }

  refuse(key: string, t: number): void {
    this.locks.set(key, Math.max(this.locks.get(key) ?? 0, t + this.config.lockMs));
  }
}

// Small limits and locks shorter than the window make full windows, and calls refused while locked that would
// still count after the lock (if wrongly recorded), common enough to be found in every run.
const configArb: fc.Arbitrary<Config> = fc.oneof(
  fc.constant({ limit: 10, windowMs: 72 * HOUR, lockMs: 72 * HOUR }),
  fc
    .record({
      limit: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 10 })),
      windowMs: fc.integer({ min: 1, max: 100_000 }),
    })
    .chain(({ limit, windowMs }) =>
      fc
        .oneof(fc.integer({ min: 1, max: windowMs }), fc.integer({ min: 1, max: 200_000 }))
        .map((lockMs) => ({ limit, windowMs, lockMs })),
    ),
);

function stepArb(config: Config): fc.Arbitrary<Step> {
  const { windowMs, lockMs } = config;
  return fc.record({
    kind: fc.oneof(
      { arbitrary: fc.constant('acquire' as const), weight: 8 },
      { arbitrary: fc.constant('meta-refusal' as const), weight: 1 },
    ),
    // Bursts, small steps, large steps and the exact window/lock edges, where off-by-one bugs live.
    dtMs: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 0, max: Math.ceil(windowMs / 8) }),
      fc.integer({ min: 0, max: 2 * windowMs }),
      fc.constantFrom(windowMs - 1, windowMs, windowMs + 1, lockMs - 1, lockMs),
    ),
    phone: fc.constantFrom('111', '222'),
    action: fc.constantFrom<RegistrationAction>('register', 'deregister'),
    instance: fc.constantFrom<0 | 1>(0, 1),
  });
}

describe('RegistrationGuard vs. a sliding-window reference model (G5)', () => {
  it('agrees with the model on every call of ≥ 1,000 generated schedules', async () => {
    await fc.assert(
      fc.asyncProperty(
        configArb.chain((config) =>
          fc.tuple(fc.constant(config), fc.array(stepArb(config), { minLength: 1, maxLength: 150, size: 'max' })),
        ),
        async ([config, steps]) => {
          let t = 1_700_000_000_000;
          const store = new MemoryGuardStore();
          const guards = [0, 1].map(() => new RegistrationGuard({ ...config, store, now: () => t }));
          const model = new SlidingWindowModel(config);
          const allowedAt = new Map<string, number[]>();

          for (const step of steps) {
            t += step.dtMs;
            const key = `${step.phone}/${step.action}`;
            const guard = guards[step.instance] as RegistrationGuard;
            if (step.kind === 'meta-refusal') {
              await guard.lockAfterMetaRefusal(step.phone, step.action);
              model.refuse(key, t);
              continue;
            }
            const expected = model.acquire(key, t);
            const actual = await outcome(guard.acquire(step.phone, step.action));
            if (expected.allowed) {
              // No false blocks: whenever the model allows, the guard allows.
              expect(actual, `false block at t=${t} for ${key}`).toBe('allowed');
              allowedAt.set(key, [...(allowedAt.get(key) ?? []), t]);
            } else {
              expect(actual, `false allow at t=${t} for ${key}`).not.toBe('allowed');
              const error = actual as RegistrationQuotaError;
              expect(error.reason).toBe(expected.reason);
              expect(error.retryAt.getTime()).toBe(expected.retryAtMs);
              expect(error.phoneNumberId).toBe(step.phone);
              expect(error.action).toBe(step.action);
            }
          }

          // Independent of the model: never more than `limit` allowed calls in any window per (phone, action).
          for (const times of allowedAt.values()) {
            for (const end of times) {
              const inWindow = times.filter((time) => time > end - config.windowMs && time <= end).length;
              expect(inWindow).toBeLessThanOrEqual(config.limit);
            }
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('locks after a 133016 last exactly lockMs, whatever the window state (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10 * 72 * HOUR }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        async (lockMs, priorCalls, start) => {
          let t = start;
          const guard = new RegistrationGuard({ lockMs, now: () => t });
          for (let i = 0; i < priorCalls; i += 1) await guard.acquire(PHONE, 'deregister');
          await guard.lockAfterMetaRefusal(PHONE, 'deregister');
          t = start + lockMs - 1;
          const during = await outcome(guard.acquire(PHONE, 'deregister'));
          expect(during).toMatchObject({ reason: 'locked-by-meta', retryAt: new Date(start + lockMs) });
          t = start + lockMs;
          const after = await outcome(guard.acquire(PHONE, 'deregister'));
          // After the lock only the window can refuse (10 prior calls still inside a 72 h window).
          if (after !== 'allowed') expect(after.reason).toBe('window-full');
          if (priorCalls < 10 || lockMs >= REGISTRATION_WINDOW_MS) expect(after).toBe('allowed');
        },
      ),
      { numRuns: 300 },
    );
  });
});
