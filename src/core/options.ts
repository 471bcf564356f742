import type { RegistrationGuardOptions } from '../limits/registration-guard.js';
import type { SharedStores } from '../limits/shared-stores.js';
import type { UsageGuard } from '../limits/usage-guard.js';
import type { UsageGuardOptions } from '../limits/usage-guard-options.js';
import type { IdentityStore } from '../resources/identity-check/identity-store.js';
import type { Logger, LogLevel } from './logger.js';

/** An access token, or a function that returns the current one (rotating tokens, secret managers). */
export type AccessTokenSource = string | (() => string | Promise<string>);

/**
 * The transport options every client takes, Graph's `WabaClient` and CAMS's `CamsClient` alike: one meaning, one
 * default, one spelling.
 */
export interface TransportOptions {
  /** Per-attempt timeout in ms, body included. @default 30_000 */
  readonly timeout?: number | undefined;
  /** Total time budget of one call in ms, retries and waits included; no retry is scheduled past it. @default undefined (none) */
  readonly deadline?: number | undefined;
  /** Retries of `safe` operations; operations with side effects are never retried. @default 2 */
  readonly maxRetries?: number | undefined;
  /**
   * A `fetch` implementation (tests, proxies, instrumentation). It is called with one `Request` per attempt, which
   * carries the attempt's abort signal (its timeout and your `signal`): pass that request on as it is.
   * @default globalThis.fetch
   */
  readonly fetch?: typeof globalThis.fetch | undefined;
  /** Where log lines go; they never hold a secret. @default console */
  readonly logger?: Logger | undefined;
  /** @default 'warn' */
  readonly logLevel?: LogLevel | undefined;
}

/** Options of a {@link WabaClient}. Only `accessToken` is required. */
export interface ClientOptions extends TransportOptions {
  /**
   * A system-user or business token, or a function returning the current one. Sent only in the
   * `Authorization: Bearer` header — never in a URL.
   */
  readonly accessToken: AccessTokenSource;
  /** Your app secret; when set, every call carries `appsecret_proof` (computed with WebCrypto). */
  readonly appSecret?: string | undefined;
  /** Graph API version. @default 'v23.0' */
  readonly apiVersion?: string | undefined;
  /** @default 'https://graph.facebook.com' */
  readonly baseUrl?: string | undefined;
  /** Extra headers on every request (never `Authorization`: use `accessToken`). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The registration guard; `false` turns it off. @default {} (on, in memory) */
  readonly registrationGuard?: RegistrationGuardOptions | false | undefined;
  /**
   * The usage guard: options for the one this client builds, a `UsageGuard` to share with other clients, or
   * `false` to turn it off. `WabaCore` builds none: give it a `UsageGuard` to have one.
   * @default {} (on) for `WabaClient`; none for `WabaCore`
   */
  readonly usageGuard?: UsageGuardOptions | UsageGuard | false | undefined;
  /**
   * Where the identity check keeps each customer's latest identity hash and trust state. The in-memory default is
   * per process; serverless functions should pass a shared store.
   * @default new MemoryIdentityStore()
   */
  readonly identityStore?: IdentityStore | undefined;
  /**
   * Stores shared by every instance (`createRedisStores(redis)` from `wabakit/redis`): the registration guard's
   * windows and locks, the usage guard's cool-downs and the identity store live there instead of in this process.
   * A `store`, `onStoreError` or `identityStore` given explicitly above wins. See docs/serverless.md.
   * @default undefined (in-process state)
   */
  readonly sharedStores?: SharedStores | undefined;
  /** Validate responses against the SDK's schemas; `false` is the escape hatch if Meta changes a shape. @default true */
  readonly validateResponses?: boolean | undefined;
}

/**
 * Options of a {@link WabaCore}: those of {@link ClientOptions}, except that the core builds no usage guard of its
 * own (its bundle leaves the guard out): `usageGuard` is a `UsageGuard` you construct, or nothing.
 *
 * @example
 * const core = new WabaCore({ accessToken, deadline: 8_000, usageGuard: new UsageGuard({ maxWaitMs: 5_000 }) });
 */
export interface WabaCoreOptions extends Omit<ClientOptions, 'usageGuard'> {
  /**
   * A usage guard for this core (and the clients derived from it): `new UsageGuard({ store })` to pace on
   * Graph's usage headers and wait out cool-downs, shared across instances through the store. `false` or
   * nothing: no usage guard (Meta's own throttling errors still arrive typed, with `retryAt`).
   * @default undefined (none)
   */
  readonly usageGuard?: UsageGuard | false | undefined;
}

/** Per-call options, always the last argument of a resource method. */
export interface RequestOptions {
  /** Cancels the call (and any wait or retry). */
  readonly signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms for this call. */
  readonly timeout?: number | undefined;
  /** Total time budget for this call in ms. */
  readonly deadline?: number | undefined;
  /** Retries for this call (`safe` operations only). */
  readonly maxRetries?: number | undefined;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** A token for this call only (e.g. a business token from Embedded Signup). */
  readonly accessToken?: string | undefined;
  /** Graph API version for this call only, e.g. `'v24.0'`. */
  readonly apiVersion?: string | undefined;
}

/** Defaults in one place, so docs and code cannot drift. */
export const DEFAULTS = {
  apiVersion: 'v23.0',
  baseUrl: 'https://graph.facebook.com',
  timeout: 30_000,
  maxRetries: 2,
  logLevel: 'warn',
} as const;
