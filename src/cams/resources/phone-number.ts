import type { CamsRequester } from './resource.js';
import { CamsBusinessProfile } from './business-profile.js';
import { CamsCommerceSettings } from './commerce.js';
import { CamsConversationalAutomation } from './conversational-automation.js';
import { CamsFlowsEncryption } from './flows-encryption.js';
import { CamsPhoneNumberMetrics } from './metrics.js';
import { CamsQrCodes } from './qr-codes.js';
import { CamsSettings } from './settings.js';
import { CamsUsernameResource } from './username.js';
import { CamsVerification } from './verification.js';
import { CamsPhoneWebhook } from './webhooks.js';
import type { CamsRequestOptions } from '../core/options.js';
import type { CamsSuccess } from './no-payload.js';
import { CamsPhoneNumberCore } from './phone-number-core.js';
import { CamsRegistration, type CamsVerifyAndRegisterParams } from './registration.js';
import { markUnsupported } from './unsupported.js';

export { CamsRegisterParams, CamsVerifyAndRegisterParams } from './phone-number-core.js';

/**
 * One business number on CAMS, keyed by its digits: `client.phoneNumber('+65 8123 4567')` (CAMS keys numbers by
 * country code + national number, contract §1.3). No request is made until you call a method; each sub-resource is created on first use. The number's own methods
 * are inherited from {@link CamsPhoneNumberCore}.
 *
 * Same method names and params as Graph's `PhoneNumber` where CAMS has the operation. Absent (CAMS has no
 * operation, contract §5): `setPin`, `requestDisplayNameChange`, `blockedUsers`, `identityCheck`,
 * `officialBusinessAccount` — from plain JavaScript they throw `UnsupportedOperationError`.
 *
 * @example
 * const phone = client.phoneNumber('+65 8123 4567');
 * await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
 * await phone.verifyAndRegister({ code: '004821' });
 * const { status, id } = await phone.retrieve();
 */
export class CamsPhoneNumber extends CamsPhoneNumberCore {
  #verification: CamsVerification | undefined;
  #registration: CamsRegistration | undefined;
  #businessProfile: CamsBusinessProfile | undefined;
  #qrCodes: CamsQrCodes | undefined;
  #conversationalAutomation: CamsConversationalAutomation | undefined;
  #commerce: CamsCommerceSettings | undefined;
  #settings: CamsSettings | undefined;
  #webhook: CamsPhoneWebhook | undefined;
  #flowsEncryption: CamsFlowsEncryption | undefined;
  #metrics: CamsPhoneNumberMetrics | undefined;
  #username: CamsUsernameResource | undefined;

  /**
   * @internal
   * @throws {ValidationError} when `phone` is not 8–15 digits (a leading `+`, spaces and dashes are allowed).
   */
  constructor(client: CamsRequester, phone: string) {
    super(client, phone);
  }

  // register / verifyAndRegister / deregister have one implementation, in `CamsRegistration` (issue #12: a
  // handler constructs that class on a core client and bundles none of this one); created on first use.
  get #registrations(): CamsRegistration {
    return (this.#registration ??= new CamsRegistration(this._client, this.phoneNumber));
  }

  /**
   * Registers a verified number (`ChatappPhoneNumberRegister`), e.g. after a deregister. For a new number use
   * {@link CamsPhoneNumber.verifyAndRegister}.
   *
   * Takes no params: CAMS has no PIN and no region — passing either is a `ValidationError`, nothing sent. Never
   * retried; counted by the registration guard under `cams:<digits>` (Meta's 10 per 72 h applies behind CAMS).
   *
   * @throws {ValidationError} for a `pin` or `data_localization_region` (nothing sent).
   * @throws {RegistrationQuotaError} when the guard refuses (nothing sent) · `RegistrationRateLimitError`
   *   when Meta's 133016 comes back · `OutcomeUnknownError` when the answer was lost.
   * @example
   * await phone.register();
   */
  register(params: Record<string, never> = {}, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this.#registrations.register(params, options);
  }

  /**
   * Verifies the code and registers the number in one CAMS call (`ChatappVerifyAndRegister`) — the fused step,
   * named for what it does; on Graph the same method verifies, then registers.
   *
   * Never retried; counted by the registration guard as a register. The code travels only in the signed form body
   * (never in the URL) and is redacted from every log line and error.
   *
   * @throws {ValidationError} for a code that is not six digits, or a `pin`/region (nothing sent).
   * @throws {RegistrationQuotaError} · `APIError` mapped CAMS errors (CAMS documents no code for a wrong
   *   verification code, contract §3.4) · `OutcomeUnknownError` when the answer was lost.
   * @example
   * await phone.verifyAndRegister({ code: '004821' });
   */
  verifyAndRegister(params: CamsVerifyAndRegisterParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this.#registrations.verifyAndRegister(params, options);
  }

  /**
   * Deregisters ("disconnects") the number (`ChatappPhoneNumberDeregister`). Never retried; counted by the
   * registration guard.
   *
   * @throws {RegistrationQuotaError} · `APIError` · `OutcomeUnknownError`.
   * @example
   * await phone.deregister();
   */
  deregister(options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this.#registrations.deregister(options);
  }

  /** Requesting the ownership code. */
  get verification(): CamsVerification {
    return (this.#verification ??= new CamsVerification(this._client, this.phoneNumber));
  }

  /** The business profile customers see (picture as a URL). */
  get businessProfile(): CamsBusinessProfile {
    return (this.#businessProfile ??= new CamsBusinessProfile(this._client, this.phoneNumber));
  }

  /** QR codes and short links with a prefilled message. */
  get qrCodes(): CamsQrCodes {
    return (this.#qrCodes ??= new CamsQrCodes(this._client, this.phoneNumber));
  }

  /** Ice breakers, commands and the welcome message. */
  get conversationalAutomation(): CamsConversationalAutomation {
    return (this.#conversationalAutomation ??= new CamsConversationalAutomation(this._client, this.phoneNumber));
  }

  /** Cart and catalog visibility. */
  get commerce(): CamsCommerceSettings {
    return (this.#commerce ??= new CamsCommerceSettings(this._client, this.phoneNumber));
  }

  /** Read-only settings: the calling configuration from the number list. */
  get settings(): CamsSettings {
    return (this.#settings ??= new CamsSettings(this._client, this.phoneNumber));
  }

  /** Where CAMS delivers this number's status reports and inbound messages. */
  get webhook(): CamsPhoneWebhook {
    return (this.#webhook ??= new CamsPhoneWebhook(this._client, this.phoneNumber));
  }

  /** The WhatsApp Flows encryption public key. */
  get flowsEncryption(): CamsFlowsEncryption {
    return (this.#flowsEncryption ??= new CamsFlowsEncryption(this._client, this.phoneNumber));
  }

  /** Sent and delivered counts (CAMS-only). */
  get metrics(): CamsPhoneNumberMetrics {
    return (this.#metrics ??= new CamsPhoneNumberMetrics(this._client, this.phoneNumber));
  }

  /** The business username (CAMS-only). */
  get username(): CamsUsernameResource {
    return (this.#username ??= new CamsUsernameResource(this._client, this.phoneNumber));
  }
}

markUnsupported(CamsPhoneNumber, 'PhoneNumber', {
  getters: {
    blockedUsers: 'CAMS has no block-users operation (contract §5)',
    identityCheck: 'CAMS has no identity-change check setting (contract §5)',
    officialBusinessAccount: 'CAMS cannot request an Official Business Account; only IsOfficial is readable (contract §5)',
  },
});
