import { CamsCore } from './cams-core.js';
import type { CamsClientOptions, CamsCoreOptions } from './core/options.js';
import type { QpsLimiterFactory } from './core/qps.js';
import { acceptsAsIs, type AsIsCheck } from '../internal/accepts-as-is.js';
import { QpsLimiter } from './limits/qps-limiter.js';
import { CamsMigration, CamsOnboarding } from './flows/flows.js';
import { CamsEmbeddedSignup } from './resources/embedded-signup.js';
import { CamsPhoneNumber } from './resources/phone-number.js';
import { CamsAccountWebhook } from './resources/webhooks.js';
import { CamsWaba } from './resources/waba.js';

/**
 * The entry point for Alibaba Cloud CAMS (Chat App Message Service, `cams` 2020-06-06): the same resource names and
 * params as `WabaClient` wherever CAMS has the operation, signed with ACS3-HMAC-SHA256 over WebCrypto.
 *
 * Calls are validated before they are sent, side effects are sent exactly once, reads are retried with backoff and
 * a budget, the registration guard counts (de)registrations, a QPS limiter keeps each `Action` under its documented
 * rate, and the AccessKey secret, STS token, signature and codes never reach a URL, a log line or an error.
 * Everything a {@link CamsCore} does, plus a getter for every resource and the QPS limiter on by default; a serverless
 * handler that calls one or two methods can use `CamsCore` instead, which bundles only the resources it constructs.
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
export class CamsClient extends CamsCore {
  /** @internal */
  protected static override createQpsLimiter: QpsLimiterFactory | undefined = (options) => new QpsLimiter(options);
  /** @internal */
  protected static override acceptsAsIs: AsIsCheck | undefined = acceptsAsIs;

  /**
   * @throws {ValidationError} when credentials are missing, the endpoint is not an http(s) URL, or an option is out
   *   of range.
   * @throws {RangeError} for a QPS that is not a positive number.
   */
  constructor(options: CamsClientOptions) {
    // The core's options type allows only a constructed limiter; this class's factory reads QPS options.
    super(options as CamsCoreOptions);
  }

  /**
   * A client with some options changed that shares this one's guard, QPS limiter and retry budget (see
   * {@link CamsCore.withOptions}).
   * @throws {ValidationError} when a changed option is out of range.
   * @example
   * const other = client.withOptions({ custSpaceId: 'cams-demo0002' });
   */
  override withOptions(options: Partial<CamsClientOptions>): this {
    return super.withOptions(options as Partial<CamsCoreOptions>);
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
}
