import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signAcs3, signPipelineRequest, type CamsCredentials, type PipelineSignInput } from '../../../src/cams/signing/acs3.js';
import { HmacKeyCache } from '../../../src/cams/signing/digest.js';
import { encodeFormBody } from '../../../src/cams/signing/encode.js';
import { isValidationError } from '../../../src/errors/guards.js';
import { action as camsAction, credentials as validCredentials, params } from './arbitraries.js';

const RUNS = 500;

// What the pipeline passes from outside (cams/core/request.ts): the endpoint's host, the spec's action and version, and
// whatever a credentials provider answered. Valid values most of the time, and every shape the checks refuse.
const host = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('cams.ap-southeast-1.aliyuncs.com', 'localhost:8080', '127.0.0.1:65535', '[::1]:9000', 'a-b.example') },
  { weight: 2, arbitrary: fc.constantFrom('a_b.example', 'https://cams.example', 'cams.example/', 'cams example', '', 'xn--caf-dma.example:443', 'café.example') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const name = fc.oneof({ weight: 3, arbitrary: camsAction }, { weight: 1, arbitrary: fc.constantFrom('', 'Get Code', 'Query/Numbers', '2020-06-06', 'ÄAction') });
const version = fc.constantFrom('2020-06-06', '2020-06-06', '', '2020 06 06');
const credentials = fc.oneof(
  { weight: 3, arbitrary: validCredentials },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        accessKeyId: fc.constantFrom('LTAI5tTest', '', 'LTAI,5t', 'LTAI 5t', 'STS.x'),
        accessKeySecret: fc.constantFrom('secret+0001', ''),
        securityToken: fc.constantFrom('CAIS0001', ' ', 'a\nb', ''),
      },
      { requiredKeys: ['accessKeyId', 'accessKeySecret'] },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'LTAI5t', 42) as fc.Arbitrary<unknown> },
);

const pipelineInput: fc.Arbitrary<PipelineSignInput> = fc
  .record({ params, host, action: name, version, credentials, nonce: fc.uint8Array({ minLength: 16, maxLength: 16 }) })
  .map(({ params: { query, body }, host: h, action, version: v, credentials: creds, nonce }) => ({
    method: 'POST' as const,
    host: h,
    pathname: '/',
    query,
    body: body === undefined ? '' : encodeFormBody(body),
    action,
    version: v,
    date: '2026-11-20T08:30:00Z',
    nonce: Buffer.from(nonce).toString('hex'),
    credentials: creds as CamsCredentials,
  }));

async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { signed: await run() };
  } catch (error) {
    expect(isValidationError(error)).toBe(true);
    const { message, issues } = error as { message: string; issues: unknown };
    return { error: { message, issues } };
  }
}

describe('signPipelineRequest (the pipeline signer: only the inputs from outside are checked)', () => {
  it('signs byte for byte as signAcs3 and refuses with the same error, for every host, action, version and credentials', async () => {
    await fc.assert(
      fc.asyncProperty(pipelineInput, async (input) => {
        const expected = await outcome(() => signAcs3(input));
        expect(await outcome(() => signPipelineRequest(input, new HmacKeyCache()))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a host, an action and credentials in signAcs3 order, without signing', async () => {
    const input = {
      method: 'POST' as const,
      host: 'https://cams.example',
      pathname: '/',
      query: {},
      body: '',
      action: 'Get Code',
      version: '2020-06-06',
      date: '2026-11-20T08:30:00Z',
      nonce: '6a1f0c2e9b8d4f7a3c5e1b0d2f4a6c8e',
      credentials: { accessKeyId: 'LTAI,5t', accessKeySecret: '' },
    };
    const result = (await outcome(() => signPipelineRequest(input, new HmacKeyCache()))) as { error: { issues: { path: unknown[] }[] } };
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['host', 'action', 'credentials.accessKeyId', 'credentials.accessKeySecret']);
  });
});
