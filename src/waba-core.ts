import { AppSecretProof } from './core/appsecret-proof.js';
import type { ClientContext } from './core/context.js';
import { createSdkLogger, type Logger } from './core/logger.js';
import { checkConstructedOption, checkTransportOptions, optionError } from './core/option-checks.js';
import type { OperationSpec } from './core/operation.js';
import { DEFAULTS, type ClientOptions, type RequestOptions, type WabaCoreOptions } from './core/options.js';
import { Redactor } from './core/redact.js';
import { request } from './core/request.js';
import type { GraphRequester } from './core/requester.js';
import { createSharedState, isUsageGuard, type IdentityStoreSlot, type SharedState, type UsageGuardFactory } from './core/shared-state.js';
import { Transport } from './core/transport.js';
import { ValidationError } from './errors/validation-error.js';
import type { AsIsCheck } from './internal/accepts-as-is.js';
import type { IdentityStore } from './resources/identity-check/identity-store.js';
import { VERSION } from './version.js';
import type { z } from 'zod/mini';

const DEFAULT_MAX_HINT_MS = 60_000;
const SUBJECT = 'client options';

/**
 * The small core client for serverless handlers: the same options, registration guard, retries and redaction as
 * {@link WabaClient}, without its resource getters and without a usage guard of its own, so a bundle holds only the
 * resources the handler constructs and the guards it asks for.
 *
 * Mount the resources you call on it: `new PhoneNumberCore(core, id)` (a number's own methods: retrieve,
 * register, deregister, PIN, display name), `new Verification(core, id)`, `new Settings(core, id)`, `new Waba(core,
 * id)`, … Each resource class imports only its own operations, so a handler that verifies a code and registers
 * bundles a fraction of the default client. Creating a core makes no request.
 *
 * The usage guard (pacing on Graph's usage headers, waiting out cool-downs, about 2.4 kB gzip) is opt-in here:
 * pass `usageGuard: new UsageGuard({ store })` — with a shared store it holds across instances, which is where a
 * serverless function gains from it. The registration guard is on, as on `WabaClient`.
 *
 * @throws {ValidationError} when `accessToken` is missing or an option is out of range (from the constructor).
 *
 * @example
 * import { PhoneNumberCore, Verification, WabaCore } from 'wabakit';
 *
 * const core = new WabaCore({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN! });
 * export async function handler(event: { phoneNumberId: string; code: string; pin: string }) {
 *   await new Verification(core, event.phoneNumberId).verifyCode({ code: event.code });
 *   return new PhoneNumberCore(core, event.phoneNumberId).register({ pin: event.pin });
 * }
 */
export class WabaCore implements GraphRequester {
  /** Set only while `withOptions()` constructs a derived client, so it inherits guards and budget. */
  static #inherited: SharedState | undefined;
  /**
   * Meta's code titles, the message of last resort of an error whose body has none. `WabaClient` sets it; a core
   * client leaves the 117 titles out of its bundle, and such an error reads `(#133010) HTTP 400`.
   * @internal
   */
  protected static codeTitle: ((code: number) => string | undefined) | undefined = undefined;
  /**
   * Builds a usage guard from `usageGuard` options. `WabaClient` sets it (its guard is on by default); a core client
   * uses only a `UsageGuard` it is given, so the guard's code stays out of its bundle.
   * @internal
   */
  protected static createUsageGuard: UsageGuardFactory | undefined = undefined;
  /**
   * The response fast path: a check that returns parsed JSON as is when zod would return it unchanged (no copy).
   * `WabaClient` sets it (long-running services, 100-item pages); a core client parses every response with zod,
   * the same result, and its bundle leaves the check out.
   * @internal
   */
  protected static acceptsAsIs: AsIsCheck | undefined = undefined;
  readonly #options: ClientOptions;
  readonly #context: ClientContext;
  readonly #identity: IdentityStoreSlot;

  /**
   * @throws {ValidationError} when `accessToken` is missing or an option is out of range, or when `WabaCore` is
   *   given usage-guard options instead of a `UsageGuard`.
   */
  constructor(options: WabaCoreOptions) {
    // A WabaClient's options may hold usage-guard options: its class supplies the factory that reads them.
    const target = new.target as typeof WabaCore;
    checkConstructedOption(SUBJECT, 'usageGuard', (options as ClientOptions).usageGuard, {
      isConstructed: isUsageGuard,
      canBuild: target.createUsageGuard !== undefined,
      fix: 'WabaCore builds no usage guard from options: pass `new UsageGuard(options)`, or use WabaClient',
    });
    const shared = WabaCore.#inherited ?? createSharedState(options, target.createUsageGuard);
    WabaCore.#inherited = undefined;
    this.#options = options;
    this.#context = createContext(options, shared, target.codeTitle, target.acceptsAsIs);
    this.#identity = shared.identity;
  }

