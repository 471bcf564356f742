import type { GraphRequester } from '../../core/requester.js';
import { BlockedUsers } from '../blocked-users/blocked-users.js';
import { BusinessProfile } from '../business-profile/business-profile.js';
import { CommerceSettings } from '../commerce/commerce-settings.js';
import { ConversationalAutomation } from '../conversational-automation/conversational-automation.js';
import { IdentityCheck } from '../identity-check/identity-check.js';
import { OfficialBusinessAccount } from '../official-business-account/official-business-account.js';
import { QrCodes } from '../qr-codes/qr-codes.js';
import { Settings } from '../settings/settings.js';
import { Verification } from '../verification/verification.js';
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

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id (e.g. a phone number was passed by mistake).
   */
  constructor(client: GraphRequester, id: string) {
    super(client, id);
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
    return (this.#identityCheck ??= new IdentityCheck(this._client, this.id, this._client.identityStore));
  }
}
