// The options and the status snapshot of the usage guard, apart from its logic (limits/usage-guard.ts).
import type { RateLimitScope } from '../errors/api-error.js';
import type { CooldownSource, CooldownStore } from './cooldown-store.js';
import type { PacingOptions } from './pacing.js';
import type { StoreErrorPolicy } from './store-policy.js';
import type { UsageReading } from './usage-headers.js';

/** Options of `UsageGuard`. */
export interface UsageGuardOptions {
  /**
   * Longest cool-down waited in process; a longer one fails fast with `UsageCooldownError`, so a serverless
   * function does not idle past its time limit (reliability.md G4). Also caps the total wait of one call.
   * @default 60_000
   */
  readonly maxWaitMs?: number | undefined;
  /**
   * Cool-down when Meta reports 100 % usage or a throttle error without saying for how long. Graph's block lasts
   * while usage stays at 100 % and every call made meanwhile extends it ([G-RL]), so a blind retry is the worst
   * choice; a minute lets the hourly rolling usage drop below the limit in the common case.
   * @default 60_000
   */
  readonly defaultCooldownMs?: number | undefined;
  /**
   * Most scopes (and most object ids with learned associations) remembered. Over the cap, expired cool-downs go
   * first, then those ending soonest; associations and readings go least-recently-used first.
   * @default 5_000
   */
  readonly maxScopes?: number | undefined;
  /**
   * Pre-emptive pacing (reliability.md G13): once a scope reports at least `thresholdPercent` of its budget (but
   * is not yet throttled), each call to it is spaced from the previous one — `minDelayMs` at the threshold,
   * growing linearly to `maxDelayMs` at 99 % — so a burst does not run the budget into Meta's block. `false`
   * turns it off.
   * @default { thresholdPercent: 90, minDelayMs: 1_000, maxDelayMs: 10_000 }
   */
  readonly pacing?: PacingOptions | false | undefined;
  /**
   * Shares cool-downs from usage headers and throttle errors with every instance on the same store
   * (`createRedisStores(redis).cooldownStore`): a throttle one instance saw holds back every instance's calls to
   * that scope. Pacing stays per instance. Each call then reads the store once before it is sent.
   * @default undefined (this instance only)
   */
  readonly store?: CooldownStore | undefined;
  /**
   * What to do when `store` times out or fails on a read: `'fail-open'` and `'local-fallback'` go on with this
   * instance's own cool-downs (advisory state: Meta's throttle answer is the backstop), `'fail-closed'` refuses
   * the call with `GuardStoreUnavailableError`. A failed write is always dropped (the local cool-down applies).
   * @default 'fail-open'
   */
  readonly onStoreError?: StoreErrorPolicy | undefined;
  /** Clock, epoch ms. @default Date.now */
  readonly now?: (() => number) | undefined;
  /** Abortable wait. @default the package's `sleep` */
  readonly sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** One active cool-down, as shown by `UsageGuard.status()`. */
export interface UsageCooldownStatus {
  readonly scopeKey: string;
  readonly scope: RateLimitScope;
  readonly retryAt: Date;
  /** What triggered it: a usage header at 100 %, a throttle error, or pacing near the limit. */
  readonly source: CooldownSource;
}

/** A snapshot of the guard for logging and debugging; nothing secret in it. */
export interface UsageGuardStatus {
  readonly now: Date;
  readonly cooldowns: readonly UsageCooldownStatus[];
  /** Object ids (phone numbers…) and the BUC objects (WABAs) their responses reported usage for. */
  readonly associations: readonly { readonly objectId: string; readonly bucObjectIds: readonly string[] }[];
  /** The latest reading per scope and BUC type. */
  readonly usage: readonly {
    readonly scopeKey: string;
    readonly type?: string;
    readonly reading: UsageReading;
    readonly observedAt: Date;
  }[];
}
