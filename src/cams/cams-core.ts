import type { z } from 'zod/mini';
import { createSdkLogger, type Logger } from '../core/logger.js';
import { Redactor } from '../core/redact.js';
import { checkTransportOptions, optionError } from '../core/option-checks.js';
import { createGuardState, type GuardState } from '../core/shared-state.js';
import { Transport } from '../core/transport.js';
import { VERSION } from '../version.js';
import type { CamsOperationSpec } from './core/cams-spec.js';
import type { CamsContext } from './core/context.js';
import { CAMS_DEFAULTS, type CamsClientOptions, type CamsRequestOptions } from './core/options.js';
import { camsRequest } from './core/request.js';
import { createQps } from './core/qps.js';
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
 * The small core client for CAMS serverless handlers: the same options, signing, guards, QPS limiter, retries and
 * redaction as {@link CamsClient}, without its resource getters, so a bundle holds only the resources the handler
 * constructs: `new CamsPhoneNumberCore(core, phone)`, `new CamsVerification(core, phone)`, `new CamsWaba(core)`, …
 * Creating a core makes no request.
 *
 * @throws {ValidationError} when credentials are missing, the endpoint is not an http(s) URL, or an option is out of
 *   range (from the constructor).
 *
 * @example
 * import { CamsCore, CamsPhoneNumberCore, CamsVerification } from 'wabakit/cams';
 *
 * const core = new CamsCore({
 *   accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID!,
 *   accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET!,
 *   custSpaceId: 'cams-demo0001',
 * });
 * export async function handler(event: { phone: string; code?: string }) {
 *   if (event.code === undefined) return new CamsVerification(core, event.phone).requestCode({ code_method: 'SMS', language: 'en_US' });
 *   return new CamsPhoneNumberCore(core, event.phone).verifyAndRegister({ code: event.code });
 * }
 */
export class CamsCore implements CamsRequester {
  static #inherited: CamsShared | undefined;
  readonly #options: CamsClientOptions;
  readonly #context: CamsContext;
  readonly #shared: CamsShared;

  /**
   * @throws {ValidationError} when credentials are missing, the endpoint is not an http(s) URL, or an option is out
   *   of range.
   */
  constructor(options: CamsClientOptions) {
    const inherited = CamsCore.#inherited;
    CamsCore.#inherited = undefined;
    this.#options = options;
    this.#shared = inherited ?? {
      state: createGuardState(options),
      acquireQps: createQps(options.qpsLimit),
    };
    this.#context = createCamsContext(options, this.#shared);
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
  withOptions(options: Partial<CamsClientOptions>): this {
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

function createCamsContext(options: CamsClientOptions, shared: CamsShared): CamsContext {
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
