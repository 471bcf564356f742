// Handler "retrieve()" on the default `WabaClient` (every resource getter): what a handler costs when it does not
// use the core client. A regression guard in `.size-limit.cjs`; #12's target applies to `retrieve.mjs` (WabaCore).
import { WabaClient } from '../../dist/index.js';

export async function handler(event) {
  const client = new WabaClient({ accessToken: event.token });
  return client.phoneNumber(event.phoneNumberId).retrieve({ fields: ['status', 'quality_rating', 'code_verification_status'] });
}
