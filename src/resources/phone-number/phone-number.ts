import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { graphSpec } from '../../core/graph-spec.js';
import { path } from '../../internal/path.js';
import { deregister as deregisterOp, register as registerOp, VerifyAndRegisterParams } from '../../operations/phone-number.js';
import { parseOrThrow } from '../../internal/validate.js';
import { PhoneNumberId } from '../../schemas/ids.js';
import { PhoneNumberInfo, type HealthStatus, type PhoneNumberField } from '../../schemas/phone-number-info.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { BlockedUsers } from '../blocked-users/blocked-users.js';
import { BusinessProfile } from '../business-profile/business-profile.js';
import { CommerceSettings } from '../commerce/commerce-settings.js';
import { ConversationalAutomation } from '../conversational-automation/conversational-automation.js';
import { IdentityCheck } from '../identity-check/identity-check.js';
import { OfficialBusinessAccount } from '../official-business-account/official-business-account.js';
import { QrCodes } from '../qr-codes/qr-codes.js';
import { APIResource } from '../resource.js';
import { Settings } from '../settings/settings.js';
import { Verification } from '../verification/verification.js';
import { joinFields } from '../fields.js';
import {
  DISPLAY_NAME_STATUS_FIELDS,
  PhoneNumberDisplayNameChangeParams,
  PhoneNumberRegisterParams,
  PhoneNumberRetrieveParams,
  PhoneNumberSetPinParams,
  PhoneNumberWebhookOverrideParams,
  type DisplayNameStatus,
  type PhoneNumberInfoWith,
  type PhoneNumberThroughput,
} from './schemas.js';

const NO_PARAMS = z.strictObject({});
const RECONCILE_STATUS = "Read the number's state with phone.retrieve({ fields: ['status', 'platform_type'] }) before calling again.";

