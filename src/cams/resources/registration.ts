import * as z from 'zod/mini';
import { defineOperation } from '../../operations/define.js';
import { DEREGISTER, REGISTER, VERIFY_AND_REGISTER } from '../../operations/identities.js';
import { parseOrThrow } from '../../internal/validate.js';
import { VerificationCode } from '../../schemas/pin.js';
import { camsSpec } from '../core/cams-spec.js';
import type { CamsRequestOptions } from '../core/options.js';
import { CamsPhoneDigits } from '../core/params.js';
import { CamsResource, type CamsRequester } from './resource.js';
import { NoPayload, type CamsSuccess } from './no-payload.js';

const RECONCILE = 'Read phone.retrieve() (GetPhoneNumberVerificationStatus and the number list) before calling again.';
const NO_PIN = 'CAMS manages the two-step PIN: register takes no pin (contract §5)';
const NO_REGION = 'CAMS has no local-storage region (contract §5)';

/** Params of CAMS `register()`: none. A PIN or a region is a ValidationError, nothing sent (contract §5–§6). */
export const CamsRegisterParams = z.strictObject({
  pin: z.optional(z.never(NO_PIN)),
  data_localization_region: z.optional(z.never(NO_REGION)),
});
/** Params of CAMS `verifyAndRegister()`: the code only (no PIN, no region). */
export const CamsVerifyAndRegisterParams = z.strictObject({
  code: VerificationCode,
  pin: z.optional(z.never(NO_PIN)),
  data_localization_region: z.optional(z.never(NO_REGION)),
});
export type CamsVerifyAndRegisterParams = { readonly code: string };

// The register family with CAMS's params (the shared identity, operations/identities.ts): Graph's PIN and region
// schemas stay out of a CAMS handler's bundle (issue #12).
const register = defineOperation({ ...REGISTER, params: CamsRegisterParams });
const verifyAndRegister = defineOperation({ ...VERIFY_AND_REGISTER, params: CamsVerifyAndRegisterParams });
const deregister = defineOperation({ ...DEREGISTER, params: z.strictObject({}) });

/**
 * Registering and deregistering a CAMS business number — only that, so a serverless handler that registers
 * bundles neither `retrieve()` and its two reads nor the health check. Graph's `Registration` under the same
 * method and param names.
 *
 * The one implementation of `register`, `verifyAndRegister` and `deregister` on CAMS: {@link CamsPhoneNumberCore}
 * and {@link CamsPhoneNumber} delegate to it, so the same call sends the same signed request, with the same guard,
 * on either. Construct it on a {@link CamsCore} (or any CAMS client); constructing it makes no request. Every method
 * is never retried and counted by the client's registration guard under `cams:<digits>` (Meta's 10 per number per
 * 72 h applies behind CAMS).
 *
 * @throws {ValidationError} when `phone` is not 8–15 digits (from the constructor).
 *
 * @example
 * import { CamsCore, CamsRegistration } from 'wabakit/cams';
 *
 * const core = new CamsCore({ accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID!, accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET!, custSpaceId: 'cams-abc123' });
 * await new CamsRegistration(core, '+65 8123 4567').verifyAndRegister({ code: '004821' });
 */
export class CamsRegistration extends CamsResource {
  readonly #digits: string;

  /**
   * @param client the client whose pipeline runs every call: a `CamsCore` or a `CamsClient`.
   * @param phone the number's digits, `'+65 8123 4567'` or `'6581234567'`.
   * @throws {ValidationError} when `phone` is not 8–15 digits (a leading `+`, spaces and dashes are allowed).
   */
  constructor(client: CamsRequester, phone: string) {
    super(client);
    this.#digits = parseOrThrow(CamsPhoneDigits, phone, 'request', { subject: 'CAMS phone number' });
  }

  /**
   * Registers a verified number (`ChatappPhoneNumberRegister`), e.g. after a deregister. For a new number use
   * {@link CamsRegistration.verifyAndRegister}.
   *
   * Takes no params: CAMS has no PIN and no region — passing either is a `ValidationError`, nothing sent. Never
   * retried; counted by the registration guard under `cams:<digits>` (Meta's 10 per 72 h applies behind CAMS).
   *
   * @throws {ValidationError} for a `pin` or `data_localization_region` (nothing sent).
   * @throws {RegistrationQuotaError} when the guard refuses (nothing sent) · `RegistrationRateLimitError`
   *   when Meta's 133016 comes back · `OutcomeUnknownError` when the answer was lost.
   * @example
   * await registration.register();
   */
  register(params: Record<string, never> = {}, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(register, params, {
        action: 'ChatappPhoneNumberRegister',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: NoPayload,
        result: () => ({ success: true }),
        registrationKey: `cams:${this.#digits}`,
        reconcileHint: RECONCILE,
      }),
      options,
    );
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
   * await registration.verifyAndRegister({ code: '004821' });
   */
  verifyAndRegister(params: CamsVerifyAndRegisterParams, options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(verifyAndRegister, params, {
        action: 'ChatappVerifyAndRegister',
        toWire: (p) => ({ PhoneNumber: this.#digits, VerifyCode: p.code }),
        formParams: ['VerifyCode'],
        response: NoPayload,
        result: () => ({ success: true }),
        registrationKey: `cams:${this.#digits}`,
        reconcileHint: RECONCILE,
      }),
      options,
    );
  }

  /**
   * Deregisters ("disconnects") the number (`ChatappPhoneNumberDeregister`). Never retried; counted by the
   * registration guard.
   *
   * @throws {RegistrationQuotaError} · `APIError` · `OutcomeUnknownError`.
   * @example
   * await registration.deregister();
   */
  deregister(options?: CamsRequestOptions): Promise<CamsSuccess> {
    return this._client.request(
      camsSpec(deregister, {}, {
        action: 'ChatappPhoneNumberDeregister',
        toWire: () => ({ PhoneNumber: this.#digits }),
        response: NoPayload,
        result: () => ({ success: true }),
        registrationKey: `cams:${this.#digits}`,
        reconcileHint: RECONCILE,
      }),
      options,
    );
  }
}
