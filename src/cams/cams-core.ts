import type { z } from 'zod/mini';
import { createSdkLogger, type Logger } from '../core/logger.js';
import { Redactor } from '../core/redact.js';
import { checkConstructedOption, checkTransportOptions, optionError } from '../core/option-checks.js';
import { createGuardState, type GuardState } from '../core/shared-state.js';
import { Transport } from '../core/transport.js';
import type { AsIsCheck } from '../internal/accepts-as-is.js';
import { VERSION } from '../version.js';
import type { CamsOperationSpec } from './core/cams-spec.js';
import type { CamsContext } from './core/context.js';
import { CAMS_DEFAULTS, type CamsClientOptions, type CamsCoreOptions, type CamsRequestOptions } from './core/options.js';
import { camsRequest } from './core/request.js';
import { createQps, isQpsLimiter, type QpsLimiterFactory } from './core/qps.js';
import type { CamsRequester } from './resources/resource.js';
import type { CamsCredentials } from './signing/acs3.js';

const DEFAULT_MAX_HINT_MS = 60_000;
const SUBJECT = 'CAMS client options';

/** Guards and budget a client shares with the clients derived from it. */
interface CamsShared {
  readonly state: GuardState;
  readonly acquireQps: CamsContext['acquireQps'];
}

/**
 * The small core client for CAMS serverless handlers: the same options, signing, registration guard, retries and
 * redaction as {@link CamsClient}, without its resource getters and without a QPS limiter of its own, so a bundle
 * holds only the resources the handler constructs: `new CamsRegistration(core, phone)`,
 * `new CamsVerification(core, phone)`, `new CamsWaba(core)`, … Creating a core makes no request.
 *
 * The QPS limiter (each `Action` under its documented rate, contract §3.5) is opt-in here: pass
 * `qpsLimit: new QpsLimiter()`. A handler that makes a call or two per invocation gains nothing from it.
 *
 * @throws {ValidationError} when credentials are missing, the endpoint is not an http(s) URL, or an option is out of
 *   range, or when `CamsCore` is given QPS options instead of a `QpsLimiter` (from the constructor).
 *
 * @example
 * import { CamsCore, CamsRegistration, CamsVerification } from 'wabakit/cams';
 *
 * const core = new CamsCore({
 *   accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID!,
 *   accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET!,
 *   custSpaceId: 'cams-demo0001',
 * });
 * export async function handler(event: { phone: string; code?: string }) {
 *   if (event.code === undefined) return new CamsVerification(core, event.phone).requestCode({ code_method: 'SMS', language: 'en_US' });
 *   return new CamsRegistration(core, event.phone).verifyAndRegister({ code: event.code });
 * }
 */
export class CamsCore implements CamsRequester {
  static #inherited: CamsShared | undefined;
  /**
   * Builds a QPS limiter from `qpsLimit` options. `CamsClient` sets it (its limiter is on by default); a core client
   * uses only a `QpsLimiter` it is given, so the limiter and its table stay out of its bundle.
   * @internal
   */
  declare protected static createQpsLimiter: QpsLimiterFactory | undefined;
  /**
   * The response fast path (`acceptsAsIs`): `CamsClient` sets it; a core client parses every response with zod,
   * the same result, and its bundle leaves the check out.
   * @internal
   */
  declare protected static acceptsAsIs: AsIsCheck | undefined;
  readonly #options: CamsClientOptions;
  readonly #context: CamsContext;
  readonly #shared: CamsShared;

  /**
   * @throws {ValidationError} when credentials are missing, the endpoint is not an http(s) URL, or an option is out
   *   of range.
   */
  constructor(options: CamsCoreOptions) {
    const inherited = CamsCore.#inherited;
    CamsCore.#inherited = undefined;
    // A CamsClient's options may hold QPS options: its class supplies the factory that reads them.
    const target = new.target as typeof CamsCore;
    const qpsLimit = (options as CamsClientOptions).qpsLimit;
    checkConstructedOption(SUBJECT, 'qpsLimit', qpsLimit, {
      isConstructed: isQpsLimiter,
      canBuild: target.createQpsLimiter !== undefined,
      fix: 'CamsCore builds no QPS limiter from options: pass `new QpsLimiter(options)`, or use CamsClient',
    });
    this.#options = options;
    this.#shared = inherited ?? {
      state: createGuardState(options),
      acquireQps: createQps(qpsLimit, target.createQpsLimiter),
    };
    this.#context = createCamsContext(options, this.#shared, target.acceptsAsIs);
  }

  /**
   * A client with some options changed — another channel, a longer timeout. It shares the registration guard, the
   * retry budget and the QPS limiter with this one: they describe the same account's limits. No request is made.
   *
   * @throws {ValidationError} when a changed option is out of range.
   *
   * @example
   * const other = client.withOptions({ custSpaceId: 'cams-other0002' });
   */
  withOptions(options: Partial<CamsCoreOptions>): this {
    CamsCore.#inherited = this.#shared;
    try {
      // The derived client has this one's class: a CamsClient derives a CamsClient, a CamsCore a CamsCore.
      const Derived = this.constructor as new (options: CamsClientOptions) => this;
      return new Derived({ ...this.#options, ...options } as CamsClientOptions);
    } finally {
      CamsCore.#inherited = undefined;
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

function createCamsContext(options: CamsClientOptions, shared: CamsShared, acceptsAsIs: AsIsCheck | undefined): CamsContext {
  const credentials = credentialSource(options);
  const endpoint = options.endpoint ?? CAMS_DEFAULTS.endpoint;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw optionError(SUBJECT, 'endpoint', 'must be an absolute http(s) URL');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search !== '') {
    throw optionError(SUBJECT, 'endpoint', 'must be an http(s) origin such as https://cams.ap-southeast-1.aliyuncs.com');
  }
  checkTransportOptions(SUBJECT, options);
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
    acceptsAsIs,
  };
}

/** Static keys or the rotating provider, checked up front (a provider's answer is checked by the signer). */
function credentialSource(options: CamsClientOptions): () => Promise<CamsCredentials> {
  if (typeof options.credentials === 'function') {
    const provider = options.credentials;
    return async () => provider();
  }
  if (options.credentials !== undefined) throw optionError(SUBJECT, 'credentials', 'must be a function returning { accessKeyId, accessKeySecret, securityToken? }');
  if (typeof options.accessKeyId !== 'string' || options.accessKeyId.trim() === '') {
    throw optionError(SUBJECT, 'accessKeyId', 'an AccessKey id (or a credentials function) is required');
  }
  if (typeof options.accessKeySecret !== 'string' || options.accessKeySecret === '') {
    throw optionError(SUBJECT, 'accessKeySecret', 'an AccessKey secret is required');
  }
  const fixed: CamsCredentials = {
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    ...(options.securityToken === undefined ? {} : { securityToken: options.securityToken }),
  };
  return () => Promise.resolve(fixed);
}