/**
 * One business phone number, bound to its id: `client.phoneNumber(id)`. No request is made until you call a
 * method; the sub-resources below need no id either.
 *
 * - The number itself: {@link PhoneNumber.retrieve}, {@link PhoneNumber.register}, {@link PhoneNumber.deregister},
 *   {@link PhoneNumber.setPin}, {@link PhoneNumber.requestDisplayNameChange}, {@link PhoneNumber.displayNameStatus},
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
export class PhoneNumber extends APIResource {
  /** The phone number id (not the phone number itself). */
  readonly id: string;
  /** Proving ownership with a code sent by SMS or voice call. */
  readonly verification: Verification;
  /** Feature settings: identity-change check, local storage, calling, payload encryption. */
  readonly settings: Settings;
  /** The business profile customers see. */
  readonly businessProfile: BusinessProfile;
  /** Ice breakers, commands and the welcome-message webhook. */
  readonly conversationalAutomation: ConversationalAutomation;
  /** QR codes and short links with a prefilled message. */
  readonly qrCodes: QrCodes;
  /** The number's block list. */
  readonly blockedUsers: BlockedUsers;
  /** Cart and catalog visibility. */
  readonly commerce: CommerceSettings;
  /** The Official Business Account (blue check mark) application. */
  readonly officialBusinessAccount: OfficialBusinessAccount;
  /** The identity-change check: turn it on, keep customers' identity hashes, handle 137000 mismatches. */
  readonly identityCheck: IdentityCheck;

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id (e.g. a phone number was passed by mistake).
   */
  constructor(client: GraphRequester, id: string) {
    super(client);
    this.id = parseOrThrow(PhoneNumberId, id, 'request', { subject: 'phone number id' });
    this.verification = new Verification(client, this.id);
    this.settings = new Settings(client, this.id);
    this.businessProfile = new BusinessProfile(client, this.id);
    this.conversationalAutomation = new ConversationalAutomation(client, this.id);
    this.qrCodes = new QrCodes(client, this.id);
    this.blockedUsers = new BlockedUsers(client, this.id);
    this.commerce = new CommerceSettings(client, this.id);
    this.officialBusinessAccount = new OfficialBusinessAccount(client, this.id);
    this.identityCheck = new IdentityCheck(client, this.id, client.identityStore);
  }

  /**
   * Reads the number: status, display name and its review, quality, throughput, limits, verification state…
   *
   * Safe: retried on connection errors, 5xx and throttles. Counts toward the WABA's management usage budget.
   *
   * @param params.fields the fields to read (typed; the result is narrowed to them). Default: Graph's four.
   * @throws {ValidationError} when a field name is malformed (nothing is sent).
   * @throws {APIError} mapped Graph errors, e.g. `InvalidRequestError` (#100) for an unknown id.
   * @example
   * const { status, quality_rating, throughput } = await phone.retrieve({ fields: ['status', 'quality_rating', 'throughput'] });
   */
  retrieve<const F extends PhoneNumberField = 'display_phone_number' | 'verified_name' | 'quality_rating'>(
    params: { readonly fields?: readonly F[] } = {},
    options?: RequestOptions,
  ): Promise<PhoneNumberInfoWith<F>> {
    return this._client.request(
      {
        operation: 'PhoneNumber.retrieve',
        method: 'GET',
        path: path`${this.id}`,
        retry: 'safe',
        params: { schema: PhoneNumberRetrieveParams, value: params, in: 'query', toWire: joinFields },
        response: PhoneNumberInfo,
        objectIds: [this.id],
      },
      options,
    ) as Promise<PhoneNumberInfoWith<F>>;
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
    return this._client.request(
      graphSpec(registerOp, params, {
        method: 'POST',
        path: path`${this.id}/register`,
        in: 'body',
        fixed: { messaging_product: 'whatsapp' },
        response: SuccessResponse,
        objectIds: [this.id],
        registrationKey: this.id,
        reconcileHint: RECONCILE_STATUS,
      }),
      options,
    );
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
  async verifyAndRegister(params: VerifyAndRegisterParams, options?: RequestOptions): Promise<SuccessResponse> {
    const { code, ...register } = parseOrThrow(VerifyAndRegisterParams, params, 'request', { subject: 'PhoneNumber.verifyAndRegister params' });
    await this.verification.verifyCode({ code }, options);
    return this.register(register, options);
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
    return this._client.request(
      graphSpec(deregisterOp, {}, {
        method: 'POST',
        path: path`${this.id}/deregister`,
        in: 'body',
        response: SuccessResponse,
        objectIds: [this.id],
        registrationKey: this.id,
        reconcileHint: RECONCILE_STATUS,
      }),
      options,
    );
  }

  /**
   * Sets or changes the number's two-step verification PIN (no old PIN needed). The PIN cannot be turned off
   * through the API — only from WhatsApp Manager.
   *
   * Never retried: PIN changes are security-sensitive and Meta counts PIN attempts (reliability G6). The PIN
   * travels only in the JSON body and is redacted from every log line and error. If the answer is lost you get
   * an `OutcomeUnknownError`: the new PIN may or may not be in force, so keep both until you know.
   *
   * @throws {ValidationError} for a PIN that is not six ASCII digits as a string (nothing sent).
   * @throws {APIError} mapped Graph errors · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * await phone.setPin({ pin: '040821' });
   */
  setPin(params: PhoneNumberSetPinParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'PhoneNumber.setPin',
        method: 'POST',
        path: path`${this.id}`,
        retry: 'never',
        params: { schema: PhoneNumberSetPinParams, value: params, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.id],
        reconcileHint:
          "Read phone.retrieve({ fields: ['is_pin_enabled'] }); it cannot tell which PIN is set, so keep the old and new PIN until a register with the new one succeeds.",
      },
      options,
    );
  }

  /**
   * Submits a new display name for Meta's review; follow it with {@link PhoneNumber.displayNameStatus} or the
   * `phone_number_name_update` webhook. Once `APPROVED`, register the number again within 14 days for the
   * new name to show (registering earlier has no effect).
   *
   * Never retried: each request starts a review, and Meta allows 10 name changes per 30 days. Sent in the JSON
   * body — Meta's docs use the query string, which Graph treats the same (contract §1.2); a body keeps the name
   * out of URLs and access logs.
   *
   * @throws {ValidationError} for a name outside 2–75 characters, with edge whitespace or control characters.
   * @throws {InvalidRequestError} when Meta rejects the request · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * await phone.requestDisplayNameChange({ new_display_name: 'Lucky Shrub Garden' });
   */
  requestDisplayNameChange(params: PhoneNumberDisplayNameChangeParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'PhoneNumber.requestDisplayNameChange',
        method: 'POST',
        path: path`${this.id}`,
        retry: 'never',
        params: { schema: PhoneNumberDisplayNameChangeParams, value: params, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.id],
        reconcileHint: 'Read phone.displayNameStatus(): new_display_name shows a pending request before you submit again.',
      },
      options,
    );
  }

  /**
   * Reads the display-name review state: `name_status`, and after a change request `new_display_name` and
   * `new_name_status` (`PENDING_REVIEW`, `APPROVED`, `DECLINED`…).
   *
   * Safe: a read, retried on transient failures.
   *
   * @example
   * const { new_name_status } = await phone.displayNameStatus();
   * if (new_name_status === 'APPROVED') await phone.register({ pin });
   */
  displayNameStatus(options?: RequestOptions): Promise<DisplayNameStatus> {
    return this.retrieve({ fields: DISPLAY_NAME_STATUS_FIELDS }, options);
  }

  /**
   * Sends this number's webhooks to its own callback URL, overriding the WABA's and the app's ([D-WHO]).
   *
   * Meta first verifies the URL with a GET carrying `verify_token` (answer it with `hub.challenge`); the app must
   * be subscribed to the WABA. Safe: setting the same override twice is harmless, so it is retried on transient
   * failures. The verify token is redacted from every log line and error.
   *
   * @throws {ValidationError} for a URL that is not `https://`, longer than 200 characters, or an empty token.
   * @throws {InvalidRequestError} when the URL fails Meta's verification or the app is not subscribed.
   * @example
   * await phone.updateWebhookOverride({
   *   override_callback_uri: 'https://hooks.example.com/whatsapp/106540352242922',
   *   verify_token: process.env.WEBHOOK_VERIFY_TOKEN!,
   * });
   */
  updateWebhookOverride(params: PhoneNumberWebhookOverrideParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'PhoneNumber.updateWebhookOverride',
        method: 'POST',
        path: path`${this.id}`,
        retry: 'safe',
        params: {
          schema: PhoneNumberWebhookOverrideParams,
          value: params,
          in: 'body',
          toWire: (p) => ({ webhook_configuration: { override_callback_uri: p.override_callback_uri, verify_token: p.verify_token } }),
        },
        response: SuccessResponse,
        objectIds: [this.id],
      },
      options,
    );
  }

  /**
   * Removes this number's webhook override: its webhooks go to the WABA's override, or else the app's callback.
   *
   * Sends `override_callback_uri: ""` as Meta documents ([D-WHO]). Safe: idempotent.
   *
   * @example
   * await phone.removeWebhookOverride();
   */
  removeWebhookOverride(options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      {
        operation: 'PhoneNumber.removeWebhookOverride',
        method: 'POST',
        path: path`${this.id}`,
        retry: 'safe',
        params: { schema: NO_PARAMS, value: {}, in: 'body' },
        fixed: { webhook_configuration: { override_callback_uri: '' } },
        response: SuccessResponse,
        objectIds: [this.id],
      },
      options,
    );
  }

  /**
   * Reads the messaging throughput level: `STANDARD` (80 messages/s), `HIGH` (up to 1,000/s) or
   * `NOT_APPLICABLE` when not registered. `undefined` if Graph omits the field.
   *
   * Safe: a read, retried on transient failures.
   *
   * @example
   * const level = (await phone.throughput())?.level;
   */
  async throughput(options?: RequestOptions): Promise<PhoneNumberThroughput | undefined> {
    return (await this.retrieve({ fields: ['throughput'] }, options)).throughput;
  }

  /**
   * Reads whether the number can send messages, and if not, why — per layer (number, WABA, business, app).
   * `undefined` if Graph omits the field.
   *
   * Safe: a read, retried on transient failures.
   *
   * @example
   * const health = await phone.healthStatus();
   * if (health?.can_send_message === 'BLOCKED') console.error(health.entities?.flatMap((e) => e.errors ?? []));
   */
  async healthStatus(options?: RequestOptions): Promise<HealthStatus | undefined> {
    return (await this.retrieve({ fields: ['health_status'] }, options)).health_status;
  }
}
