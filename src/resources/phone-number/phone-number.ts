import type { GraphRequester } from '../../core/requester.js';
import { BlockedUsers } from '../blocked-users/blocked-users.js';
import { BusinessProfile } from '../business-profile/business-profile.js';
import { CommerceSettings } from '../commerce/commerce-settings.js';
import { ConversationalAutomation } from '../conversational-automation/conversational-automation.js';
import { identityCheckFor, type IdentityCheck } from '../identity-check/identity-check.js';
import { OfficialBusinessAccount } from '../official-business-account/official-business-account.js';
import { QrCodes } from '../qr-codes/qr-codes.js';
import { Settings } from '../settings/settings.js';
import { Verification } from '../verification/verification.js';
import type { RequestOptions } from '../../core/options.js';
import type { SuccessResponse } from '../../schemas/graph.js';
import { Registration } from '../registration/registration.js';
import type { PhoneNumberRegisterParams, VerifyAndRegisterParams } from '../registration/schemas.js';
import { PhoneNumberCore } from './phone-number-core.js';

/**
 * One business phone number, bound to its id: `client.phoneNumber(id)`. No request is made until you call a
 * method; the sub-resources below need no id either, and each is created on first use.
 *
 * - The number itself (inherited from {@link PhoneNumberCore}): {@link PhoneNumber.retrieve},
 *   {@link PhoneNumber.register}, {@link PhoneNumber.deregister}, {@link PhoneNumber.setPin},
 *   {@link PhoneNumber.requestDisplayNameChange}, {@link PhoneNumber.displayNameStatus},
 *   {@link PhoneNumber.updateWebhookOverride}, {@link PhoneNumber.removeWebhookOverride},
 *   {@link PhoneNumber.throughput}, {@link PhoneNumber.healthStatus}.
 * - `verification`: request and verify the ownership code (SMS / voice).
 * - `settings`: identity-change check, local storage, calling, payload encryption.
 * - `businessProfile`: about, description, address, e-mail, websites, industry, picture.
 * - `conversationalAutomation`: ice breakers, commands, welcome message.
 * - `qrCodes`: QR codes and short links.
 * - `blockedUsers`: block, unblock and list users.
 * - `commerce`: cart and catalog visibility.
 * - `officialBusinessAccount`: apply for the blue check mark and follow the application.
 * - `identityCheck`: the identity-change check and the customers' identity hashes (137000 handling).
 *
 * @example
 * const phone = client.phoneNumber('106540352242922');
 * const { status } = await phone.retrieve({ fields: ['status'] });
 * await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
 * await phone.settings.setIdentityChangeCheck(true);
 * await phone.businessProfile.update({ about: 'Succulents, delivered.' });
 */
export class PhoneNumber extends PhoneNumberCore {
  #verification: Verification | undefined;
  #settings: Settings | undefined;
  #businessProfile: BusinessProfile | undefined;
  #conversationalAutomation: ConversationalAutomation | undefined;
  #qrCodes: QrCodes | undefined;
  #blockedUsers: BlockedUsers | undefined;
  #commerce: CommerceSettings | undefined;
  #officialBusinessAccount: OfficialBusinessAccount | undefined;
  #identityCheck: IdentityCheck | undefined;
  #registration: Registration | undefined;

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id (e.g. a phone number was passed by mistake).
   */
  constructor(client: GraphRequester, id: string) {
    super(client, id);
  }

  // register / deregister / verifyAndRegister have one implementation, in `Registration` (issue #12: a handler
  // constructs that class on a core client and bundles none of this one); created on first use.
  get #registrations(): Registration {
    return (this.#registration ??= new Registration(this._client, this.id));
  }

