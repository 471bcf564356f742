import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { graphSpec } from '../../core/graph-spec.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { deregister as deregisterOp, register as registerOp } from '../../operations/phone-number.js';
import { PhoneNumberId } from '../../schemas/ids.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import { Verification } from '../verification/verification.js';
import { VerifyAndRegisterParams, type PhoneNumberRegisterParams } from './schemas.js';

const RECONCILE_STATUS = "Read the number's state with phone.retrieve({ fields: ['status', 'platform_type'] }) before calling again.";

/**
 * Registering and deregistering a business phone number for Cloud API use — only that, so a serverless handler
 * that registers bundles neither `retrieve()` and its 31-field schema nor the PIN, display-name and webhook methods.
 *
 * The one implementation of `register`, `deregister` and `verifyAndRegister`: {@link PhoneNumberCore} and
 * {@link PhoneNumber} delegate to it, so the same call sends the same request, with the same guard, on either.
 * Construct it on a {@link WabaCore} (or any client); constructing it makes no request. Every method is never
 * retried and counted by the client's registration guard (Meta's 10 per number per 72 h).
 *
 * @throws {ValidationError} when `phoneNumberId` is not a numeric Graph id (from the constructor).
 *
 * @example
 * import { Registration, WabaCore } from 'wabakit';
 *
 * const core = new WabaCore({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN! });
 * await new Registration(core, '106540352242922').verifyAndRegister({ code: '004821', pin: '012345' });
 */
export class Registration extends APIResource {
  readonly #phoneNumberId: string;

  /**
   * @param client the client whose pipeline runs every call: a `WabaCore` or a `WabaClient`.
   * @param phoneNumberId the phone number id (the Graph id, not the phone number).
   * @throws {ValidationError} when `phoneNumberId` is not a numeric Graph id (e.g. a phone number was passed by mistake).
   */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = parseOrThrow(PhoneNumberId, phoneNumberId, 'request', { subject: 'phone number id' });
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
   * await registration.register({ pin: '012345', data_localization_region: 'SG' });
   */
  register(params: PhoneNumberRegisterParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      graphSpec(registerOp, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/register`,
        in: 'body',
        fixed: { messaging_product: 'whatsapp' },
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
        registrationKey: this.#phoneNumberId,
        reconcileHint: RECONCILE_STATUS,
      }),
      options,
    );
  }

  /**
   * Verifies the code Meta sent and then registers the number — the fused step under a name that says it
   * registers (CAMS does both in one call; here it is {@link Verification.verifyCode}, then
   * {@link Registration.register}).
   *
   * Both params are checked before anything is sent. Neither call is retried; the register half is counted by the
   * registration guard like any register. If verification succeeds and register fails, the number stays
   * verified (14 days): call `register()` alone to finish.
   *
   * @throws {ValidationError} for a malformed code, PIN or region (nothing sent).
   * @throws {APIError} 136025 for a wrong code (register not attempted) · {@link RegistrationQuotaError} ·
   *   {@link PinMismatchError} · {@link OutcomeUnknownError} as `verifyCode` / `register`.
   * @example
   * await registration.verifyAndRegister({ code: '004821', pin: '012345' });
   */
  async verifyAndRegister(params: VerifyAndRegisterParams, options?: RequestOptions): Promise<SuccessResponse> {
    const { code, ...register } = parseOrThrow(VerifyAndRegisterParams, params, 'request', { subject: 'PhoneNumber.verifyAndRegister params' });
    // A Verification of its own, not `phone.verification`: this module must not import the sub-resource getters.
    await new Verification(this._client, this.#phoneNumberId).verifyCode({ code }, options);
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
   * await registration.deregister();
   */
  deregister(options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      graphSpec(deregisterOp, {}, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/deregister`,
        in: 'body',
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
        registrationKey: this.#phoneNumberId,
        reconcileHint: RECONCILE_STATUS,
      }),
      options,
    );
  }
}
