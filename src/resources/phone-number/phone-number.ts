import { z } from 'zod/mini';
import type { WabaClient } from '../../client.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { PhoneNumberId } from '../../schemas/ids.js';
import { PhoneNumberInfo, type PhoneNumberField } from '../../schemas/phone-number-info.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import { joinFields } from '../fields.js';
import {
  PhoneNumberRegisterParams,
  PhoneNumberRetrieveParams,
  type PhoneNumberInfoWith,
} from './schemas.js';

const NO_PARAMS = z.strictObject({});
const RECONCILE_STATUS = "Read the number's state with phone.retrieve({ fields: ['status', 'platform_type'] }) before calling again.";

/**
 * One business phone number, bound to its id: `client.phoneNumber(id)`.
 *
 * @example
 * const phone = client.phoneNumber('106540352242922');
 * const { status } = await phone.retrieve({ fields: ['status'] });
 */
export class PhoneNumber extends APIResource {
  /** The phone number id (not the phone number itself). */
  readonly id: string;

  /**
   * @internal
   * @throws {ValidationError} when `id` is not a numeric Graph id (e.g. a phone number was passed by mistake).
   */
  constructor(client: WabaClient, id: string) {
    super(client);
    this.id = parseOrThrow(PhoneNumberId, id, 'request', { subject: 'phone number id' });
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
      {
        operation: 'PhoneNumber.register',
        method: 'POST',
        path: path`${this.id}/register`,
        retry: 'never',
        params: { schema: PhoneNumberRegisterParams, value: params, in: 'body' },
        fixed: { messaging_product: 'whatsapp' },
        response: SuccessResponse,
        objectIds: [this.id],
        registration: { phoneNumberId: this.id, action: 'register' },
        reconcileHint: RECONCILE_STATUS,
      },
      options,
    );
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
      {
        operation: 'PhoneNumber.deregister',
        method: 'POST',
        path: path`${this.id}/deregister`,
        retry: 'never',
        params: { schema: NO_PARAMS, value: {}, in: 'body' },
        response: SuccessResponse,
        objectIds: [this.id],
        registration: { phoneNumberId: this.id, action: 'deregister' },
        reconcileHint: RECONCILE_STATUS,
      },
      options,
    );
  }
}
