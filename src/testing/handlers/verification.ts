import type { OtpMessage, SimPhoneNumber } from '../state/types.js';
import { graphError, invalidParam } from '../wire/graph-error.js';
import { success, type EdgeRoutes, type HandlerContext, type HandlerResult } from '../pipeline/context.js';

/**
 * `POST /{phone}/request_code` and `/verify_code` (contract §3.3). A requested code lands in `sim.inbox`; only the
 * latest code is valid, and it stays valid until a new one is requested (the simulator's choice: Meta gives no
 * lifetime). `code_verification_status` stays NOT_VERIFIED until verify_code succeeds, then VERIFIED for 14 days.
 * A wrong code gets 136025 "Verify code error", the code listed on Meta's verify_code reference.
 * @internal
 */

const LANGUAGE = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;
const CODE = /^[0-9]{6}$/;

function requestCode(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const { params } = ctx;
  if (!params.has('code_method')) throw invalidParam('The parameter code_method is required', 'The parameter code_method is required');
  const method = params.oneOf('code_method', ['SMS', 'VOICE'] as const) ?? 'SMS';
  // Docs say `language`; Postman sends `locale` (§3.3) — accept either.
  const language = params.string('language') ?? params.string('locale');
  if (language === undefined || language === '') {
    throw invalidParam('The parameter language is required', 'The parameter language is required');
  }
  if (!LANGUAGE.test(language)) throw invalidParam('Param language must be a language code such as "en" or "en_US"');
  if (phone.status === 'MIGRATED') {
    throw graphError(136024, 'This phone number was migrated to another WhatsApp Business Account.');
  }
  const message: OtpMessage = {
    phoneNumberId: phone.id,
    method,
    code: ctx.random.codes.digits(6),
    language,
    at: ctx.now,
  };
  ctx.store.inbox.push(message);
  phone.pendingCode = message;
  return success();
}

function verifyCode(ctx: HandlerContext, phone: SimPhoneNumber): HandlerResult {
  const code = ctx.params.required('code');
  if (!CODE.test(code)) throw invalidParam('Param code must be a string of 6 digits');
  if (phone.pendingCode === undefined || phone.pendingCode.code !== code) {
    throw graphError(
      136025,
      "Code couldn't be verified, You have either entered the wrong code or the code has expired. Request a new code.",
    );
  }
  phone.pendingCode = undefined;
  phone.verifiedAt = ctx.now;
  return success();
}

/** @internal */
export const requestCodeRoutes: EdgeRoutes<SimPhoneNumber> = { POST: requestCode };
/** @internal */
export const verifyCodeRoutes: EdgeRoutes<SimPhoneNumber> = { POST: verifyCode };
