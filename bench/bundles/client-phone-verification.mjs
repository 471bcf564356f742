// Size bundle "client + PhoneNumber + Verification": what a handler that reads a number and asks for a
// verification code ships. Through a namespace import so that a missing export (Verification not written yet)
// is `undefined` rather than a build error; the resource classes come in through `client.phoneNumber()`.
import * as wabakit from '../../dist/index.js';

export async function handler(event) {
  const client = new wabakit.WabaClient({ accessToken: event.token });
  const phone = client.phoneNumber(event.phoneNumberId);
  const number = await phone.retrieve({ fields: ['status', 'code_verification_status'] });
  if (number.code_verification_status !== 'VERIFIED' && phone.verification?.requestCode) {
    await phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
  }
  return number;
}
