/** fast-check arbitraries for CAMS signing properties (contract §1.2 value shapes, §2.5 credentials). */

import fc from 'fast-check';
import type { CamsCredentials, SignInput } from '../../../src/cams/signing/acs3.js';
import { encodeFormBody } from '../../../src/cams/signing/encode.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const RESERVED = " *~!'()+&=/,@?#%[]{}:;\"\n\t$<>^`|\\";

const pascalName = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 16 });
// Mostly PascalCase like CAMS, sometimes any Unicode (astral included) to exercise code-point sorting.
const name = fc.oneof({ weight: 4, arbitrary: pascalName }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) });

/** A parameter value as CAMS takes it: text in any script, reserved marks, JSON texts, empty, numbers, booleans. */
export const paramValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...RESERVED), maxLength: 12 }),
  fc.json({ maxDepth: 2 }),
  fc.array(fc.record({ CommandName: fc.string(), CommandDescription: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 3 }).map((a) => JSON.stringify(a)),
  fc.constantFrom('', 'true', 'false', '1763596800000', '😀🚀☕', '欢迎光临', ' ', '+', '%', '%20', '~'),
);

/** Query and form-body fields with disjoint names (a name in both is refused by the verifier). */
export const params = fc.record({
  query: fc.dictionary(name.map((n) => `Q${n}`), paramValue, { maxKeys: 8 }),
  body: fc.option(fc.dictionary(name.map((n) => `B${n}`), paramValue, { minKeys: 1, maxKeys: 6 }), { nil: undefined }),
});

const accessKeyId = fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 8, maxLength: 24 });
const base64ish = fc.string({ unit: fc.constantFrom(...`${ALNUM}+/=`), minLength: 16, maxLength: 120 });

/** AK/SK or STS credentials; secrets in any Unicode (the HMAC key is the UTF-8 of the secret, §2.3). */
export const credentials: fc.Arbitrary<CamsCredentials> = fc.oneof(
  fc.record({ accessKeyId: accessKeyId.map((id) => `LTAI${id}`), accessKeySecret: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) }),
  fc.record({
    accessKeyId: accessKeyId.map((id) => `STS.${id}`),
    accessKeySecret: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
    securityToken: base64ish.map((t) => `CAIS${t}`),
  }),
);

export const action = fc.constantFrom('ChatappPhoneNumberRegister', 'GetPreValidatePhoneId', 'ModifyPhoneBusinessProfile', 'QueryChatappPhoneNumbers');

export const NOW = Date.UTC(2026, 10, 20, 8, 30, 0);

/** A complete signing input at {@link NOW}. */
export const signInput: fc.Arbitrary<SignInput> = fc
  .record({
    params,
    credentials,
    action,
    nonce: fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString('hex')),
    provider: fc.option(fc.constantFrom('static_ak', 'static_sts'), { nil: undefined }),
  })
  .map(({ params: { query, body }, credentials: creds, action: act, nonce, provider }) => ({
    method: 'POST' as const,
    host: 'cams.ap-southeast-1.aliyuncs.com',
    pathname: '/',
    query,
    body: body === undefined ? '' : encodeFormBody(body),
    action: act,
    version: '2020-06-06',
    date: '2026-11-20T08:30:00Z',
    nonce,
    credentials: creds,
    ...(provider === undefined ? {} : { extraHeaders: { 'x-acs-credentials-provider': provider } }),
  }));
