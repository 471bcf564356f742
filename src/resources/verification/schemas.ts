import * as z from 'zod/mini';
import { Language } from '../../schemas/locale.js';
import { VerificationCode } from '../../schemas/pin.js';

/**
 * How the verification code is delivered: by `SMS` or by a `VOICE` call (landlines: voice). Pre-verified
 * numbers also accept `IVR`, which this endpoint does not (contract §3.3).
 */
export const CodeMethod = z.enum(['SMS', 'VOICE'], 'code_method must be "SMS" or "VOICE"');
export type CodeMethod = z.infer<typeof CodeMethod>;

/**
 * Params of `phone.verification.requestCode` (contract §3.3).
 * - `code_method`: `SMS` or `VOICE`.
 * - `language`: language of the message carrying the code, `en` or `en_US` style (see `Language`).
 */
export const VerificationRequestCodeParams = z.strictObject({
  code_method: CodeMethod,
  language: Language,
});
export type VerificationRequestCodeParams = z.infer<typeof VerificationRequestCodeParams>;

/**
 * Params of `phone.verification.verifyCode` (contract §3.3): the six-digit code Meta sent, as a string
 * (leading zeros are kept). A secret: it never appears in a URL, a log line or an error.
 */
export const VerificationVerifyCodeParams = z.strictObject({ code: VerificationCode });
export type VerificationVerifyCodeParams = z.infer<typeof VerificationVerifyCodeParams>;
