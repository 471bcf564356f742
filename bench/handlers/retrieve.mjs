// Handler "retrieve()": a serverless function that reads one phone number with the default client. One of the
// per-handler bundles of issue #12 (≤ 30 kB gzip target); its size budget lives in `.size-limit.cjs`.
import { WabaClient } from '../../dist/index.js';

export async function handler(event) {
  const client = new WabaClient({ accessToken: event.token });
  return client.phoneNumber(event.phoneNumberId).retrieve({ fields: ['status', 'quality_rating', 'code_verification_status'] });
}
