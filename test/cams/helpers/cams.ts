/**
 * Test stand-in for `cams.ap-southeast-1.aliyuncs.com`: an msw handler that checks every request's ACS3 signature
 * with the independent verifier (so a test cannot pass on an unsigned or mis-signed request) and records what was
 * sent, plus a client factory with retries, guards and the QPS limiter off unless a test is about them.
 */
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { CamsClient } from '../../../src/cams/client.js';
import type { CamsClientOptions } from '../../../src/cams/core/options.js';
import { silentLogger } from '../../helpers/client.js';
import { server } from '../../helpers/server.js';
import { verifyAcs3, type Acs3VerifyOk } from './acs3-verifier.js';

export const CAMS_ENDPOINT = 'https://cams.ap-southeast-1.aliyuncs.com';
export const AK_ID = 'LTAI5tTestKeyId0001';
export const AK_SECRET = 'TestSecretValueForCams0123456789abcd';
export const SPACE = 'cams-test0001';
export const DIGITS = '6581234567';

/** What one CAMS request carried, after the signature was verified. */
export interface CamsSent extends Acs3VerifyOk {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly rawBody: string;
}

/** The envelope of a successful answer with `payload` merged in. */
export function camsOk(payload: Record<string, unknown> = {}): Record<string, unknown> {
  return { RequestId: 'B7F2A1C3-0000-4C6B-9D1E-TESTREQUEST01', Code: 'OK', Message: 'SUCCESS', Success: true, ...payload };
}

/**
 * Answers every CAMS request: verifies it (a failed check is answered like the gateway, so the test sees an
 * authentication error), records it, and replies with `answer(sent)` — a body for HTTP 200, or a Response.
 */
export function useCams(
  answer: (sent: CamsSent) => JsonBodyType | Response | Promise<Response> = () => camsOk(),
  secrets: Record<string, string> = { [AK_ID]: AK_SECRET },
  options: { securityTokens?: (id: string) => string | undefined } = {},
): CamsSent[] {
  const sent: CamsSent[] = [];
  const seenNonces = new Set<string>();
  server.use(
    http.all(`${CAMS_ENDPOINT}/*`, async ({ request }) => {
      const rawBody = await request.clone().text();
      const result = await verifyAcs3(request, (id) => secrets[id], { seenNonces, ...options });
      if (!result.ok) return HttpResponse.json({ RequestId: 'R-verify', Code: result.code, Message: result.message }, { status: result.status });
      const record: CamsSent = { ...result, url: request.url, headers: Object.fromEntries(request.headers.entries()), rawBody };
      sent.push(record);
      const reply = await answer(record);
      return reply instanceof Response ? reply : HttpResponse.json(reply);
    }),
  );
  return sent;
}

/** A CAMS client for tests: no retries, no guards, no QPS limiter, silent logger, a default channel. */
export function makeCamsClient(overrides: Partial<CamsClientOptions> = {}): CamsClient {
  return new CamsClient({
    accessKeyId: AK_ID,
    accessKeySecret: AK_SECRET,
    custSpaceId: SPACE,
    maxRetries: 0,
    registrationGuard: false,
    qpsLimit: false,
    logger: silentLogger,
    ...overrides,
  } as CamsClientOptions);
}
