/** Options of the CAMS simulator: time, randomness, QPS, injected faults. */

import type { FaultOptions } from '../options.js';

/**
 * What an injected fault does to one CAMS request. Same names and meaning as the Graph simulator's kinds, with
 * `{ camsCode }` in place of `{ graphCode }`.
 */
export type CamsFaultKind =
  /** Gateway `InternalError`, HTTP 500 (contract §3.2). */
  | '500'
  /** Gateway `ServiceUnavailable`, HTTP 503. */
  | '503'
  /** The connection drops: `fetch` rejects with `TypeError('fetch failed')` (cause `ECONNRESET`); the server destroys the socket. */
  | 'reset'
  /** No answer until the caller aborts (or the server closes). */
  | 'hang'
  /** The status and headers of the real answer, with a body that is not JSON. */
  | 'malformed'
  /** The real answer cut in the middle of its body. */
  | 'truncated'
  /**
   * An error with this `Code`. Gateway shape (HTTP 4xx/5xx, `HostId`, `Recommend`) for the codes of contract §3.2 /
   * §3.3 or when `status` ≥ 400; otherwise a business error in the operation's envelope (HTTP 200). `shape` forces one.
   */
  | { readonly camsCode: string; readonly message?: string; readonly status?: number; readonly shape?: 'gateway' | 'business' }
  /** A raw answer, e.g. a proxy's HTML error page. */
  | { readonly status: number; readonly body: string; readonly headers?: Readonly<Record<string, string>> };

/**
 * A one-shot fault for the next CAMS request(s) that match. `when: 'after'` runs the operation first (the state
 * changes) and then spoils the answer.
 */
export interface CamsOneShotFault {
  /** The `x-acs-action` to match: an exact name, or a RegExp. Any action when omitted. */
  readonly action?: string | RegExp;
  readonly kind: CamsFaultKind;
  /** @default 'after' for `malformed` and `truncated`, 'before' otherwise */
  readonly when?: 'before' | 'after';
  /** How many matching requests get the fault. @default 1 */
  readonly times?: number;
}

/** Options of `createCamsSimulator`. All optional. */
export interface CamsSimulatorOptions {
  /**
   * Current time in ms since the epoch; also the gateway clock that `x-acs-date` must be within 15 minutes of. A
   * `ManualClock` must therefore start near the time the client signs with (or drive the client too).
   * @default Date.now
   */
  readonly clock?: () => number;
  /** Seed of the PRNG behind channel ids, Meta ids, OTP codes, request ids and fault draws. @default 0x5eed */
  readonly seed?: number;
  /** Random faults and latency (same options as the Graph simulator). @default none */
  readonly faults?: FaultOptions;
  /**
   * Per-user QPS per `Action` (contract §3.5), answered with `Throttling.User` (HTTP 400). `true`: the documented
   * rates (10/s, 5/s for the operations §3.5 lists, 50/s for `GetChatappPhoneNumberMetric`; none where no rate is
   * documented). A record: the documented rates with these overrides (`Infinity` lifts one). @default off
   */
  readonly qps?: boolean | Readonly<Record<string, number>>;
  /**
   * How a QPS overrun is answered (contract §3.5: which code the real gateway uses is unverified, §7 #14: the
   * `x-acs-retry-after` header and its unit too). `retryAfterMs: true` adds `x-acs-retry-after` with the
   * milliseconds until the window frees a slot. @default { code: 'Throttling.User', retryAfterMs: false }
   */
  readonly throttling?: { readonly code?: 'Throttling.User' | 'Throttling.Api' | 'Throttling' | 'System.LimitControl'; readonly retryAfterMs?: boolean };
  /**
   * HTTP status of business errors (`Code` != `OK` in the operation's envelope). Contract §7 #1: the response models
   * imply 200, the error centre lists 400/500; test both. @default 200
   */
  readonly businessErrorStatus?: number;
  /** What `IsvGetAppId` answers. @default fresh deterministic ids */
  readonly embeddedSignup?: { readonly appId?: string; readonly configId?: string };
}

/** @internal */
export function matchesAction(fault: CamsOneShotFault, _method: string, action: string): boolean {
  if (fault.action === undefined) return true;
  return typeof fault.action === 'string' ? fault.action === action : fault.action.test(action);
}
