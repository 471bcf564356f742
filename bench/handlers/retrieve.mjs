// Handler "retrieve()": a serverless function that reads one phone number, written the way docs/serverless.md
// recommends — the core client and the one resource it calls. One of issue #12's handlers (≤ 30 kB gzip target);
// its size budget lives in `.size-limit.cjs`.
import { PhoneNumberCore, WabaCore } from '../../dist/index.js';

export async function handler(event) {
  const core = new WabaCore({ accessToken: event.token });
  return new PhoneNumberCore(core, event.phoneNumberId).retrieve({ fields: ['status', 'quality_rating', 'code_verification_status'] });
}
