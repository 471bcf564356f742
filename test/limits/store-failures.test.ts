import { describe, expect, it } from 'vitest';
import { createSharedState } from '../../src/core/shared-state.js';
import type { RegistrationQuotaError } from '../../src/errors/guard-errors.js';
import { isGuardStoreUnavailableError } from '../../src/errors/guards.js';
import type { CooldownStore, SharedCooldown } from '../../src/limits/cooldown-store.js';
import { MemoryGuardStore, type GuardStore, type ReserveOptions } from '../../src/limits/guard-store.js';
import { RegistrationGuard } from '../../src/limits/registration-guard.js';
import type { SharedStores } from '../../src/limits/shared-stores.js';
import { UsageGuard } from '../../src/limits/usage-guard.js';
import { MemoryIdentityStore } from '../../src/resources/identity-check/identity-store.js';
import { MemoryIdempotencyStore } from '../../src/webhooks/idempotency-store.js';

const PHONE = '106540352242922';
const HOUR = 3_600_000;

/** A store whose every call fails, as a dead shared store would (the adapter's own errors are tested on Redis). */
const failing: GuardStore = {
  atomicLockCheck: true,
  reserve: () => Promise.reject(new Error('store down')),
  lock: () => Promise.reject(new Error('store down')),
  lockedUntil: () => Promise.reject(new Error('store down')),
};

async function outcome(promise: Promise<void>): Promise<'allowed' | RegistrationQuotaError> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    return error as RegistrationQuotaError;
  }
}

describe('MemoryGuardStore attempt ids and lock checks', () => {
  it('counts a repeated attempt id once, also when the window is full', async () => {
    const store = new MemoryGuardStore();
    expect(await store.reserve('k', 0, HOUR, 2, { attemptId: 'a' })).toEqual({ allowed: true });
    expect(await store.reserve('k', 1, HOUR, 2, { attemptId: 'a' })).toEqual({ allowed: true, duplicate: true });
    expect(await store.reserve('k', 2, HOUR, 2, { attemptId: 'b' })).toEqual({ allowed: true });
    expect(await store.reserve('k', 3, HOUR, 2, { attemptId: 'c' })).toEqual({ allowed: false, retryAtMs: HOUR });
    expect(await store.reserve('k', 4, HOUR, 2, { attemptId: 'b' })).toEqual({ allowed: true, duplicate: true });
    // Once the entry leaves the window, its id is forgotten with it.
    expect(await store.reserve('k', HOUR, HOUR, 2, { attemptId: 'a' })).toEqual({ allowed: true });
  });

  it('refuses while the lock key is locked, recording nothing', async () => {
    const store = new MemoryGuardStore();
    await store.lock('lock', 500);
    expect(await store.reserve('k', 100, HOUR, 2, { lockKey: 'lock' })).toEqual({ allowed: false, retryAtMs: 500, locked: true });
    expect(await store.reserve('k', 500, HOUR, 1, { lockKey: 'lock' })).toEqual({ allowed: true });
  });
});

describe('RegistrationGuard when its store fails (onStoreError)', () => {
  it('fails closed by default: GuardStoreUnavailableError with the cause, nothing to send', async () => {
    const guard = new RegistrationGuard({ store: failing });
    const error = await guard.acquire(PHONE, 'register').catch((caught: unknown) => caught);
    expect(isGuardStoreUnavailableError(error)).toBe(true);
    expect(error).toMatchObject({ store: 'registration', operation: 'reserve', failure: 'error' });
    expect((error as Error).cause).toEqual(new Error('store down'));
  });

  it('fails open when asked: the call goes ahead uncounted', async () => {
    const guard = new RegistrationGuard({ store: failing, onStoreError: 'fail-open', limit: 1 });
    await expect(guard.acquire(PHONE, 'register')).resolves.toBeUndefined();
    await expect(guard.acquire(PHONE, 'register')).resolves.toBeUndefined();
  });

  it('falls back to this instance when asked: the local window still refuses', async () => {
    const guard = new RegistrationGuard({ store: failing, onStoreError: 'local-fallback', limit: 2, now: () => 0 });
    await guard.acquire(PHONE, 'register');
    await guard.acquire(PHONE, 'register');
    await expect(guard.acquire(PHONE, 'register')).rejects.toMatchObject({ name: 'RegistrationQuotaError', reason: 'window-full' });
  });

  it('never rejects a lock after 133016, and keeps it locally when the store lost it', async () => {
    let t = 1_000;
    const guard = new RegistrationGuard({ store: failing, onStoreError: 'fail-open', now: () => t });
    await expect(guard.lockAfterMetaRefusal(PHONE, 'register')).resolves.toBeUndefined();
    const refused = await outcome(guard.acquire(PHONE, 'register'));
    expect(refused).toMatchObject({ reason: 'locked-by-meta', retryAt: new Date(1_000 + 72 * HOUR) });
    t = 1_000 + 72 * HOUR;
    await expect(guard.acquire(PHONE, 'register')).resolves.toBeUndefined(); // fail-open again once the lock ended
  });

  it('sends one fresh attempt id per acquire, with the lock key, to a store that checks locks atomically', async () => {
    const seen: ReserveOptions[] = [];
    const memory = new MemoryGuardStore();
    const store: GuardStore = {
      atomicLockCheck: true,
      reserve: (key, now, windowMs, limit, options = {}) => (seen.push(options), memory.reserve(key, now, windowMs, limit, options)),
      lock: (...args) => memory.lock(...args),
      lockedUntil: () => Promise.reject(new Error('not called when the reserve checks the lock')),
    };
    let n = 0;
    const guard = new RegistrationGuard({ store, attemptId: () => `attempt-${(n += 1)}` });
    await guard.acquire(PHONE, 'register');
    await guard.acquire(PHONE, 'register');
    expect(seen).toEqual([
      { attemptId: 'attempt-1', lockKey: `wabakit:v1:{${PHONE}}:lock:register` },
      { attemptId: 'attempt-2', lockKey: `wabakit:v1:{${PHONE}}:lock:register` },
    ]);
  });

  it('rejects an unknown policy', () => {
    expect(() => new RegistrationGuard({ onStoreError: 'maybe' as never })).toThrow(RangeError);
    expect(() => new UsageGuard({ onStoreError: 'maybe' as never })).toThrow(RangeError);
  });
});

