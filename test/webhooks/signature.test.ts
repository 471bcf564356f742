import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebhookSignatureError, type WebhookSignatureErrorReason } from '../../src/webhooks/errors.js';
import { signWebhookBody, verifySignature } from '../../src/webhooks/signature.js';
import { nodeSignature, rawFixture } from './fixtures.js';

const SECRET = 'app-secret-0123456789abcdef';
const encoder = new TextEncoder();

async function reasonOf(promise: Promise<unknown>): Promise<WebhookSignatureErrorReason | 'accepted'> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (isWebhookSignatureError(error)) return error.reason;
    throw error;
  }
}

// Bodies: JSON with any unicode (emoji, non-BMP, combining marks), arbitrary UTF-16 strings, arbitrary bytes.
const bodyArb = fc.oneof(
  fc.json({ depthSize: 'small' }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('ä', 'ö', 'å', '😀', '👩‍👩‍👧', '€', '中', '\\u00e4', '\\/', '@', '"'), maxLength: 60 }),
);
const bytesArb = fc.uint8Array({ minLength: 1, maxLength: 300 });
const secretArb = fc.string({ minLength: 1, maxLength: 64, unit: 'binary' });

describe('verifySignature — G11 properties', () => {
  it('accepts the valid signature of 10 000 random payloads (emoji, non-ASCII), as string and as bytes', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, secretArb, fc.boolean(), async (body, secret, asBytes) => {
        const signature = nodeSignature(body, secret);
        const input = asBytes ? encoder.encode(body) : body;
        await expect(verifySignature({ body: input, signature, appSecret: secret })).resolves.toEqual({ secretIndex: 0 });
      }),
      { numRuns: 10_000 },
    );
  });

  it('accepts upper-case hex and an upper-case algorithm name (same digest)', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, async (body) => {
        const signature = nodeSignature(body, SECRET);
        await expect(verifySignature({ body, signature: signature.toUpperCase(), appSecret: SECRET })).resolves.toEqual({ secretIndex: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every single-byte change of the body with "mismatch"', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (body, at, delta) => {
        const signature = nodeSignature(body, SECRET);
        const mutated = body.slice();
        const index = at % mutated.length;
        mutated[index] = (mutated[index] as number) ^ delta;
        expect(await reasonOf(verifySignature({ body: mutated, signature, appSecret: SECRET }))).toBe('mismatch');
      }),
      { numRuns: 10_000 },
    );
  });

  it('rejects every position of an emoji/non-ASCII body flipped, exhaustively', async () => {
    const body = encoder.encode('{"name":"Jörg 😀 äöå","text":"中文 €"}');
    const signature = nodeSignature(body, SECRET);
    for (let index = 0; index < body.length; index += 1) {
      for (const delta of [0x01, 0x20, 0x80, 0xff]) {
        const mutated = body.slice();
        mutated[index] = (mutated[index] as number) ^ delta;
        expect(await reasonOf(verifySignature({ body: mutated, signature, appSecret: SECRET }))).toBe('mismatch');
      }
    }
  });

  it('rejects every single-character change of the signature header (other than a case change)', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.nat(), fc.integer({ min: 0x20, max: 0x7e }), async (body, at, code) => {
        const signature = nodeSignature(body, SECRET);
        const index = at % signature.length;
        const replacement = String.fromCharCode(code);
        fc.pre(replacement.toLowerCase() !== (signature[index] as string).toLowerCase());
        const mutated = signature.slice(0, index) + replacement + signature.slice(index + 1);
        expect(await reasonOf(verifySignature({ body, signature: mutated, appSecret: SECRET }))).not.toBe('accepted');
      }),
      { numRuns: 10_000 },
    );
  });

  it('rejects a digest byte changed with "mismatch", and a truncated or extended digest with "malformed"', async () => {
    const body = '{"a":1}';
    const hex = nodeSignature(body, SECRET).slice('sha256='.length);
    const flipped = (hex[0] === '0' ? '1' : '0') + hex.slice(1);
    expect(await reasonOf(verifySignature({ body, signature: `sha256=${flipped}`, appSecret: SECRET }))).toBe('mismatch');
    expect(await reasonOf(verifySignature({ body, signature: `sha256=${hex.slice(0, 62)}`, appSecret: SECRET }))).toBe('malformed');
    expect(await reasonOf(verifySignature({ body, signature: `sha256=${hex}00`, appSecret: SECRET }))).toBe('malformed');
  });

  it('rejects a signature made with another secret', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, secretArb, secretArb, async (body, signer, verifier) => {
        fc.pre(signer !== verifier);
        expect(await reasonOf(verifySignature({ body, signature: nodeSignature(body, signer), appSecret: verifier }))).toBe('mismatch');
      }),
      { numRuns: 500 },
    );
  });
});

