import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acsDate, signAcs3 } from '../../../src/cams/signing/acs3.js';
import { encodeFormBody } from '../../../src/cams/signing/encode.js';
import { NonceLedger, verifyAcs3 } from '../../../src/testing/cams/verifier/acs3.js';
import { decodePairs } from '../../../src/testing/cams/verifier/encode.js';
import { CamsGatewayError } from '../../../src/testing/cams/wire/errors.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const NOW = Date.UTC(2026, 10, 20, 8, 30);
const KEY = { accessKeyId: 'LTAI5tPropertyKey01', accessKeySecret: 'PropertySecretNotReal' };

const paramName = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 12 });
const paramValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(..." *~!'()+&=/,@?#%\n"), maxLength: 10 }),
  fc.json({ maxDepth: 2 }),
  fc.constantFrom('', 'true', '😀', '欢迎', '+', '%20'),
);
const input = fc.record({
  query: fc.dictionary(paramName.map((n) => `Q${n}`), paramValue, { maxKeys: 6 }),
  body: fc.dictionary(paramName.map((n) => `B${n}`), paramValue, { maxKeys: 4 }),
});

/** Node `querystring.stringify`-style wire encoding: `! ' ( ) * ~` left raw, as the official SDK sends (contract §2.4). */
function sdkStyle(query: Record<string, string>): string {
  return Object.entries(query)
    .map(([n, v]) => `${encodeURIComponent(n)}=${encodeURIComponent(v)}`)
    .join('&');
}

async function request(query: Record<string, string>, body: Record<string, string>, wire: (q: Record<string, string>, canonical: string) => string) {
  const text = Object.keys(body).length === 0 ? '' : encodeFormBody(body);
  const signed = await signAcs3({
    method: 'POST', host: 'cams.ap-southeast-1.aliyuncs.com', pathname: '/', query, body: text,
    action: 'QueryChatappBindWaba', version: '2020-06-06', date: acsDate(NOW), nonce: 'property-nonce', credentials: KEY,
  });
  const search = wire(query, signed.queryString);
  return {
    method: 'POST',
    url: new URL(`https://cams.ap-southeast-1.aliyuncs.com/${search === '' ? '' : `?${search}`}`),
    headers: new Headers(signed.headers),
    body: new TextEncoder().encode(text),
  };
}

const deps = () => ({ now: NOW, nonces: new NonceLedger(), key: (id: string) => (id === KEY.accessKeyId ? KEY : undefined) });

describe('CAMS simulator verifier: properties (SDK signer → simulator verifier)', () => {
  it('accepts every request the SDK signs, whether the wire query is RFC 3986 or SDK-style, and decodes the params back', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.boolean(), async ({ query, body }, rawMarks) => {
        const received = await request(query, body, (q, canonical) => (rawMarks ? sdkStyle(q) : canonical));
        const verified = await verifyAcs3(received, deps());
        expect(Object.fromEntries(verified.queryPairs.map((p) => [p.name, p.value]))).toEqual(query);
        expect(Object.fromEntries(decodePairs(new TextDecoder().decode(received.body), true).map((p) => [p.name, p.value]))).toEqual(body);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects any change to one query value after signing with SignatureDoesNotMatch', async () => {
    await fc.assert(
      fc.asyncProperty(
        input.filter(({ query }) => Object.keys(query).length > 0),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
        async ({ query, body }, extra) => {
          const name = Object.keys(query)[0]!;
          const received = await request(query, body, (q) => sdkStyle({ ...q, [name]: `${q[name]}${extra}` }));
          const error = await verifyAcs3(received, deps()).then(() => undefined, (e: unknown) => e);
          expect(error).toBeInstanceOf(CamsGatewayError);
          expect((error as CamsGatewayError).code).toBe('SignatureDoesNotMatch');
        },
      ),
      { numRuns: 100 },
    );
  });
});
