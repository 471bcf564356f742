// Handler "verify code + register" (client + PhoneNumber + Verification): submits the code the customer
// received, then registers the number with its PIN — the issue #12 handler (≤ 30 kB gzip target).
import { WabaClient } from '../../dist/index.js';

export async function handler(event) {
  const client = new WabaClient({ accessToken: event.token });
  const phone = client.phoneNumber(event.phoneNumberId);
  await phone.verification.verifyCode({ code: event.code });
  return phone.register({ pin: event.pin });
}