describe('verifySignature — header handling', () => {
  const body = '{"object":"whatsapp_business_account","entry":[]}';

  it.each([
    ['undefined', undefined, 'missing'],
    ['null', null, 'missing'],
    ['empty', '', 'missing'],
    ['blank', '   ', 'missing'],
    ['no "="', 'sha256', 'malformed'],
    ['bare hex', 'a'.repeat(64), 'malformed'],
    ['empty algorithm', `=${'a'.repeat(64)}`, 'malformed'],
    ['non-hex digest', `sha256=${'g'.repeat(64)}`, 'malformed'],
    ['short digest', `sha256=${'a'.repeat(40)}`, 'malformed'],
    ['two values joined', `sha256=${'a'.repeat(64)}, sha256=${'b'.repeat(64)}`, 'malformed'],
    ['sha1 (X-Hub-Signature)', `sha1=${'a'.repeat(40)}`, 'unsupported-algorithm'],
    ['sha512', `sha512=${'a'.repeat(128)}`, 'unsupported-algorithm'],
    ['md5', `md5=${'a'.repeat(32)}`, 'unsupported-algorithm'],
  ] as const)('%s header → %s', async (_label, signature, reason) => {
    expect(await reasonOf(verifySignature({ body, signature, appSecret: SECRET }))).toBe(reason);
  });

  it('finds the header in any case: Headers, Node-style lowercase record, API Gateway mixed-case record', async () => {
    const signature = nodeSignature(body, SECRET);
    await expect(verifySignature({ body, headers: new Headers({ 'X-Hub-Signature-256': signature }), appSecret: SECRET })).resolves.toBeDefined();
    await expect(verifySignature({ body, headers: { 'x-hub-signature-256': signature }, appSecret: SECRET })).resolves.toBeDefined();
    await expect(verifySignature({ body, headers: { 'X-Hub-Signature-256': signature, Host: 'x' }, appSecret: SECRET })).resolves.toBeDefined();
    await expect(verifySignature({ body, headers: { 'x-hub-signature-256': [signature] }, appSecret: SECRET })).resolves.toBeDefined();
  });

  it('refuses a header present twice, and a missing header never skips the check', async () => {
    const signature = nodeSignature(body, SECRET);
    expect(await reasonOf(verifySignature({ body, headers: { 'X-Hub-Signature-256': signature, 'x-hub-signature-256': signature }, appSecret: SECRET }))).toBe('malformed');
    expect(await reasonOf(verifySignature({ body, headers: { 'x-hub-signature-256': [signature, signature] }, appSecret: SECRET }))).toBe('malformed');
    expect(await reasonOf(verifySignature({ body, headers: { 'x-hub-signature': `sha1=${'a'.repeat(40)}` }, appSecret: SECRET }))).toBe('missing');
    expect(await reasonOf(verifySignature({ body, headers: new Headers(), appSecret: SECRET }))).toBe('missing');
  });

  it('takes string, Uint8Array, Buffer, ArrayBuffer and DataView bodies alike', async () => {
    const signature = nodeSignature(body, SECRET);
    const bytes = encoder.encode(body);
    for (const input of [body, bytes, Buffer.from(body), bytes.buffer, new DataView(bytes.buffer)]) {
      await expect(verifySignature({ body: input, signature, appSecret: SECRET })).resolves.toEqual({ secretIndex: 0 });
    }
    // A view into a larger buffer verifies only its own bytes.
    const padded = encoder.encode(`xx${body}yy`);
    await expect(verifySignature({ body: padded.subarray(2, 2 + bytes.length), signature, appSecret: SECRET })).resolves.toBeDefined();
  });

  it('refuses a parsed object as body, and empty secrets, with a TypeError that names no secret', async () => {
    const signature = nodeSignature(body, SECRET);
    await expect(verifySignature({ body: JSON.parse(body) as never, signature, appSecret: SECRET })).rejects.toThrow(TypeError);
    await expect(verifySignature({ body, signature, appSecret: '' })).rejects.toThrow(TypeError);
    await expect(verifySignature({ body, signature, appSecrets: [SECRET, ''] })).rejects.toThrow(/non-empty/);
  });
});

