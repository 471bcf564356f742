/**
 * Reactive throttle guard: learns from usage headers and throttle errors when Meta wants the SDK to stop calling,
 * and stops it — 0 requests reach a cooled-down scope before Meta's hint elapses (reliability.md G4, G13;
 * contract §6 "continuing to call extends the block").
 */

import type { RateLimitScope } from '../errors/api-error.js';
import { UsageCooldownError } from '../errors/usage-cooldown-error.js';
import { BoundedMap } from './bounded-map.js';
import type { CooldownSource, CooldownStore, SharedCooldown } from './cooldown-store.js';
import { pacingDelayMs, resolvePacing, type Pacing } from './pacing.js';
import { sleep as defaultSleep } from './sleep.js';
import { asStoreError, checkPolicy, type StoreErrorPolicy } from './store-policy.js';
import type { UsageCooldownStatus, UsageGuardOptions, UsageGuardStatus } from './usage-guard-options.js';
import { classifyThrottle, type ThrottleSignal } from './throttle-codes.js';
import type { HeaderSource, UsageHeaders, UsageReading } from './usage-headers.js';
import { bucScopeKey, UsageObserver } from './usage-observation.js';

/** Scope key of the app-wide (token) budget; BUC scopes are `buc:<objectId>`. */
export const APP_SCOPE_KEY = 'app';
/** Where the app scope's latest reading is kept (`<scopeKey>|<type>`, the app budget has no type). */
const APP_READING_KEY = `${APP_SCOPE_KEY}|`;

interface Cooldown {
  readonly untilMs: number;
  readonly scope: RateLimitScope;
  readonly source: CooldownSource;
}

interface LastReading {
  readonly scopeKey: string;
  readonly type: string | undefined;
  readonly reading: UsageReading;
  /** Updated in place when the same reading is seen again (see `#remember`). */
  observedAtMs: number;
}

/** Nothing Meta documents blocks for longer; the cap keeps `retryAt` a valid `Date` whatever a header says. */
const MAX_COOLDOWN_MS = 7 * 24 * 60 * 60 * 1000;
/** A phone number belongs to one WABA; a handful is already generous and keeps lookups O(1). */
const MAX_ASSOCIATIONS_PER_ID = 32;

/**
 * Keeps per-scope cool-downs for the app budget (`app`) and business-use-case budgets (`buc:<objectId>`), fed by
 * `X-App-Usage` / `X-Business-Use-Case-Usage` and by throttle errors, and holds back calls while a scope cools.
 *
 * It learns which BUC objects a call touches: a call to phone number P whose response reports BUC usage of WABA W
 * associates P with W, so once W is throttled calls to P wait too. State is in memory and bounded (`maxScopes`).
 *
 * @example
 * const guard = new UsageGuard({ maxWaitMs: 10_000 });
 * await guard.beforeRequest(['106540352242922'], signal); // waits ≤ 10 s or throws UsageCooldownError
 * const response = await fetch(url, init);
 * guard.observe(['106540352242922'], response.headers);
 */
export class UsageGuard {
  /** Longest wait done in process, ms. */
  readonly maxWaitMs: number;
  /** Cool-down applied when Meta gives no duration, ms. */
  readonly defaultCooldownMs: number;
  readonly #now: () => number;
  readonly #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly #cooldowns: BoundedMap<string, Cooldown>;
  readonly #associations: BoundedMap<string, string[]>;
  readonly #readings: BoundedMap<string, LastReading>;
  readonly #observer = new UsageObserver();
  readonly #pacing: Pacing | undefined;
  readonly #store: CooldownStore | undefined;
  /** Writes to the shared store not yet answered; the next `beforeRequest` of this guard waits for them. */
  readonly #pendingWrites = new Set<Promise<void>>();
  /** What to do when the shared store fails. */
  readonly onStoreError: StoreErrorPolicy;

