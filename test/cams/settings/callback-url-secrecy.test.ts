/**
 * Callback URLs often carry a secret path segment (CAMS signs nothing it pushes, docs/providers.md): the SDK keeps
 * them out of the request URL, and neither a debug log line nor an error of a failed call repeats them.
 */
import { HttpResponse } from 'msw';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureLogger } from '../../helpers/client.js';
import { camsOk, makeCamsClient, DIGITS, useCams } from '../helpers/cams.js';

describe('callback URLs stay out of URLs, logs and errors', () => {
  it('for any secret path segment, on success and on a CAMS error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/), fc.boolean(), async (token, fail) => {
        const sent = useCams(() =>
          fail ? HttpResponse.json({ RequestId: 'R', Code: 'InvalidParameter', Message: 'bad callback' }, { status: 400 }) : camsOk(),
        );
        const logger = captureLogger();
        const client = makeCamsClient({ logger, logLevel: 'debug' });
        const url = `https://hooks.luckyshrub.com/cams/${token}`;
        const outcome = await client
          .phoneNumber(DIGITS)
          .webhook.update({ status_callback_url: url, inbound_callback_url: `${url}/in`, http: true })
          .then(
            () => '',
            (e: unknown) => `${String(e)} ${JSON.stringify(e)}`,
          );
        expect(sent[0]!.bodyParams['StatusCallbackUrl']).toBe(url);
        expect(sent[0]!.url).not.toContain(token);
        expect(logger.lines.length).toBeGreaterThan(0);
        expect(logger.lines.join('\n')).not.toContain(token);
        expect(outcome).not.toContain(token);
        expect(outcome === '').toBe(!fail);
      }),
      { numRuns: 20 },
    );
  });
});
