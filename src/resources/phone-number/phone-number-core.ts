import * as z from 'zod/mini';
import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { path } from '../../internal/path.js';
import { parseOrThrow } from '../../internal/validate.js';
import { PhoneNumberId } from '../../schemas/ids.js';
import { PhoneNumberInfo, type HealthStatus, type PhoneNumberField } from '../../schemas/phone-number-info.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import { joinFields } from '../fields.js';
import {
  DISPLAY_NAME_STATUS_FIELDS,
  PhoneNumberDisplayNameChangeParams,
  PhoneNumberRetrieveParams,
  PhoneNumberSetPinParams,
  PhoneNumberWebhookOverrideParams,
  type DisplayNameStatus,
  type PhoneNumberInfoWith,
  type PhoneNumberThroughput,
} from './schemas.js';

const NO_PARAMS = z.strictObject({});

/**
 * A business phone number's own reads and settings — retrieve, PIN, display name, webhook override, throughput,
 * health — without the sub-resources of {@link PhoneNumber} and without registration, so a serverless handler
 * bundles only these.
 *
 * Construct it on a {@link WabaCore} (or any client); `client.phoneNumber(id)` returns the full `PhoneNumber`,
 * which extends this class. Constructing it makes no request. Registering is {@link Registration}'s (`register`,
 * `deregister`, `verifyAndRegister`); `PhoneNumber` has those three too, delegating to it. A used class keeps all
 * its methods, so each core class holds one concern (issue #12).
 *
 * @throws {ValidationError} when `id` is not a numeric Graph id (from the constructor).
 *
 * @example
 * import { PhoneNumberCore, WabaCore } from 'wabakit';
 *
 * const core = new WabaCore({ accessToken: process.env.WHATSAPP_ACCESS_TOKEN! });
 * const { status } = await new PhoneNumberCore(core, '106540352242922').retrieve({ fields: ['status'] });
 */
export class PhoneNumberCore extends APIResource {
  /** The phone number id (not the phone number itself). */
  readonly id: string;

  /**
   * @param client the client whose pipeline runs every call: a `WabaCore` or a `WabaClient`.
   * @param id the phone number id (the Graph id, not the phone number).
   * @throws {ValidationError} when `id` is not a numeric Graph id (e.g. a phone number was passed by mistake).
   */
  constructor(client: GraphRequester, id: string) {
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
