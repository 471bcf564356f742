// Handler "CAMS" on `CamsPhoneNumberCore` instead of `CamsRegistration`: reported only (no #12 target), to show what
// a used class costs — CamsPhoneNumberCore keeps retrieve (two reads), health and the unsupported-method stubs
// although the handler calls one method (cams.mjs). Measured once `dist/cams.js` exists (bench/lib/entries.cjs).
import { CamsCore, CamsPhoneNumberCore, CamsVerification } from '../../dist/cams.js';

export async function handler(event) {
  const core = new CamsCore({
    accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    custSpaceId: event.custSpaceId,
  });
  if (event.code === undefined) return new CamsVerification(core, event.phone).requestCode({ code_method: 'SMS', language: 'en_US' });
  return new CamsPhoneNumberCore(core, event.phone).verifyAndRegister({ code: event.code });
}
