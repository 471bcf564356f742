import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { REQUEST_CODE } from '../../operations/identities.js';
import type { VerificationRequestCodeParams } from '../../resources/verification/schemas.js';
import { Language } from '../../schemas/locale.js';
import { oneOf } from '../../schemas/one-of.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './no-payload.js';
import { markUnsupported } from './unsupported.js';

/**
 * Graph's `VerificationRequestCodeParams`, checked with the same rules, messages and issues, with `code_method`
 * through `oneOf` rather than `z.enum`: a CAMS handler needs no other enum, and leaves zod's enum kind out (issue #12;
 * test/schemas/one-of.test.ts compares the two). @internal
 */
export const CamsRequestCodeParams = z.strictObject({
  code_method: oneOf(['SMS', 'VOICE'], 'code_method must be "SMS" or "VOICE"'),
  language: Language,
});
const requestCode = defineOperation({ ...REQUEST_CODE, params: CamsRequestCodeParams });

const RECONCILE =
  'Read phone.retrieve() (GetPhoneNumberVerificationStatus): VERIFIED means a code was accepted; otherwise wait for the SMS or call before requesting another code.';

/**
 * Asking for the ownership code on CAMS: `client.phoneNumber('+65 8123 4567').verification`.
 *
 * CAMS has no separate "verify" call: it verifies and registers in one (`phone.verifyAndRegister({ code })`).
 *
 * @example
 * await client.phoneNumber('+65 8123 4567').verification.requestCode({ code_method: 'SMS', language: 'en_US' });
 */
export class CamsVerification extends CamsResource {
  readonly #digits: string;

  /** @internal */
  constructor(client: CamsRequester, digits: string) {
    super(client);
    this.#digits = digits;
  }

  /**
   * Asks Meta, through CAMS, to send a verification code by SMS or voice call (`GetChatappVerifyCode`).
   *
   * Same params as on Graph (`code_method` `SMS`/`VOICE`, sent as CAMS's lowercase `sms`/`voice`; contract §7 #2).
   * Never retried: each attempt sends a new code. A lost answer gives an `OutcomeUnknownError`.
   *
   * @throws {ValidationError} for an unknown method or a malformed language (nothing sent).
   * @throws {APIError} mapped CAMS errors · `OutcomeUnknownError` when the answer was lost.
   * @example
   * await phone.verification.requestCode({ code_method: 'VOICE', language: 'en_US' });
   */
  requestCode(params: VerificationRequestCodeParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(requestCode, params, {
        action: 'GetChatappVerifyCode',
        toWire: (p) => ({ PhoneNumber: this.#digits, Method: p.code_method.toLowerCase(), Locale: p.language }),
        response: NoPayload,
        result: () => ({ success: true }),
        reconcileHint: RECONCILE,
      }),
      options,
    );
  }
}

markUnsupported(CamsVerification, 'Verification', {
  methods: { verifyCode: 'CAMS verifies and registers in one call; use phone.verifyAndRegister({ code })' },
});
