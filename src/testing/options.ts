/** Options of the simulator: time, randomness, limits and injected faults. */

/** What an injected fault does to one request. */
export type FaultKind =
  /** Graph's generic server error: HTTP 500, code 131000 "Something went wrong". */
  | '500'
  /** Graph's service-unavailable error: HTTP 503, code 2 "API Service", `is_transient: true`. */
  | '503'
  /** The connection drops: `fetch` rejects with `TypeError('fetch failed')` (cause `ECONNRESET`); the server destroys the socket. */
  | 'reset'
  /** No answer at all until the caller aborts (or the server closes). */
  | 'hang'
  /** The status and headers of the real answer, with a body that is not JSON. */
  | 'malformed'
  /** The real answer cut in the middle of its body (the body stream errors). */
  | 'truncated'
  /** A Graph error envelope with this code; HTTP status from the contract's old column unless given. */
  | { readonly graphCode: number; readonly details?: string; readonly status?: number; readonly message?: string }
  /** A raw answer, e.g. a proxy's HTML error page. */
  | { readonly status: number; readonly body: string; readonly headers?: Readonly<Record<string, string>> };

/** Random fault rates and latency, applied to every request (draws come from the seeded PRNG). */
export interface FaultOptions {
  /** Added delay per request in ms: a fixed value or a `[min, max]` range drawn per request. @default 0 */
  readonly latencyMs?: number | readonly [min: number, max: number];
  /** Probability (0–1) of an HTTP 5xx Graph error (500/131000 or 503/2, half each) before processing. @default 0 */
  readonly errorRate5xx?: number;
  /** Probability of a connection reset before processing. @default 0 */
  readonly resetRate?: number;
  /** Probability of a request that never gets an answer. @default 0 */
  readonly hangRate?: number;
  /** Probability of a non-JSON body (after processing: the state did change). @default 0 */
  readonly malformedRate?: number;
  /** Probability of a body cut in the middle (after processing: the state did change). @default 0 */
  readonly truncatedRate?: number;
}

/**
 * A one-shot fault for the next request that matches.
 *
 * `when: 'after'` runs the request first (the state changes) and then spoils the answer — the "did my
 * register go through?" case that SDKs must not retry blindly.
 */
export interface OneShotFault {
  /** Matches the URL path (`/v23.0/106…/register`): a RegExp, or a substring. Any path when omitted. */
  readonly path?: RegExp | string;
  /** HTTP method to match (case-insensitive). Any method when omitted. */
  readonly method?: string;
  readonly kind: FaultKind;
  /** @default 'after' for `malformed` and `truncated`, 'before' otherwise */
  readonly when?: 'before' | 'after';
  /** How many matching requests get the fault. @default 1 */
  readonly times?: number;
}

/** The management-API call budget behind the usage headers and error 80008 (contract §6, [G-RL]). */
export interface UsageOptions {
  /** Calls per window per WABA while it has no registered number. @default 200 */
  readonly callsPerHour?: number;
  /** Calls per window per WABA with at least one registered (CONNECTED) number. @default 5000 */
  readonly activeCallsPerHour?: number;
  /** Calls per window for the whole app, reported in `X-App-Usage` (code 4 at 100 %). @default 10000 */
  readonly appCallsPerHour?: number;
  /** Length of the moving window in ms. @default 3_600_000 (1 hour) */
  readonly windowMs?: number;
}

/** Options of {@link createSimulator}. All optional. */
export interface SimulatorOptions {
  /** Current time in ms since the epoch; pass a {@link ManualClock} to drive time rules. @default Date.now */
  readonly clock?: () => number;
  /** Seed of the PRNG behind ids, OTP codes, trace ids and fault draws. @default 0x5eed */
  readonly seed?: number;
  /** Random faults and latency. @default none */
  readonly faults?: FaultOptions;
  /** Accepted `vNN.N` path versions; any `vNN.N` (and unversioned paths) when omitted. */
  readonly apiVersions?: readonly string[];
  /** Call budgets for the usage headers and error 80008. */
  readonly usage?: UsageOptions;
}

/** @internal */
export interface ResolvedUsage {
  readonly callsPerHour: number;
  readonly activeCallsPerHour: number;
  readonly appCallsPerHour: number;
  readonly windowMs: number;
}

/** @internal */
export function resolveUsage(usage: UsageOptions | undefined): ResolvedUsage {
  return {
    callsPerHour: usage?.callsPerHour ?? 200,
    activeCallsPerHour: usage?.activeCallsPerHour ?? 5000,
    appCallsPerHour: usage?.appCallsPerHour ?? 10_000,
    windowMs: usage?.windowMs ?? 3_600_000,
  };
}
