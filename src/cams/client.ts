import type { z } from 'zod/mini';
import { createSdkLogger, type Logger } from '../core/logger.js';
import { Redactor } from '../core/redact.js';
import { createSharedState, type SharedState } from '../core/shared-state.js';
import { Transport } from '../core/transport.js';
import { ValidationError } from '../errors/validation-error.js';
import { VERSION } from '../version.js';
import type { CamsOperationSpec } from './core/cams-spec.js';
import type { CamsContext } from './core/context.js';
import { CAMS_DEFAULTS, type CamsClientOptions, type CamsRequestOptions } from './core/options.js';
import { camsRequest } from './core/request.js';
import { createQps } from './core/qps.js';
import { CamsMigration, CamsOnboarding } from './flows/flows.js';
import { CamsEmbeddedSignup } from './resources/embedded-signup.js';
import { CamsPhoneNumber } from './resources/phone-number.js';
import type { CamsRequester } from './resources/resource.js';
import { CamsAccountWebhook } from './resources/webhooks.js';
import { CamsWaba } from './resources/waba.js';
import type { CamsCredentials } from './signing/acs3.js';

const DEFAULT_MAX_HINT_MS = 60_000;

/** Guards and budget a client shares with the clients derived from it. */
interface CamsShared {
  readonly state: SharedState;
  readonly acquireQps: CamsContext['acquireQps'];
}

/**
 * The entry point for Alibaba Cloud CAMS (Chat App Message Service, `cams` 2020-06-06): the same resource names and
 * params as `WabaClient` wherever CAMS has the operation, signed with ACS3-HMAC-SHA256 over WebCrypto.
 *
 * Calls are validated before they are sent, side effects are sent exactly once, reads are retried with backoff and
 * a budget, the registration guard counts (de)registrations, a QPS limiter keeps each `Action` under its documented
 * rate, and the AccessKey secret, STS token, signature and codes never reach a URL, a log line or an error.
 *
 * @example
 * import { CamsClient } from 'wabakit/cams';
 *
 * const client = new CamsClient({
 *   accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID!,
 *   accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET!,
 *   custSpaceId: 'cams-demo0001',
 * });
 * await client.phoneNumber('+65 8123 4567').verification.requestCode({ code_method: 'SMS', language: 'en_US' });
 */
export class CamsClient implements CamsRequester {
  static #inherited: CamsShared | undefined;
  readonly #options: CamsClientOptions;
  readonly #context: CamsContext;
  readonly #shared: CamsShared;

