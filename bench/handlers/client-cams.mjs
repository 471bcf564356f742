// Handler "CAMS" on the default `CamsClient` (every resource getter): a regression guard in `.size-limit.cjs`;
// #12's target applies to `cams.mjs` (CamsCore). Measured once `dist/cams.js` exists (bench/lib/entries.cjs).
import { CamsClient } from '../../dist/cams.js';

export async function handler(event) {
  const client = new CamsClient({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    custSpaceId: event.custSpaceId,
  });
  const phone = client.phoneNumber(event.phone);
  if (event.code === undefined) return phone.verification.requestCode({ code_method: 'SMS', language: 'en_US' });
  return phone.verifyAndRegister({ code: event.code });
}
