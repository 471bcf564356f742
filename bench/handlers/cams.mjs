// Handler "CAMS": asks Alibaba Cloud CAMS for a verification code, or — when the event carries the code — verifies
// it and registers the number in one call (`verifyAndRegister`). Measured once `dist/cams.js` exists
// (bench/lib/entries.cjs); #12's target is ≤ 30 kB gzip like the Graph handlers.
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
