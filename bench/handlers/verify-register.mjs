// Handler "verify code + register": submits the code the customer received, then registers the number with its
// PIN — the issue #12 handler (≤ 30 kB gzip target), written the way docs/serverless.md recommends: the core client
// and only the two resources it calls (Verification, Registration).
import { Registration, Verification, WabaCore } from '../../dist/index.js';

export async function handler(event) {
  const core = new WabaCore({ accessToken: event.token });
  await new Verification(core, event.phoneNumberId).verifyCode({ code: event.code });
  return new Registration(core, event.phoneNumberId).register({ pin: event.pin });
}
