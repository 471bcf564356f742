import { apiErrorInit, InvalidRequestError } from '../../errors/api-error.js';
import { isInvalidRequestError } from '../../errors/guards.js';
import { isErrorKind, nameError } from '../../errors/whatsapp-error.js';

/**
 * The Embedded Signup code could not be exchanged because it expired or was already used (Graph #100, subcode
 * 36007 "expired" / 36009 "has been used").
 *
 * The code from `FB.login` is single-use and lives about **30 seconds** (contract §4.3, §6): send it to your
 * server and exchange it at once, exactly once. There is no retry — the business must go through signup again
 * (or your frontend must get a fresh code). A second exchange of the same code (a retried webhook, a double
 * click) also lands here.
 *
 * @example
 * try {
 *   await client.embeddedSignup.exchangeCode({ appId, appSecret, code });
 * } catch (error) {
 *   if (isEmbeddedSignupCodeExpiredError(error)) return res.status(409).send('Signup expired, please try again');
 *   throw error;
 * }
 */
export class EmbeddedSignupCodeExpiredError extends InvalidRequestError {
  declare readonly name: 'EmbeddedSignupCodeExpiredError';
}
nameError(EmbeddedSignupCodeExpiredError, 'EmbeddedSignupCodeExpiredError');

/**
 * True when an Embedded Signup code was expired or already used. Works across realms.
 *
 * @example
 * if (isEmbeddedSignupCodeExpiredError(error)) askUserToRestartSignup();
 */
export function isEmbeddedSignupCodeExpiredError(value: unknown): value is EmbeddedSignupCodeExpiredError {
  return isErrorKind(value, 'EmbeddedSignupCodeExpiredError');
}

// Graph's OAuth answers: "This authorization code has expired." (subcode 36007) and "This authorization code has
// been used." (subcode 36009); subcodes are matched first, the wording only as a fallback.
const CODE_GONE_SUBCODES = new Set([36007, 36009]);
const CODE_GONE_TEXT = /authorization code has (?:expired|been used)|code (?:has )?expired|code has been used/i;

/**
 * The typed error for an expired/used code, or the error unchanged. The new error keeps every field (status,
 * code, subcode, fbtraceId…) and Meta's text, already redacted by the pipeline. @internal
 */
export function refineCodeError(error: unknown): unknown {
  if (!isInvalidRequestError(error) || error.code !== 100) return error;
  const gone =
    (error.subcode !== undefined && CODE_GONE_SUBCODES.has(error.subcode)) ||
    CODE_GONE_TEXT.test(`${error.message} ${error.details ?? ''}`);
  if (!gone) return error;
  const meta = error.message.replace(/^\(#100\)\s*/, '');
  return new EmbeddedSignupCodeExpiredError({
    ...apiErrorInit(error),
    retryAdvice: 'user-action',
    message:
      `(#100) The Embedded Signup code expired or was already used: codes are single-use and live about 30 seconds, ` +
      `so exchange each code once, right after the browser receives it, and restart signup for a new one. Graph said: ${meta}`,
  });
}