  /**
   * Creates a guard with no cool-down and no association.
   *
   * @throws {RangeError} when `maxWaitMs`, `defaultCooldownMs` or `maxScopes` is negative or not a number.
   */
  constructor(options: UsageGuardOptions = {}) {
    this.maxWaitMs = nonNegative('maxWaitMs', options.maxWaitMs ?? 60_000);
    const defaultCooldownMs = nonNegative('defaultCooldownMs', options.defaultCooldownMs ?? 60_000);
    this.defaultCooldownMs = Math.min(defaultCooldownMs, MAX_COOLDOWN_MS);
    const maxScopes = nonNegative('maxScopes', options.maxScopes ?? 5_000);
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#cooldowns = new BoundedMap(maxScopes, (map, maxSize) => pruneCooldowns(map, maxSize, this.#now()));
    this.#associations = new BoundedMap(maxScopes);
    this.#readings = new BoundedMap(maxScopes);
    this.#pacing = resolvePacing(options.pacing);
    this.#store = options.store;
    this.onStoreError = checkPolicy('usage guard onStoreError', options.onStoreError, 'fail-open');
  }

  /**
   * Holds a call back while the app scope, or a BUC scope of one of `objectIds`, cools down.
   *
   * `objectIds` are the Graph ids in the request path (WABA id, phone number id…). Resolves at once when nothing
   * relevant cools; waits (abortably) when the cool-down ends within `maxWaitMs` of this call.
   *
   * With a shared `store`, first merges the cool-downs other instances recorded for these scopes.
   *
   * @throws {UsageCooldownError} when the wait would exceed `maxWaitMs`; `retryAt` says when to call again.
   * @throws {GuardStoreUnavailableError} when the shared store failed and `onStoreError` is `'fail-closed'`.
   * @throws the signal's `reason` when `signal` aborts during a wait.
   * @example
   * await guard.beforeRequest(['102290129340398']);
   */
  async beforeRequest(objectIds: readonly string[], signal?: AbortSignal): Promise<void> {
    // Nothing cools anywhere (the usual case) and no other instance to ask: nothing to look up (issue #12).
    if (this.#store === undefined && this.#cooldowns.size === 0) return;
    const deadlineMs = this.#now() + this.maxWaitMs;
    if (this.#store !== undefined) await this.#pullShared(this.#store, objectIds);
    for (;;) {
      const nowMs = this.#now();
      const blocking = this.#latestCooldown(objectIds, nowMs);
      if (blocking === undefined) return;
      const [scopeKey, cooldown] = blocking;
      if (cooldown.untilMs > deadlineMs) throw cooldownError(scopeKey, cooldown);
      await this.#sleep(cooldown.untilMs - nowMs, signal);
      // A clock that did not move (a stubbed sleep) would spin forever: refuse instead of looping.
      if (this.#now() <= nowMs) throw cooldownError(scopeKey, cooldown);
    }
  }

  /**
   * Reads the usage headers of a response (success or error) for a call on `objectIds`, and starts a cool-down for
   * every scope at 100 % or with `estimated_time_to_regain_access > 0` — until Meta's time, else
   * `defaultCooldownMs`. Records which BUC objects the call's ids belong to. Never throws.
   *
   * @returns the parsed headers, for logging.
   * @example
   * guard.observe(['106540352242922'], response.headers);
   */
  observe(objectIds: readonly string[], headers: HeaderSource): UsageHeaders {
    // Parsed once per distinct header value; a repeated value reuses the parse and its scope keys (issue #12).
    const observation = this.#observer.read(headers);
    const { usage } = observation;
    const nowMs = this.#now();
    if (usage.app !== undefined) {
      this.#remember(APP_READING_KEY, APP_SCOPE_KEY, undefined, usage.app, nowMs);
      if (observation.appThrottled) this.#coolFromReading(APP_SCOPE_KEY, 'app', usage.app, nowMs);
      else this.#pace(APP_SCOPE_KEY, 'app', usage.app, nowMs);
    }
    for (const { objectId, type, reading, scopeKey, readingKey, throttled } of observation.businessUseCases) {
      for (const id of objectIds) if (id !== objectId) this.#associate(id, objectId);
      this.#remember(readingKey, scopeKey, type, reading, nowMs);
      if (throttled) this.#coolFromReading(scopeKey, 'business-use-case', reading, nowMs);
      else this.#pace(scopeKey, 'business-use-case', reading, nowMs);
    }
    return usage;
  }

  /**
   * Starts a cool-down after a throttle error on a call to `objectIds`: app-wide codes (4, 17, 32, 341, 613) cool
   * the `app` scope; BUC codes (80007, 80008, 80000–80014) cool the BUC scopes associated with those ids and the
   * ids' own scopes. Lasts until `retryAt` when it is in the future, else `defaultCooldownMs`.
   * Throttles of other budgets (throughput, pair, registration) are ignored. Call {@link UsageGuard.observe} with
   * the error response's headers first, so associations carried there are known.
   *
   * @returns the scope keys now cooling because of this error (empty when the error is not tracked here).
   * @example
   * if (isRateLimitError(error)) guard.observeThrottle(['102290129340398'], error);
   */
  observeThrottle(objectIds: readonly string[], error: ThrottleSignal): readonly string[] {
    const target = classifyThrottle(error);
    if (target === undefined) return [];
    const nowMs = this.#now();
    const hinted = error.retryAt?.getTime();
    const untilMs = hinted !== undefined && hinted > nowMs ? hinted : nowMs + this.defaultCooldownMs;
    const keys = new Set<string>();
    if (target.family === 'app') {
      keys.add(APP_SCOPE_KEY);
    } else {
      for (const id of objectIds) {
        keys.add(bucScopeKey(id));
        for (const bucId of this.#associations.get(id) ?? []) keys.add(bucScopeKey(bucId));
      }
    }
    for (const key of keys) this.#cool(key, { untilMs, scope: target.scope, source: 'error' }, nowMs);
    return [...keys];
  }

  /**
   * A snapshot of active cool-downs, learned associations and the latest usage readings, for logs and debugging.
   *
   * @example
   * logger.debug('usage guard', guard.status());
   */
  status(): UsageGuardStatus {
    const nowMs = this.#now();
    const cooldowns: UsageCooldownStatus[] = [];
    for (const [scopeKey, cooldown] of this.#cooldowns.entries()) {
      if (cooldown.untilMs > nowMs) {
        const { scope, source } = cooldown;
        cooldowns.push({ scopeKey, scope, retryAt: new Date(cooldown.untilMs), source });
      }
    }
    const associations = [...this.#associations.entries()].map(([objectId, ids]) => ({
      objectId,
      bucObjectIds: [...ids],
    }));
    const usage = [...this.#readings.entries()].map(([, last]) => ({
      scopeKey: last.scopeKey,
      ...(last.type === undefined ? {} : { type: last.type }),
      reading: last.reading,
      observedAt: new Date(last.observedAtMs),
    }));
    return { now: new Date(nowMs), cooldowns, associations, usage };
  }

