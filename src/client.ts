import type { ClientOptions, WabaCoreOptions } from './core/options.js';
import type { UsageGuardFactory } from './core/shared-state.js';
import { graphCodeTitle } from './errors/graph-codes/titles.js';
import { acceptsAsIs, type AsIsCheck } from './internal/accepts-as-is.js';
import { UsageGuard } from './limits/usage-guard.js';
import { Business } from './resources/business/business.js';
import { EmbeddedSignup } from './resources/embedded-signup/embedded-signup.js';
import { Migration, Onboarding } from './resources/migration/migration.js';
import { PhoneNumber } from './resources/phone-number/phone-number.js';
import { Waba } from './resources/waba/waba.js';
import { WabaCore } from './waba-core.js';

/**
 * The entry point: one client per app (or per token), from which WABAs and phone numbers are reached.
 *
 * Calls are validated before they are sent, retried only when that cannot repeat a side effect, kept within
 * Meta's registration and usage limits, and never leak the token, app secret, PINs or codes. Everything a
 * {@link WabaCore} does, plus a getter for every resource and the usage guard on by default; a serverless handler
 * that calls one or two methods can use `WabaCore` instead, which bundles only the resources it constructs.
 *
 * @example
 * import { WabaClient } from 'wabakit';
 *
 * const client = new WabaClient({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN!, appSecret: process.env.APP_SECRET });
 * const phone = client.phoneNumber('106540352242922');
 * const { status, quality_rating } = await phone.retrieve({ fields: ['status', 'quality_rating'] });
 */
export class WabaClient extends WabaCore {
  /** @internal */
  protected static override codeTitle: ((code: number) => string | undefined) | undefined = graphCodeTitle;
  /** @internal */
  protected static override createUsageGuard: UsageGuardFactory | undefined = (options) => new UsageGuard(options);
  /** @internal */
  protected static override acceptsAsIs: AsIsCheck | undefined = acceptsAsIs;

  /**
   * @throws {ValidationError} when `accessToken` is missing or an option is out of range.
   * @throws {RangeError} when a guard option is out of range.
   */
  constructor(options: ClientOptions) {
    // The core's options type allows only a constructed guard; this class's factory reads usage-guard options.
    super(options as WabaCoreOptions);
  }

  /**
   * A client with some options changed that shares this one's guards and retry budget (see {@link WabaCore.withOptions}).
   * @throws {ValidationError} when a changed option is out of range.
   * @example
   * const patient = client.withOptions({ timeout: 60_000, maxRetries: 4 });
   */
  override withOptions(options: Partial<ClientOptions>): this {
    return super.withOptions(options as Partial<WabaCoreOptions>);
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
}
