// Handler "verify code + register" (client + PhoneNumber + Verification): submits the code the customer
// received, then registers the number with its PIN — the issue #12 handler (≤ 30 kB gzip target), on the core
// client with only the two resources it calls (docs/serverless.md).
import { PhoneNumberCore, Verification, WabaCore } from '../../dist/index.js';

export async function handler(event) {
  const core = new WabaCore({ accessToken: event.token });
  await new Verification(core, event.phoneNumberId).verifyCode({ code: event.code });
  return new PhoneNumberCore(core, event.phoneNumberId).register({ pin: event.pin });
}
