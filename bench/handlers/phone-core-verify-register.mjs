// Handler "verify code + register" on `PhoneNumberCore` instead of `Registration`: reported only (no #12 target),
// to show what a used class costs — PhoneNumberCore keeps every method of a number (retrieve and its 31-field
// schema, PIN, display name, webhook override…) although the handler calls one (verify-register.mjs).
import { PhoneNumberCore, Verification, WabaCore } from '../../dist/index.js';

export async function handler(event) {
  const core = new WabaCore({ accessToken: event.token });
  await new Verification(core, event.phoneNumberId).verifyCode({ code: event.code });
  return new PhoneNumberCore(core, event.phoneNumberId).register({ pin: event.pin });
}