  /**
   * Registers the number for Cloud API use (status → `CONNECTED`) with its two-step PIN, optionally turning on
   * local storage.
   *
   * Never retried: Meta allows 10 registrations per number in a moving 72 h window and every attempt counts.
   * The registration guard refuses the 11th locally (no request). If the answer is lost, you get an
   * `OutcomeUnknownError` — read the status before trying again.
   *
   * @throws {ValidationError} for a PIN that is not six ASCII digits or a region outside the 14 (nothing sent).
   * @throws {RegistrationQuotaError} when the guard refuses the call (nothing sent).
   * @throws {PinMismatchError} 133005 · {@link PinLockoutError} 133008/133009 · {@link VerificationRequiredError} 133006 ·
   *   {@link RegistrationRateLimitError} 133016 · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * await phone.register({ pin: '012345', data_localization_region: 'SG' });
   */
  register(params: PhoneNumberRegisterParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this.#registrations.register(params, options);
  }

  /**
   * Verifies the code Meta sent and then registers the number — the fused step under a name that says it
   * registers (CAMS does both in one call; here it is `verification.verifyCode`, then {@link PhoneNumber.register}).
   *
   * Both params are checked before anything is sent. Neither call is retried; the register half is counted by the
   * registration guard like any register. If verification succeeds and register fails, the number stays
   * verified (14 days): call `register()` alone to finish.
   *
   * @throws {ValidationError} for a malformed code, PIN or region (nothing sent).
   * @throws {APIError} 136025 for a wrong code (register not attempted) · {@link RegistrationQuotaError} ·
   *   {@link PinMismatchError} · {@link OutcomeUnknownError} as `verifyCode` / `register`.
   * @example
   * await phone.verifyAndRegister({ code: '004821', pin: '012345' });
   */
  verifyAndRegister(params: VerifyAndRegisterParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this.#registrations.verifyAndRegister(params, options);
  }

  /**
   * Deregisters the number: it stops sending and receiving, open conversations close, local storage is turned
   * off. The number stays on the WABA; register it again (after re-verifying if asked) to reactivate.
   *
   * Never retried: Meta allows 10 deregistrations per number in a moving 72 h window; the guard refuses the 11th
   * locally. Coexistence numbers (WhatsApp Business app + Cloud API) cannot be deregistered.
   *
   * @throws {RegistrationQuotaError} when the guard refuses the call (nothing sent).
   * @throws {RegistrationRateLimitError} 133016 · {@link RegistrationStateError} 133000 · {@link OutcomeUnknownError}.
   * @example
   * await phone.deregister();
   */
  deregister(options?: RequestOptions): Promise<SuccessResponse> {
    return this.#registrations.deregister(options);
  }

  /** Proving ownership with a code sent by SMS or voice call. */
  get verification(): Verification {
    return (this.#verification ??= new Verification(this._client, this.id));
  }

  /** Feature settings: identity-change check, local storage, calling, payload encryption. */
  get settings(): Settings {
    return (this.#settings ??= new Settings(this._client, this.id));
  }

  /** The business profile customers see. */
  get businessProfile(): BusinessProfile {
    return (this.#businessProfile ??= new BusinessProfile(this._client, this.id));
  }

  /** Ice breakers, commands and the welcome-message webhook. */
  get conversationalAutomation(): ConversationalAutomation {
    return (this.#conversationalAutomation ??= new ConversationalAutomation(this._client, this.id));
  }

  /** QR codes and short links with a prefilled message. */
  get qrCodes(): QrCodes {
    return (this.#qrCodes ??= new QrCodes(this._client, this.id));
  }

  /** The number's block list. */
  get blockedUsers(): BlockedUsers {
    return (this.#blockedUsers ??= new BlockedUsers(this._client, this.id));
  }

  /** Cart and catalog visibility. */
  get commerce(): CommerceSettings {
    return (this.#commerce ??= new CommerceSettings(this._client, this.id));
  }

  /** The Official Business Account (blue check mark) application. */
  get officialBusinessAccount(): OfficialBusinessAccount {
    return (this.#officialBusinessAccount ??= new OfficialBusinessAccount(this._client, this.id));
  }

  /** The identity-change check: turn it on, keep customers' identity hashes, handle 137000 mismatches. */
  get identityCheck(): IdentityCheck {
    return (this.#identityCheck ??= identityCheckFor(this._client, this.id));
  }
}
