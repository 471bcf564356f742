import type { GraphRequester } from '../../core/requester.js';
import type { RequestOptions } from '../../core/options.js';
import { graphSpec } from '../../core/graph-spec.js';
import { path } from '../../internal/path.js';
import { requestCode, verifyCode } from '../../operations/verification.js';
import { SuccessResponse } from '../../schemas/graph.js';
import { APIResource } from '../resource.js';
import type { VerificationRequestCodeParams, VerificationVerifyCodeParams } from './schemas.js';

const RECONCILE =
  "Read phone.retrieve({ fields: ['code_verification_status'] }): VERIFIED means the code was accepted; otherwise wait for the SMS or call before requesting another code.";

/**
 * Proving ownership of a phone number with a code sent by SMS or voice call: `client.phoneNumber(id).verification`.
 *
 * Needed before registering a number that was just added or migrated, or after `VerificationRequiredError`
 * (133006). A `VERIFIED` status lasts 14 days.
 *
 * @example
 * const phone = client.phoneNumber('106540352242922');
 * await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
 * await phone.verification.verifyCode({ code: '004821' }); // the code the SMS carried
 */
export class Verification extends APIResource {
  readonly #phoneNumberId: string;

  /** @internal */
  constructor(client: GraphRequester, phoneNumberId: string) {
    super(client);
    this.#phoneNumberId = phoneNumberId;
  }

  /**
   * Asks Meta to send a verification code to the number, by SMS or voice call.
   *
   * Never retried: each attempt sends a new code and counts toward Meta's attempt limits. Sent as a JSON body
   * (the docs' query form is accepted too; a body keeps the request out of access logs). If the answer is lost
   * you get an `OutcomeUnknownError`: wait for the message, or read `code_verification_status`, before asking
   * again.
   *
   * @throws {ValidationError} for a method other than `SMS`/`VOICE` or a malformed language (nothing sent).
   * @throws {RateLimitError} when Meta refuses more codes for now · {@link InvalidRequestError} for a number that
   *   cannot receive codes · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * await phone.verification.requestCode({ code_method: 'VOICE', language: 'pt_BR' });
   */
  requestCode(params: VerificationRequestCodeParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      graphSpec(requestCode, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/request_code`,
        in: 'body',
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
        reconcileHint: RECONCILE,
      }),
      options,
    );
  }

  /**
   * Submits the code Meta sent; on success `code_verification_status` becomes `VERIFIED` (for 14 days) and the
   * number can be registered.
   *
   * Never retried: a wrong or repeated guess counts toward Meta's attempt limits. The code travels only in
   * the JSON body and is redacted from every log line and error.
   *
   * @throws {ValidationError} when the code is not six ASCII digits as a string (nothing sent).
   * @throws {APIError} code 136025 for a wrong or expired code · {@link OutcomeUnknownError} when the answer was lost.
   * @example
   * const { success } = await phone.verification.verifyCode({ code: '004821' });
   */
  verifyCode(params: VerificationVerifyCodeParams, options?: RequestOptions): Promise<SuccessResponse> {
    return this._client.request(
      graphSpec(verifyCode, params, {
        method: 'POST',
        path: path`${this.#phoneNumberId}/verify_code`,
        in: 'body',
        response: SuccessResponse,
        objectIds: [this.#phoneNumberId],
        reconcileHint: RECONCILE,
      }),
      options,
    );
  }
}
