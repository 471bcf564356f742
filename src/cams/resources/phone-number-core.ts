import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { parseOrThrow } from '../../internal/validate.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsPhoneDigits } from '../core/params.js';
import { CamsResource, type CamsRequester } from './resource.js';
import {
  CamsHealth,
  CamsNumberList,
  CamsVerificationStatus,
  toHealthStatus,
  toPhoneNumberInfo,
  type CamsHealthStatus,
  type CamsPhoneNumberInfo,
} from './schemas.js';
import { markUnsupported } from './unsupported.js';

// Moved to the registration module with the methods they check (issue #12); re-exported from their old path.
export { CamsRegisterParams, CamsVerifyAndRegisterParams } from './registration.js';

const readStatus = defineOperation({ name: 'PhoneNumber.retrieve', retry: 'safe', params: z.strictObject({}) });
const readHealth = defineOperation({ name: 'PhoneNumber.healthStatus', retry: 'safe', params: z.strictObject({}) });

/**
 * A CAMS business number's own reads — retrieve, health — without the sub-resources of {@link CamsPhoneNumber}
 * and without registration, so a serverless handler bundles only these.
 *
 * Construct it on a {@link CamsCore} (or any CAMS client); `client.phoneNumber(phone)` returns the full
 * `CamsPhoneNumber`, which extends this class. Same method names and params as Graph's `PhoneNumberCore` where CAMS
 * has the operation; `setPin` and `requestDisplayNameChange` are absent (contract §5). Constructing it makes no
 * request. Registering is {@link CamsRegistration}'s (`register`, `verifyAndRegister`, `deregister`);
 * `CamsPhoneNumber` has those three too, delegating to it (same signed requests, same guard).
 *
 * @throws {ValidationError} when `phone` is not 8–15 digits (from the constructor).
 *
 * @example
 * import { CamsCore, CamsPhoneNumberCore } from 'wabakit/cams';
 *
 * const core = new CamsCore({ accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID!, accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET!, custSpaceId: 'cams-abc123' });
 * const { status } = await new CamsPhoneNumberCore(core, '+65 8123 4567').retrieve();
 */
export class CamsPhoneNumberCore extends CamsResource {
  /** The number as CAMS keys it: country code + national number, digits only (`6581234567`). */
  readonly phoneNumber: string;

  /**
   * @param client the client whose pipeline runs every call: a `CamsCore` or a `CamsClient`.
   * @param phone the number's digits, `'+65 8123 4567'` or `'6581234567'`.
   * @throws {ValidationError} when `phone` is not 8–15 digits (a leading `+`, spaces and dashes are allowed).
   */
  constructor(client: CamsRequester, phone: string) {
    super(client);
    this.phoneNumber = parseOrThrow(CamsPhoneDigits, phone, 'request', { subject: 'CAMS phone number' });
  }


  /**
   * Reads the number: status, code verification status, quality, messaging tier, display-name review and Meta's
   * phone number id when CAMS reports it — Graph's field names.
   *
   * Two safe reads (retried on transient failures): `GetPhoneNumberVerificationStatus` (the only source of the id,
   * contract §4.2) and `QueryChatappPhoneNumbers` (the rest; CAMS has no single-number read). Fields the list does
   * not have for this number are absent.
   *
   * @throws {APIError} mapped CAMS errors, e.g. for a number not bound to the channel.
   * @example
   * const { status, code_verification_status, id } = await phone.retrieve();
   */
  async retrieve(options?: CamsRequestOptions): Promise<CamsPhoneNumberInfo> {
    const [verification, list] = await Promise.all([
      this._client.request(
        camsSpec(readStatus, {}, {
          action: 'GetPhoneNumberVerificationStatus',
          toWire: () => ({ PhoneNumber: this.phoneNumber }),
          response: CamsVerificationStatus,
          result: (data) => data,
        }),
        options,
      ),
      this._client.request(
        camsSpec(readStatus, {}, {
          action: 'QueryChatappPhoneNumbers',
          custSpaceId: 'optional',
          toWire: () => ({}),
          unwrap: (body) => body['PhoneNumbers'],
          response: CamsNumberList,
          result: (numbers) => numbers ?? [],
        }),
        options,
      ),
    ]);
    const entry = list.find((item) => item.PhoneNumber?.replace(/\D/g, '') === this.phoneNumber);
    return toPhoneNumberInfo(this.phoneNumber, entry, verification);
  }


  /**
   * Reads whether the number can send, and why not, in Graph's `health_status` shape (`GetWhatsappHealthStatus`,
   * `NodeType=phone`). Safe: retried on transient failures. CAMS calls Meta for it; Meta's limits apply (QPS 5).
   *
   * @example
   * const { can_send_message, entities } = await phone.healthStatus();
   */
  healthStatus(options?: CamsRequestOptions): Promise<CamsHealthStatus> {
    return this._client.request(
      camsSpec(readHealth, {}, {
        action: 'GetWhatsappHealthStatus',
        toWire: () => ({ NodeType: 'phone', PhoneNumber: this.phoneNumber }),
        response: CamsHealth,
        result: toHealthStatus,
      }),
      options,
    );
  }
}

markUnsupported(CamsPhoneNumberCore, 'PhoneNumber', {
  methods: {
    setPin: 'CAMS has no two-step PIN operation (contract §5)',
    requestDisplayNameChange: 'CAMS has no display-name change operation; only NewNameStatus is readable (contract §5)',
  },
});
