// Handler "verify code + register" on the default `WabaClient`: a regression guard in `.size-limit.cjs`; #12's
// target applies to `verify-register.mjs` (WabaCore + Verification + Registration).
import { WabaClient } from '../../dist/index.js';

export async function handler(event) {
  const client = new WabaClient({ accessToken: event.token });
  const phone = client.phoneNumber(event.phoneNumberId);
  await phone.verification.verifyCode({ code: event.code });
  return phone.register({ pin: event.pin });
}
