import type { TransportOptions } from '../../core/options.js';
import type { RegistrationGuardOptions } from '../../limits/registration-guard.js';
import type { SharedStores } from '../../limits/shared-stores.js';
import type { QpsLimiter, QpsLimiterOptions } from '../limits/qps-limiter.js';
import type { CamsCredentials } from '../signing/acs3.js';

/** Rotating credentials (STS): called before every attempt, so a retry signs with the current key. */
export type CamsCredentialsProvider = () => CamsCredentials | Promise<CamsCredentials>;

/** Options of a {@link CamsClient} shared by both ways of passing credentials. */
export interface CamsClientCommonOptions extends TransportOptions {
  /**
   * The default channel (`CustSpaceId`, contract §1.3): the space of an ISV sub-customer or a direct customer's
   * instance id. Every call can name another with `RequestOptions.custSpaceId`.
   */
  readonly custSpaceId?: string | undefined;
  /** @default 'https://cams.ap-southeast-1.aliyuncs.com' (the only documented region, contract §1.1) */
  readonly endpoint?: string | undefined;
  /** Extra headers on every request (never `x-acs-*` or `authorization`: the signer owns those). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * The registration guard (Meta's 10 registrations and 10 deregistrations per number per 72 h apply behind CAMS,
   * contract §3.5); `false` turns it off. CAMS numbers are counted under `cams:<digits>`. @default {} (on, in memory)
   */
  readonly registrationGuard?: RegistrationGuardOptions | false | undefined;
  /**
   * Stores shared by every instance (`createRedisStores(redis)` from `wabakit/redis`): the registration guard's
   * windows and locks live there instead of in this process. A `registrationGuard.store` given explicitly wins.
   * @default undefined (in-process state)
   */
  readonly sharedStores?: SharedStores | undefined;
  /**
   * The client-side QPS limiter: keeps each `Action` under its documented per-user QPS (contract §3.5). Options for
   * the one this client builds, a `QpsLimiter` to share with other clients, or `false` to turn it off. `CamsCore`
   * builds none: give it a `QpsLimiter` to have one.
   * @default {} (on, documented rates) for `CamsClient`; none for `CamsCore`
   */
  readonly qpsLimit?: CamsQpsOptions | QpsLimiter | false | undefined;
  /** Validate responses against the SDK's schemas; `false` is the escape hatch. @default true */
  readonly validateResponses?: boolean | undefined;
}

/** QPS limiter settings: per-`Action` overrides (`{ GetChatappVerifyCode: 2 }`) and the rate of undocumented actions. */
export type CamsQpsOptions = QpsLimiterOptions;

/**
 * Options of a {@link CamsClient}: a static AccessKey pair (optionally with an STS token), or a `credentials`
 * function for rotating STS credentials — not both.
 */
export type CamsClientOptions = CamsClientCommonOptions & CamsCredentialOptions;

/**
 * Options of a {@link CamsCore}: those of {@link CamsClientOptions}, except that the core builds no QPS limiter of its
 * own (its bundle leaves the limiter and the QPS table out): `qpsLimit` is a `QpsLimiter` you construct, or nothing.
 *
 * @example
 * const core = new CamsCore({ accessKeyId, accessKeySecret, custSpaceId, qpsLimit: new QpsLimiter() });
 */
export type CamsCoreOptions = Omit<CamsClientCommonOptions, 'qpsLimit'> & {
  /**
   * A QPS limiter for this core (and the clients derived from it). `false` or nothing: none (CAMS's own
   * `Throttling` answers still arrive typed, and safe calls still back off and retry).
   * @default undefined (none)
   */
  readonly qpsLimit?: QpsLimiter | false | undefined;
} & CamsCredentialOptions;

/** The two ways of passing CAMS credentials: a static AccessKey pair (optionally with an STS token), or a function. */
export type CamsCredentialOptions =
  (
    | {
        /** AccessKey id (`LTAI…`, or `STS.…` with a token). */
        readonly accessKeyId: string;
        /** AccessKey secret: the HMAC key; never sent, logged or put in an error. */
        readonly accessKeySecret: string;
        /** STS `SecurityToken`, for temporary credentials. */
        readonly securityToken?: string | undefined;
        readonly credentials?: undefined;
      }
    | {
        /** Returns the current credentials; called before every attempt. */
        readonly credentials: CamsCredentialsProvider;
        readonly accessKeyId?: undefined;
        readonly accessKeySecret?: undefined;
        readonly securityToken?: undefined;
      }
  );

/** Per-call options, always the last argument of a CAMS resource method. */
export interface CamsRequestOptions {
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
  /** The channel for this call, instead of the client's `custSpaceId`. */
  readonly custSpaceId?: string | undefined;
}

/** Defaults in one place, so docs and code cannot drift. */
export const CAMS_DEFAULTS = {
  endpoint: 'https://cams.ap-southeast-1.aliyuncs.com',
  version: '2020-06-06',
  timeout: 30_000,
  maxRetries: 2,
  logLevel: 'warn',
} as const;