describe('verifySignature — app-secret rotation', () => {
  const body = '{"rotation":true}';
  const current = 'new-secret-1';
  const previous = 'old-secret-0';

  it('accepts the current or the previous secret and says which matched', async () => {
    await expect(verifySignature({ body, signature: nodeSignature(body, current), appSecrets: [current, previous] })).resolves.toEqual({ secretIndex: 0 });
    await expect(verifySignature({ body, signature: nodeSignature(body, previous), appSecrets: [current, previous] })).resolves.toEqual({ secretIndex: 1 });
  });

  it('rejects the old secret once it is dropped, and any third secret', async () => {
    expect(await reasonOf(verifySignature({ body, signature: nodeSignature(body, previous), appSecret: current }))).toBe('mismatch');
    expect(await reasonOf(verifySignature({ body, signature: nodeSignature(body, 'other'), appSecrets: [current, previous] }))).toBe('mismatch');
  });
});

describe('raw body, not re-serialized JSON (reliability.md §5)', () => {
  const raw = rawFixture('escaped-unicode.json.txt');
  const signature = nodeSignature(raw, SECRET);

  it('verifies Meta\'s exact bytes (\\u00e4 escapes, \\/ slashes), as bytes or as their UTF-8 string', async () => {
    expect(new TextDecoder().decode(raw)).toContain('\\u00e4');
    await expect(verifySignature({ body: raw, signature, appSecret: SECRET })).resolves.toBeDefined();
    await expect(verifySignature({ body: new TextDecoder().decode(raw), signature, appSecret: SECRET })).resolves.toBeDefined();
  });

  it('fails on JSON.stringify(JSON.parse(body)): decoded unicode and unescaped slashes change the bytes', async () => {
    const reserialized = JSON.stringify(JSON.parse(new TextDecoder().decode(raw)));
    expect(reserialized).toContain('ä');
    expect(await reasonOf(verifySignature({ body: reserialized, signature, appSecret: SECRET }))).toBe('mismatch');
  });

  it('fails on a pretty-printed body', async () => {
    const pretty = JSON.stringify(JSON.parse(new TextDecoder().decode(raw)), null, 2);
    expect(await reasonOf(verifySignature({ body: pretty, signature, appSecret: SECRET }))).toBe('mismatch');
  });
});

describe('signWebhookBody', () => {
  it('matches node:crypto for random bodies and secrets', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, secretArb, async (body, secret) => {
        expect(await signWebhookBody(body, secret)).toBe(nodeSignature(body, secret));
      }),
      { numRuns: 500 },
    );
  });
});

describe('no secret in errors (G8)', () => {
  it('never puts the app secret or the header value in message, stack, toJSON or String()', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 8, maxLength: 40, unit: 'grapheme-ascii' }), fc.string({ maxLength: 50 }), async (secret, body) => {
        const wrong = nodeSignature(`${body}x`, secret);
        // Judge only secrets absent from the error's fixed text (messages, stack frames): those prove nothing.
        const control = await verifySignature({ body: 'control', signature: nodeSignature('other', 'control-secret'), appSecret: 'control-secret' }).catch(
          (error: unknown) => [String(error), (error as Error).stack ?? '', JSON.stringify(error)].join('\n'),
        );
        fc.pre(typeof control === 'string' && !control.includes(secret));
        try {
          await verifySignature({ body, signature: wrong, appSecret: secret });
          expect.unreachable();
        } catch (error) {
          const texts = [String(error), (error as Error).stack ?? '', JSON.stringify(error)];
          for (const text of texts) {
            expect(text).not.toContain(secret);
            expect(text).not.toContain(wrong.slice(7));
          }
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