  /**
   * @throws {ValidationError} when credentials are missing, the endpoint is not an http(s) URL, or an option is out
   *   of range.
   */
  constructor(options: CamsClientOptions) {
    const inherited = CamsClient.#inherited;
    CamsClient.#inherited = undefined;
    this.#options = options;
    this.#shared = inherited ?? {
      state: createSharedState({ registrationGuard: options.registrationGuard, usageGuard: false, sharedStores: options.sharedStores }),
      acquireQps: createQps(options.qpsLimit),
    };
    this.#context = createCamsContext(options, this.#shared);
  }

  /** The WABA bound to the channel (`custSpaceId`): retrieve it, list, add and sync its numbers. No request yet. */
  waba(): CamsWaba {
    return new CamsWaba(this);
  }

  /**
   * A business number by its digits, `'+65 8123 4567'` or `'6581234567'` (CAMS keys numbers by country code +
   * national number). No request is made until you call a method.
   * @throws {ValidationError} when the number is not 8–15 digits.
   */
  phoneNumber(phone: string): CamsPhoneNumber {
    return new CamsPhoneNumber(this, phone);
  }

  /** Embedded Signup on CAMS: app and config ids for `FB.login`, the code exchange, WABA binding, business info. */
  get embeddedSignup(): CamsEmbeddedSignup {
    return new CamsEmbeddedSignup(this);
  }

  /** Resumable migration of a number from another BSP into the channel: start, then resume from a checkpoint. */
  get migration(): CamsMigration {
    return new CamsMigration(this);
  }

  /** Resumable onboarding of a new number: add, request code, verify-and-register — across invocations. */
  get onboarding(): CamsOnboarding {
    return new CamsOnboarding(this);
  }

  /** The channel's account-level status callback (`UpdateAccountWebhook`); per-number routing is `phoneNumber(…).webhook`. */
  get accountWebhook(): CamsAccountWebhook {
    return new CamsAccountWebhook(this);
  }

  /**
   * A client with some options changed — another channel, a longer timeout. It shares the registration guard, the
   * retry budget and the QPS limiter with this one: they describe the same account's limits.
   *
   * @example
   * const other = client.withOptions({ custSpaceId: 'cams-other0002' });
   */
  withOptions(options: Partial<CamsClientOptions>): CamsClient {
    CamsClient.#inherited = this.#shared;
    try {
      return new CamsClient({ ...this.#options, ...options } as CamsClientOptions);
    } finally {
      CamsClient.#inherited = undefined;
    }
  }

  /**
   * Runs one CAMS operation through the shared pipeline. Used by the resource classes.
   * @internal
   */
  request<P extends z.ZodMiniType, S extends z.ZodMiniType, T>(spec: CamsOperationSpec<P, S, T>, options?: CamsRequestOptions): Promise<T> {
    return camsRequest(this.#context, spec, options);
  }
}

function createCamsContext(options: CamsClientOptions, shared: CamsShared): CamsContext {
  const credentials = credentialSource(options);
  const endpoint = options.endpoint ?? CAMS_DEFAULTS.endpoint;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw optionError('endpoint', 'must be an absolute http(s) URL');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search !== '') {
    throw optionError('endpoint', 'must be an http(s) origin such as https://cams.ap-southeast-1.aliyuncs.com');
  }
  checkPositive('timeout', options.timeout);
  checkPositive('deadline', options.deadline);
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0 && options.maxRetries <= 10)) {
    throw optionError('maxRetries', 'must be an integer from 0 to 10');
  }
  const redactor = new Redactor([options.accessKeySecret, options.securityToken]);
  const target: Logger = options.logger ?? console;
  return {
    options: {
      // `host` is signed exactly as sent: with the port when it is not the scheme's default (contract §2.1).
      host: url.host,
      timeout: options.timeout ?? CAMS_DEFAULTS.timeout,
      deadline: options.deadline,
      maxRetries: options.maxRetries ?? CAMS_DEFAULTS.maxRetries,
      headers: options.headers ?? {},
      validateResponses: options.validateResponses ?? true,
      custSpaceId: options.custSpaceId,
    },
    transport: new Transport({ baseUrl: url.origin, fetch: options.fetch }),
    logger: createSdkLogger(target, options.logLevel ?? CAMS_DEFAULTS.logLevel, redactor),
    redactor,
    credentials,
    acquireQps: shared.acquireQps,
    registrationGuard: shared.state.registrationGuard,
    retryBudget: shared.state.retryBudget,
    userAgent: `wabakit/${VERSION}`,
    maxHintMs: DEFAULT_MAX_HINT_MS,
    now: () => Date.now(),
    random: Math.random,
  };
}

/** Static keys or the rotating provider, checked up front (a provider's answer is checked by the signer). */
function credentialSource(options: CamsClientOptions): () => Promise<CamsCredentials> {
  if (typeof options.credentials === 'function') {
    const provider = options.credentials;
    return async () => provider();
  }
  if (options.credentials !== undefined) throw optionError('credentials', 'must be a function returning { accessKeyId, accessKeySecret, securityToken? }');
  if (typeof options.accessKeyId !== 'string' || options.accessKeyId.trim() === '') {
    throw optionError('accessKeyId', 'an AccessKey id (or a credentials function) is required');
  }
  if (typeof options.accessKeySecret !== 'string' || options.accessKeySecret === '') {
    throw optionError('accessKeySecret', 'an AccessKey secret is required');
  }
  const fixed: CamsCredentials = {
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    ...(options.securityToken === undefined ? {} : { securityToken: options.securityToken }),
  };
  return () => Promise.resolve(fixed);
}

function checkPositive(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= 2_147_483_647)) {
    throw optionError(name, 'must be a positive number of milliseconds');
  }
}

function optionError(name: string, message: string): ValidationError {
  return new ValidationError({ direction: 'request', subject: 'CAMS client options', issues: [{ path: [name], message, code: 'invalid_option' }] });
}