/** An in-process CooldownStore, to test the guard's sharing logic without a server (Redis has its own suite). */
function memoryCooldownStore(now: () => number): CooldownStore & { writes: number } {
  const entries = new Map<string, { untilMs: number; scope: SharedCooldown['scope']; source: SharedCooldown['source'] }>();
  const store = {
    writes: 0,
    async extend(scopeKey: string, durationMs: number, scope: SharedCooldown['scope'], source: SharedCooldown['source']) {
      store.writes += 1;
      const untilMs = now() + durationMs;
      if ((entries.get(scopeKey)?.untilMs ?? 0) < untilMs) entries.set(scopeKey, { untilMs, scope, source });
    },
    async read(keys: readonly string[]) {
      return keys.map((key) => {
        const entry = entries.get(key);
        return entry && entry.untilMs > now() ? { remainingMs: entry.untilMs - now(), scope: entry.scope, source: entry.source } : undefined;
      });
    },
  };
  return store;
}

describe('UsageGuard with a shared cool-down store', () => {
  it('holds back a second instance after the first saw a throttle; pacing is not shared', async () => {
    let t = 0;
    const store = memoryCooldownStore(() => t);
    const first = new UsageGuard({ store, maxWaitMs: 0, now: () => t });
    const second = new UsageGuard({ store, maxWaitMs: 0, now: () => t });
    first.observeThrottle([PHONE], { code: 4, retryAt: new Date(30_000) });
    await first.flush();
    await expect(second.beforeRequest(['102290129340398'])).rejects.toMatchObject({ name: 'UsageCooldownError', scopeKey: 'app', retryAt: new Date(30_000) });
    t = 30_000;
    await expect(second.beforeRequest(['102290129340398'])).resolves.toBeUndefined();
    const writes = store.writes;
    first.observe([PHONE], new Headers({ 'x-app-usage': JSON.stringify({ call_count: 95, total_cputime: 1, total_time: 1 }) }));
    await first.flush();
    expect(store.writes).toBe(writes);
  });

  it('goes on with its own cool-downs when the store fails (fail-open), refuses when fail-closed', async () => {
    const broken: CooldownStore = { extend: () => Promise.reject(new Error('down')), read: () => Promise.reject(new Error('down')) };
    const open = new UsageGuard({ store: broken, maxWaitMs: 0, now: () => 0 });
    expect(open.observeThrottle([PHONE], { code: 4 })).toEqual(['app']); // a failed write never throws here
    await open.flush();
    await expect(open.beforeRequest([PHONE])).rejects.toMatchObject({ name: 'UsageCooldownError' }); // its own cool-down
    await expect(new UsageGuard({ store: broken }).beforeRequest([PHONE])).resolves.toBeUndefined();
    const closed = await new UsageGuard({ store: broken, onStoreError: 'fail-closed' }).beforeRequest([PHONE]).catch((error: unknown) => error);
    expect(isGuardStoreUnavailableError(closed)).toBe(true);
    expect(closed).toMatchObject({ store: 'cooldown' });
  });
});

describe('createSharedState with sharedStores', () => {
  const stores = (): SharedStores & { guardStore: MemoryGuardStore } => ({
    guardStore: new MemoryGuardStore(),
    cooldownStore: memoryCooldownStore(() => 0),
    identityStore: new MemoryIdentityStore(),
    idempotencyStore: new MemoryIdempotencyStore(),
    onStoreError: { registration: 'local-fallback', cooldowns: 'fail-closed' },
  });

  it('puts every guard and the identity store on the shared stores, with their policies', async () => {
    const shared = stores();
    const state = createSharedState({ sharedStores: shared }, (options) => new UsageGuard(options));
    expect(state.identity.store).toBe(shared.identityStore);
    expect(state.registrationGuard?.onStoreError).toBe('local-fallback');
    expect(state.usageGuard?.onStoreError).toBe('fail-closed');
    await state.registrationGuard?.acquire(PHONE, 'register');
    expect(shared.guardStore.size).toBe(1);
  });

  it('keeps what the user passed explicitly', async () => {
    const shared = stores();
    const own = new MemoryGuardStore();
    const identityStore = new MemoryIdentityStore();
    const state = createSharedState({
      sharedStores: shared,
      registrationGuard: { store: own, onStoreError: 'fail-open', limit: 3 },
      usageGuard: { onStoreError: 'fail-open' },
      identityStore,
    }, (options) => new UsageGuard(options));
    expect(state.identity.store).toBe(identityStore);
    expect(state.registrationGuard?.onStoreError).toBe('fail-open');
    expect(state.registrationGuard?.limit).toBe(3);
    expect(state.usageGuard?.onStoreError).toBe('fail-open');
    await state.registrationGuard?.acquire(PHONE, 'register');
    expect(own.size).toBe(1);
    expect(shared.guardStore.size).toBe(0);
  });

  it('builds no usage guard without a factory (CAMS: Graph usage headers do not exist there)', () => {
    const state = createSharedState({ sharedStores: stores() });
    expect(state.usageGuard).toBeUndefined();
    expect(state.registrationGuard).toBeDefined();
  });
});
