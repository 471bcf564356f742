// Handler "CAMS": asks Alibaba Cloud CAMS for a verification code, or — when the event carries the code — verifies
// it and registers the number in one call (`verifyAndRegister`), on the core client with only the resources it
// calls (CamsVerification, CamsRegistration; docs/serverless.md). Measured once `dist/cams.js` exists
// (bench/lib/entries.cjs); #12's target is ≤ 30 kB gzip like the Graph handlers.
import { CamsCore, CamsRegistration, CamsVerification } from '../../dist/cams.js';

export async function handler(event) {
  const core = new CamsCore({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    custSpaceId: event.custSpaceId,
  });
  if (event.code === undefined) return new CamsVerification(core, event.phone).requestCode({ code_method: 'SMS', language: 'en_US' });
  return new CamsRegistration(core, event.phone).verifyAndRegister({ code: event.code });
}