  /**
   * Waits for this guard's own writes (so its next call sees them everywhere), then copies the shared cool-downs of
   * the relevant scopes into the local map — converting the store's remaining time to this instance's clock.
   */
  async #pullShared(store: CooldownStore, objectIds: readonly string[]): Promise<void> {
    if (this.#pendingWrites.size > 0) await Promise.all(this.#pendingWrites);
    const keys = [...this.#relevantKeys(objectIds)];
    let shared: readonly (SharedCooldown | undefined)[];
    try {
      shared = await store.read(keys);
    } catch (error) {
      if (this.onStoreError === 'fail-closed') throw asStoreError(error, 'cooldown', 'read');
      return; // advisory: go on with this instance's own cool-downs
    }
    const nowMs = this.#now();
    keys.forEach((key, index) => {
      const cooldown = shared[index];
      if (cooldown === undefined || !(cooldown.remainingMs > 0)) return;
      const { scope, source } = cooldown;
      this.#cool(key, { untilMs: nowMs + cooldown.remainingMs, scope, source }, nowMs, false);
    });
  }

  #relevantKeys(objectIds: readonly string[]): Set<string> {
    const keys = new Set<string>([APP_SCOPE_KEY]);
    for (const id of objectIds) {
      keys.add(bucScopeKey(id));
      for (const bucId of this.#associations.get(id) ?? []) keys.add(bucScopeKey(bucId));
    }
    return keys;
  }

  /** The relevant active cool-down that ends last: the one a call must wait for. */
  #latestCooldown(objectIds: readonly string[], nowMs: number): [string, Cooldown] | undefined {
    const keys = this.#relevantKeys(objectIds);
    let latest: [string, Cooldown] | undefined;
    for (const key of keys) {
      const cooldown = this.#cooldowns.peek(key);
      if (cooldown === undefined) continue;
      if (cooldown.untilMs <= nowMs) {
        this.#cooldowns.delete(key);
        continue;
      }
      if (latest === undefined || cooldown.untilMs > latest[1].untilMs) latest = [key, cooldown];
    }
    return latest;
  }

