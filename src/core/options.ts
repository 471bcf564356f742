import type { RegistrationGuardOptions as LimitsRegistrationGuardOptions } from '../limits/registration-guard.js';
import type { UsageGuardOptions as LimitsUsageGuardOptions } from '../limits/usage-guard.js';
import type { IdentityStore } from '../resources/identity-check/identity-store.js';
import type { Logger, LogLevel } from './logger.js';

/** An access token, or a function that returns the current one (rotating tokens, secret managers). */
export type AccessTokenSource = string | (() => string | Promise<string>);

/**
 * Settings of the client-side registration guard (10 register + 10 deregister per number per 72 h).
 * The in-memory store is per process: serverless functions should pass a shared `store`.
 */
export type RegistrationGuardOptions = Omit<LimitsRegistrationGuardOptions, 'now'>;

/** Settings of the usage guard that honours `X-App-Usage`, `X-Business-Use-Case-Usage` and throttle errors. */
export type UsageGuardOptions = Omit<LimitsUsageGuardOptions, 'now' | 'sleep'>;

/** Options of a {@link WabaClient}. Only `accessToken` is required. */
export interface ClientOptions {
  /**
   * A system-user or business token, or a function returning the current one. Sent only in the
   * `Authorization: Bearer` header — never in a URL.
   */
  readonly accessToken: AccessTokenSource;
  /** Your app secret; when set, every call carries `appsecret_proof` (computed with WebCrypto). */
  readonly appSecret?: string;
  /** Graph API version. @default 'v23.0' */
  readonly apiVersion?: string;
  /** @default 'https://graph.facebook.com' */
  readonly baseUrl?: string;
  /** Per-attempt timeout in ms, body included. @default 30_000 */
  readonly timeout?: number;
  /** Total time budget of one call in ms, retries and waits included; no retry is scheduled past it. @default undefined (none) */
  readonly deadline?: number;
  /** Retries of `safe` operations; operations with side effects are never retried. @default 2 */
  readonly maxRetries?: number;
  /** A `fetch` implementation (tests, proxies, instrumentation). @default globalThis.fetch */
  readonly fetch?: typeof globalThis.fetch;
  /** Where log lines go. @default console */
  readonly logger?: Logger;
  /** @default 'warn' */
  readonly logLevel?: LogLevel;
  /** Extra headers on every request (never `Authorization`: use `accessToken`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** The registration guard; `false` turns it off. @default {} (on, in memory) */
  readonly registrationGuard?: RegistrationGuardOptions | false;
  /** The usage guard; `false` turns it off. @default {} (on) */
  readonly usageGuard?: UsageGuardOptions | false;
  /**
   * Where the identity check keeps each customer's latest identity hash and trust state. The in-memory default is
   * per process; serverless functions should pass a shared store.
   * @default new MemoryIdentityStore()
   */
  readonly identityStore?: IdentityStore;
  /** Validate responses against the SDK's schemas; `false` is the escape hatch if Meta changes a shape. @default true */
  readonly validateResponses?: boolean;
}

/** Per-call options, always the last argument of a resource method. */
export interface RequestOptions {
  /** Cancels the call (and any wait or retry). */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in ms for this call. */
  readonly timeout?: number;
  /** Total time budget for this call in ms. */
  readonly deadline?: number;
  /** Retries for this call (`safe` operations only). */
  readonly maxRetries?: number;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A token for this call only (e.g. a business token from Embedded Signup). */
  readonly accessToken?: string;
  /** Graph API version for this call only, e.g. `'v24.0'`. */
  readonly apiVersion?: string;
}

/** Defaults in one place, so docs and code cannot drift. */
export const DEFAULTS = {
  apiVersion: 'v23.0',
  baseUrl: 'https://graph.facebook.com',
  timeout: 30_000,
  maxRetries: 2,
  logLevel: 'warn',
} as const;