  /**
   * The store behind every `phone.identityCheck` of this client (and of clients derived with `withOptions()`): the
   * configured one, or the in-memory default the first identity check creates with `createDefault`.
   * @internal
   */
  sharedIdentityStore(createDefault: () => IdentityStore): IdentityStore {
    return (this.#identity.store ??= createDefault());
  }

  /**
   * A client of the same class with some options changed — a longer timeout for a batch job, a token of another
   * business.
   *
   * The derived client shares the registration guard, the usage guard and the retry budget with this one: they
   * describe Meta's limits for the same app, and separate counts would let two clients overrun them together.
   * No request is made.
   *
   * @throws {ValidationError} when a changed option is out of range.
   * @example
   * const patient = client.withOptions({ timeout: 60_000, maxRetries: 4 });
   */
  withOptions(options: Partial<WabaCoreOptions>): this {
    WabaCore.#inherited = {
      registrationGuard: this.#context.registrationGuard,
      usageGuard: this.#context.usageGuard,
      retryBudget: this.#context.retryBudget,
      identity: this.#identity,
    };
    try {
      // The derived client has this one's class: a WabaClient derives a WabaClient, a WabaCore a WabaCore.
      const Derived = this.constructor as new (options: ClientOptions) => this;
      return new Derived({ ...this.#options, ...options });
    } finally {
      WabaCore.#inherited = undefined;
    }
  }

  /**
   * Runs one operation through the request pipeline — the same validation, guards, retries and redaction as
   * every built-in method. Used by the resource classes.
   * @internal
   */
  request<P extends z.ZodMiniType, R extends z.ZodMiniType>(
    spec: OperationSpec<P, R>,
    options?: RequestOptions,
  ): Promise<z.output<R>> {
    return request(this.#context, spec, options);
  }
}

function createContext(
  options: ClientOptions,
  shared: SharedState,
  codeTitle: ClientContext['codeTitle'],
  acceptsAsIs: ClientContext['acceptsAsIs'],
): ClientContext {
  const token = options.accessToken as unknown;
  if (!(typeof token === 'function' || (typeof token === 'string' && token.trim() !== ''))) {
    throw new ValidationError({
      direction: 'request',
      subject: SUBJECT,
      issues: [{ path: ['accessToken'], message: 'an access token (string) or a function returning one is required', code: 'invalid_type' }],
    });
  }
  checkTransportOptions(SUBJECT, options);
  const redactor = new Redactor([typeof options.accessToken === 'string' ? options.accessToken : undefined, options.appSecret]);
  const target: Logger = options.logger ?? console;
  const resolveAccessToken = async (): Promise<string> => {
    const value = typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
    if (typeof value !== 'string' || value.trim() === '') throw optionError(SUBJECT, 'accessToken', 'the token function returned no token');
    return value;
  };
  return {
    options: {
      apiVersion: options.apiVersion ?? DEFAULTS.apiVersion,
      baseUrl: options.baseUrl ?? DEFAULTS.baseUrl,
      timeout: options.timeout ?? DEFAULTS.timeout,
      deadline: options.deadline,
      maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
      headers: options.headers ?? {},
      validateResponses: options.validateResponses ?? true,
    },
    transport: new Transport({ baseUrl: options.baseUrl ?? DEFAULTS.baseUrl, fetch: options.fetch }),
    logger: createSdkLogger(target, options.logLevel ?? DEFAULTS.logLevel, redactor),
    redactor,
    proof: options.appSecret ? new AppSecretProof(options.appSecret) : undefined,
    registrationGuard: shared.registrationGuard,
    usageGuard: shared.usageGuard,
    retryBudget: shared.retryBudget,
    userAgent: `wabakit/${VERSION}`,
    // One source of truth: the (possibly shared) guard's limit; without a guard, the same 60 s default.
    maxHintMs: shared.usageGuard?.maxWaitMs ?? DEFAULT_MAX_HINT_MS,
    resolveAccessToken,
    codeTitle,
    acceptsAsIs,
    now: () => Date.now(),
    random: Math.random,
  };
}