  #coolFromReading(scopeKey: string, scope: RateLimitScope, reading: UsageReading, nowMs: number): void {
    const waitMs = (reading.regainAccessMs ?? 0) > 0 ? (reading.regainAccessMs ?? 0) : this.defaultCooldownMs;
    this.#cool(scopeKey, { untilMs: nowMs + waitMs, scope, source: 'headers' }, nowMs);
  }

  /** Near the limit, spaces the next call to the scope: a short cool-down that grows as usage approaches 100 %. */
  #pace(scopeKey: string, scope: RateLimitScope, reading: UsageReading, nowMs: number): void {
    const delayMs = this.#pacing && pacingDelayMs(this.#pacing, reading.maxPercent);
    if (delayMs) this.#cool(scopeKey, { untilMs: nowMs + delayMs, scope, source: 'pacing' }, nowMs);
  }

  /**
   * Starts or extends a cool-down; never shortens one (a stale, lower reading must not lift Meta's block). Shares
   * Meta's own signals (headers, errors) through the store; pacing is this instance's spacing and stays local.
   */
  #cool(scopeKey: string, cooldown: Cooldown, nowMs: number, share = true): void {
    const capped = { ...cooldown, untilMs: Math.min(cooldown.untilMs, nowMs + MAX_COOLDOWN_MS) };
    const current = this.#cooldowns.peek(scopeKey);
    if (current !== undefined && current.untilMs >= capped.untilMs) return;
    this.#cooldowns.set(scopeKey, capped);
    if (share && this.#store !== undefined && capped.source !== 'pacing') {
      // Never rejects (observe/observeThrottle never throw): a lost write leaves the local cool-down in force.
      const write = this.#store
        .extend(scopeKey, capped.untilMs - nowMs, capped.scope, capped.source)
        .catch(() => undefined)
        .finally(() => this.#pendingWrites.delete(write));
      this.#pendingWrites.add(write);
    }
  }

  /**
   * Resolves when every cool-down this guard sent to its shared store was answered (or failed). For tests and for
   * a serverless handler that wants its writes out before the platform freezes it.
   * @example
   * await guard.flush();
   */
  async flush(): Promise<void> {
    await Promise.all(this.#pendingWrites);
  }

  #associate(objectId: string, bucObjectId: string): void {
    const known = this.#associations.get(objectId) ?? [];
    // Already the latest association (every call to the same number repeats it): the list would come out the same.
    if (known[known.length - 1] === bucObjectId) return;
    const next = [...known.filter((id) => id !== bucObjectId), bucObjectId].slice(-MAX_ASSOCIATIONS_PER_ID);
    this.#associations.set(objectId, next);
  }

  #remember(readingKey: string, scopeKey: string, type: string | undefined, reading: UsageReading, nowMs: number): void {
    // The same (memoized) reading again: refresh its time and recency (`get` does) instead of a new record.
    const last = this.#readings.get(readingKey);
    if (last !== undefined && last.reading === reading) last.observedAtMs = nowMs;
    else this.#readings.set(readingKey, { scopeKey, type, reading, observedAtMs: nowMs });
  }
}

/**
 * Over the cap, forget expired cool-downs first, then those ending soonest: forgetting a long one would send the
 * calls Meta punishes most (each extends the block), forgetting a nearly-over one costs at most a short wait.
 */
function pruneCooldowns(map: Map<string, Cooldown>, maxSize: number, nowMs: number): void {
  for (const [key, cooldown] of map) if (cooldown.untilMs <= nowMs) map.delete(key);
  if (map.size <= maxSize) return;
  const soonestFirst = [...map].sort(([, a], [, b]) => a.untilMs - b.untilMs);
  for (const [key] of soonestFirst.slice(0, map.size - maxSize)) map.delete(key);
}

function cooldownError(scopeKey: string, cooldown: Cooldown): UsageCooldownError {
  return new UsageCooldownError({ scopeKey, scope: cooldown.scope, retryAt: new Date(cooldown.untilMs) });
}

function nonNegative(name: string, value: number): number {
  if (Number.isNaN(value) || value < 0) {
    throw new RangeError(`usage guard ${name} must be a non-negative number, got ${String(value)}`);
  }
  return value;
}
