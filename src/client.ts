import { AppSecretProof } from './core/appsecret-proof.js';
import type { ClientContext } from './core/context.js';
import { createSdkLogger, type Logger } from './core/logger.js';
import type { OperationSpec } from './core/operation.js';
import { DEFAULTS, type ClientOptions, type RequestOptions } from './core/options.js';
import { Redactor } from './core/redact.js';
import { request } from './core/request.js';
import { createSharedState, type SharedState } from './core/shared-state.js';
import { Transport } from './core/transport.js';
import { ValidationError } from './errors/validation-error.js';
import { Business } from './resources/business/business.js';
import { EmbeddedSignup } from './resources/embedded-signup/embedded-signup.js';
import { Migration, Onboarding } from './resources/migration/migration.js';
import type { IdentityStore } from './resources/identity-check/identity-store.js';
import { PhoneNumber } from './resources/phone-number/phone-number.js';
import { Waba } from './resources/waba/waba.js';
import { VERSION } from './version.js';
import type { z } from 'zod/mini';

const DEFAULT_MAX_HINT_MS = 60_000;

/**
 * The entry point: one client per app (or per token), from which WABAs and phone numbers are reached.
 *
 * Calls are validated before they are sent, retried only when that cannot repeat a side effect, kept within
 * Meta's registration and usage limits, and never leak the token, app secret, PINs or codes.
 *
 * @example
 * import { WabaClient } from 'wabakit';
 *
 * const client = new WabaClient({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN!, appSecret: process.env.APP_SECRET });
 * const phone = client.phoneNumber('106540352242922');
 * const { status, quality_rating } = await phone.retrieve({ fields: ['status', 'quality_rating'] });
 */
export class WabaClient {
  /** Set only while `withOptions()` constructs a derived client, so it inherits guards and budget. */
  static #inherited: SharedState | undefined;
  readonly #options: ClientOptions;
  readonly #context: ClientContext;
  readonly #identityStore: IdentityStore;

  /**
   * @throws {ValidationError} when `accessToken` is missing or an option is out of range.
   */
  constructor(options: ClientOptions) {
    const shared = WabaClient.#inherited ?? createSharedState(options);
    WabaClient.#inherited = undefined;
    this.#options = options;
    this.#context = createContext(options, shared);
    this.#identityStore = shared.identityStore;
  }

  /**
   * The store behind every `phone.identityCheck` of this client (and of clients derived with `withOptions()`).
   * @internal
   */
  get identityStore(): IdentityStore {
    return this.#identityStore;
  }

  /**
   * A WABA by id: its settings, numbers and subscriptions. No request is made until you call a method.
   * @throws {ValidationError} when `wabaId` is not a numeric Graph id.
   */
  waba(wabaId: string): Waba {
    return new Waba(this, wabaId);
  }

  /**
   * A business phone number by id (the Graph id, not the phone number): status, registration, verification,
   * settings. No request is made until you call a method.
   * @throws {ValidationError} when `phoneNumberId` is not a numeric Graph id.
   */
  phoneNumber(phoneNumberId: string): PhoneNumber {
    return new PhoneNumber(this, phoneNumberId);
  }

  /**
   * A business portfolio by id: its owned and client WABAs and its pre-verified numbers. No request is made until
   * you call a method.
   * @throws {ValidationError} when `businessId` is not a numeric Graph id.
   */
  business(businessId: string): Business {
    return new Business(this, businessId);
  }

  /** Server side of Embedded Signup: exchange the code, find shared WABAs, subscribe, register. */
  get embeddedSignup(): EmbeddedSignup {
    return new EmbeddedSignup(this);
  }

  /** Resumable migration of a number from another WABA: start, then resume from a checkpoint. */
  get migration(): Migration {
    return new Migration(this);
  }

  /** Resumable onboarding of a new number: add, request code, verify, register — across invocations. */
  get onboarding(): Onboarding {
    return new Onboarding(this);
  }

  /**
   * A client with some options changed — a longer timeout for a batch job, a token of another business.
   *
   * The derived client shares the registration guard, the usage guard and the retry budget with this one: they
   * describe Meta's limits for the same app, and separate counts would let two clients overrun them together.
   *
   * @example
   * const patient = client.withOptions({ timeout: 60_000, maxRetries: 4 });
   */
  withOptions(options: Partial<ClientOptions>): WabaClient {
    WabaClient.#inherited = {
      registrationGuard: this.#context.registrationGuard,
      usageGuard: this.#context.usageGuard,
      retryBudget: this.#context.retryBudget,
      identityStore: this.#identityStore,
    };
    try {
      return new WabaClient({ ...this.#options, ...options });
    } finally {
      WabaClient.#inherited = undefined;
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

function createContext(options: ClientOptions, shared: SharedState): ClientContext {
  const token = options.accessToken as unknown;
  if (!(typeof token === 'function' || (typeof token === 'string' && token.trim() !== ''))) {
    throw new ValidationError({
      direction: 'request',
      subject: 'client options',
      issues: [{ path: ['accessToken'], message: 'an access token (string) or a function returning one is required', code: 'invalid_type' }],
    });
  }
  checkPositive('timeout', options.timeout);
  checkPositive('deadline', options.deadline);
  if (options.maxRetries !== undefined && !(Number.isInteger(options.maxRetries) && options.maxRetries >= 0 && options.maxRetries <= 10)) {
    throw optionError('maxRetries', 'must be an integer from 0 to 10');
  }
  const redactor = new Redactor([typeof options.accessToken === 'string' ? options.accessToken : undefined, options.appSecret]);
  const target: Logger = options.logger ?? console;
  const resolveAccessToken = async (): Promise<string> => {
    const value = typeof options.accessToken === 'function' ? await options.accessToken() : options.accessToken;
    if (typeof value !== 'string' || value.trim() === '') throw optionError('accessToken', 'the token function returned no token');
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
    now: () => Date.now(),
    random: Math.random,
  };
}

function checkPositive(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isFinite(value) && value > 0 && value <= 2_147_483_647)) {
    throw optionError(name, 'must be a positive number of milliseconds');
  }
}

function optionError(name: string, message: string): ValidationError {
  return new ValidationError({ direction: 'request', subject: 'client options', issues: [{ path: [name], message, code: 'invalid_option' }] });
}
