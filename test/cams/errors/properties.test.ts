import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCamsSuccess } from '../../../src/cams/errors/envelope.js';
import { camsErrorFromResponse } from '../../../src/cams/errors/from-response.js';
import { isCamsError } from '../../../src/cams/errors/guards.js';
import { CAMS_CODES } from '../../../src/cams/errors/catalog.js';
import { Redactor } from '../../../src/core/redact.js';
import type { APIError } from '../../../src/errors/api-error.js';
import { isAPIError } from '../../../src/errors/guards.js';

const RUNS = 1_000;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const codes = fc.oneof(fc.constantFrom(...CAMS_CODES.map((row) => row.code), 'OK', '0000', 'Throttling.User'), fc.string({ maxLength: 20 }));
const status = fc.oneof(fc.constantFrom(200, 400, 403, 404, 429, 500, 503), fc.integer({ min: -1, max: 1_000 }), fc.double());

/** Bodies a broken proxy, a changed API or a hostile server might send (§3.1: a non-JSON body on an error status). */
const anyBody = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }),
  fc.string(),
  fc.json(),
  fc.record(
    {
      RequestId: fc.anything(),
      Code: fc.oneof(codes, fc.anything()),
      Message: fc.oneof(fc.string({ unit: 'binary' }), fc.anything()),
      HostId: fc.anything(),
      Recommend: fc.anything(),
      AccessDeniedDetail: fc.anything(),
      Success: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);

const headers = fc.dictionary(fc.constantFrom('x-acs-retry-after', 'retry-after', 'x-acs-request-id', 'content-type'), fc.string({ unit: 'grapheme-ascii' }));

describe('camsErrorFromResponse on any input (properties)', () => {
  it(`never throws and always returns a CAMS APIError with a message (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(status, anyBody, headers, fc.option(fc.string(), { nil: undefined }), (httpStatus, body, headerMap, action) => {
        const error = camsErrorFromResponse({ status: httpStatus, body, headers: new Headers(headerMap), action, now: 0 });
        expect(isAPIError(error)).toBe(true);
        expect(isCamsError(error)).toBe(true);
        expect(typeof error.message).toBe('string');
        expect(error.message.length).toBeGreaterThan(0);
        expect(() => JSON.stringify(error)).not.toThrow();
        expect(typeof isCamsSuccess(httpStatus, body)).toBe('boolean');
      }),
      { numRuns: RUNS },
    );
  });

  it('survives a redactor that throws or returns garbage (fails closed)', () => {
    fc.assert(
      fc.property(anyBody, fc.constantFrom<(t: string) => string>(() => { throw new Error('x'); }, () => 42 as unknown as string), (body, redact) => {
        expect(isAPIError(camsErrorFromResponse({ status: 400, body, redact }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

// ── Secrets (RULES: "access key secret, STS token, signatures, codes never in an error") ──

const akSecret = fc.string({ unit: fc.constantFrom(...`${ALNUM}/+=`), minLength: 30, maxLength: 30 });
const stsToken = fc.string({ unit: fc.constantFrom(...`${ALNUM}+/=`), minLength: 40, maxLength: 200 }).map((t) => `CAIS${t}`);
const signature = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const verifyCode = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 });
const filler = fc.string({ unit: fc.constantFrom(...`${LETTERS} .,:;()[]`), maxLength: 30 });

/** Every way an error gets printed or serialised. */
function surfaces(error: APIError): string[] {
  // toJSON() is what JSON.stringify uses; inspect is what console.log and most loggers print.
  return [error.message, String(error.stack), JSON.stringify(error), inspect(error, { depth: 6 })];
}

function forms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
}

/** A text that carries the secrets the way a gateway or proxy might echo them. */
const echo = fc
  .record({ secret: akSecret, token: stsToken, sig: signature, code: verifyCode, a: filler, b: filler, shape: fc.nat(5) })
  .map(({ secret, token, sig, code, a, b, shape }) => {
    const texts = [
      `${a} server StringToSign is [ACS3-HMAC-SHA256\n${sig}] CanonicalRequest: POST\n/\n\nx-acs-security-token:${token}\n${b}`,
      `${a} Authorization: ACS3-HMAC-SHA256 Credential=LTAI5t,SignedHeaders=host,Signature=${sig} ${b}`,
      `${a} VerifyCode=${code}&SecurityToken=${encodeURIComponent(token)} ${b}`,
      `${a} {"VerifyCode":"${code}","AccessKeySecret":"${secret}"} ${b}`,
      `${a} ${secret} ${token} ${code} ${sig} ${b}`,
      `${a} x-acs-security-token: ${token}, signature ${sig}, code ${code} ${b}`,
    ];
    return { secret, token, sig, code, text: texts[shape] ?? '' };
  });

describe('no secret reaches a CAMS error (properties)', () => {
  it(`with the pipeline's redactor: AK secret, STS token, signature and VerifyCode are absent from every field (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(echo, fc.constantFrom(...CAMS_CODES.map((row) => row.code)), fc.constantFrom(200, 400, 404, 500), fc.nat(4), fc.nat(2), (e, code, httpStatus, where, shape) => {
        const redactor = new Redactor([e.secret, e.token, e.code]);
        const fields = ['Message', 'Recommend', 'AccessDeniedDetail', 'HostId', 'RequestId'];
        const body: Record<string, string> = { Code: code, RequestId: 'REQ-ID' };
        body[fields[where] ?? 'Message'] = e.text;
        const headerMap = new Headers({ 'x-acs-request-id': e.text.replace(/[\r\n]/g, ' '), authorization: `ACS3-HMAC-SHA256 Signature=${e.sig}` });
        // As parsed JSON, as JSON text, or as a non-JSON body (a proxy echoing the request).
        const input = [body, JSON.stringify(body), e.text][shape];
        const error = camsErrorFromResponse({ status: httpStatus, body: input, headers: headerMap, action: 'ChatappVerifyAndRegister', redact: (t) => redactor.text(t) });
        const printed = surfaces(error).join('\n');
        for (const secret of [e.secret, e.token, e.sig, e.code]) {
          for (const form of forms(secret)) expect(printed).not.toContain(form);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`without a redactor: echoed signing material (signature, STS token line, VerifyCode field) is still removed (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(echo, fc.nat(2), (e, shape) => {
        const texts = [
          `Specified signature does not match our calculation. server StringToSign is [ACS3-HMAC-SHA256\n${e.sig}] canonical request POST\n/\n\nx-acs-security-token:${e.token}\n`,
          `bad request Signature=${e.sig}, x-acs-security-token: ${e.token}`,
          `{"VerifyCode":"${e.code}","SecurityToken":"${e.token}","AccessKeySecret":"${e.secret}"}`,
        ];
        const error = camsErrorFromResponse({ status: 400, body: { Code: 'SignatureDoesNotMatch', Message: texts[shape] } });
        const printed = surfaces(error).join('\n');
        expect(printed).not.toContain(e.sig);
        expect(printed).not.toContain(e.token);
        if (shape === 2) {
          expect(printed).not.toContain(`"${e.code}"`);
          expect(printed).not.toContain(e.secret);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
