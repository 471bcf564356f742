import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signAcs3, type SignInput, type SignedRequest } from '../../../src/cams/signing/acs3.js';
import { canonicalQueryString } from '../../../src/cams/signing/encode.js';
import { verifyAcs3 } from '../helpers/acs3-verifier.js';
import { NOW, signInput } from './arbitraries.js';

const RUNS = 1_000;

function toRequest(input: SignInput, signed: SignedRequest, overrides: { query?: string; headers?: Record<string, string>; body?: Uint8Array<ArrayBuffer> | string } = {}): Request {
  const query = overrides.query ?? signed.queryString;
  const body = overrides.body ?? input.body;
  return new Request(`https://${input.host}${input.pathname}${query === '' ? '' : `?${query}`}`, {
    method: 'POST',
    headers: overrides.headers ?? signed.headers,
    ...(body === '' || body.length === 0 ? {} : { body }),
  });
}

function verify(input: SignInput, request: Request) {
  const secret = (id: string) => (id === input.credentials.accessKeyId ? input.credentials.accessKeySecret : undefined);
  return verifyAcs3(request, secret, { now: () => NOW });
}

/** Replaces the code point at `index` (mod length) by a different one, or appends one to an empty string. */
function changeOneCodePoint(text: string, index: number, replacement: string): string {
  const points = [...text];
  if (points.length === 0) return replacement;
  const at = index % points.length;
  points[at] = points[at] === replacement ? (replacement === 'a' ? 'b' : 'a') : replacement;
  return points.join('');
}

const replacementChar = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('a', ' ', '+', '*', '😀'));

describe('ACS3 signer against the independent verifier (properties)', () => {
  it(`accepts every request wabakit signs, with the same parameters (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(signInput, async (input) => {
        const signed = await signAcs3(input);
        const result = await verify(input, toRequest(input, signed));
        expect(result).toMatchObject({ ok: true, accessKeyId: input.credentials.accessKeyId, action: input.action });
        if (result.ok) {
          expect(result.queryParams).toEqual(input.query);
          expect(result.securityToken).toBe(input.credentials.securityToken);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`rejects the request after one query value changes (${RUNS} runs)`, async () => {
    const withQuery = signInput.filter((input) => Object.keys(input.query).length > 0);
    await fc.assert(
      fc.asyncProperty(withQuery, fc.nat(), fc.nat(), replacementChar, async (input, which, at, replacement) => {
        const signed = await signAcs3(input);
        const names = Object.keys(input.query);
        const name = names[which % names.length] as string;
        const tampered = { ...input.query, [name]: changeOneCodePoint(input.query[name] ?? '', at, replacement) };
        const result = await verify(input, toRequest(input, signed, { query: canonicalQueryString(tampered) }));
        expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      }),
      { numRuns: RUNS },
    );
  });

  it(`rejects the request after one body byte changes (${RUNS} runs)`, async () => {
    const withBody = signInput.filter((input) => input.body !== '');
    await fc.assert(
      fc.asyncProperty(withBody, fc.nat(), fc.integer({ min: 1, max: 255 }), async (input, at, flip) => {
        const signed = await signAcs3(input);
        const bytes = new TextEncoder().encode(input.body);
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ flip;
        const result = await verify(input, toRequest(input, signed, { body: bytes }));
        expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      }),
      { numRuns: RUNS },
    );
  });

  it(`rejects the request after one byte of a signed header changes (${RUNS} runs)`, async () => {
    // Printable, non-space ASCII: a leading/trailing space would be trimmed away by the canonical form (§2.2).
    const printable = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c));
    await fc.assert(
      fc.asyncProperty(signInput, fc.nat(), fc.nat(), printable, async (input, which, at, replacement) => {
        const signed = await signAcs3(input);
        // host is also pinned by the URL; it has its own example test.
        const names = (signed.headers['authorization'] ?? '').replace(/^.*SignedHeaders=([^,]+),.*$/, '$1').split(';').filter((n) => n !== 'host');
        const name = names[which % names.length] as string;
        const value = signed.headers[name] ?? '';
        const headers = { ...signed.headers, [name]: changeOneCodePoint(value, at, replacement) };
        const result = await verify(input, toRequest(input, signed, { headers }));
        expect(result.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it(`rejects the request after one signature character changes (${RUNS} runs)`, async () => {
    const hex = fc.constantFrom(...'0123456789abcdef');
    await fc.assert(
      fc.asyncProperty(signInput, fc.nat(), hex, async (input, at, digit) => {
        const signed = await signAcs3(input);
        const badSignature = changeOneCodePoint(signed.signature, at, digit);
        const authorization = (signed.headers['authorization'] ?? '').replace(signed.signature, badSignature);
        const result = await verify(input, toRequest(input, signed, { headers: { ...signed.headers, authorization } }));
        expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
      }),
      { numRuns: RUNS },
    );
  });
});
