import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signAcs3, type CamsCredentials } from '../../../src/cams/signing/acs3.js';
import { canonicalQueryString, encodeFormBody } from '../../../src/cams/signing/encode.js';
import { verifyAcs3 } from '../helpers/acs3-verifier.js';

interface Vector {
  name: string;
  action: string;
  version: string;
  credentials: CamsCredentials;
  request: {
    method: 'POST';
    host: string;
    path: string;
    query: Record<string, string>;
    wireQueryString: string;
    headers: Record<string, string>;
    body: string;
  };
  payloadHash: string;
  canonicalRequest: string;
  hashedCanonicalRequest: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

// Contract §2.7; a verbatim copy of the contract file (see fixtures/README.md).
const file = JSON.parse(readFileSync(new URL('./fixtures/acs3-vectors.json', import.meta.url), 'utf8')) as {
  fixed: { 'x-acs-date': string; 'x-acs-signature-nonce': string };
  vectors: Vector[];
};
const { vectors } = file;
const DATE = file.fixed['x-acs-date'];
const NONCE = file.fixed['x-acs-signature-nonce'];
// Headers the signer sets itself; any other x-acs-* header of a vector is passed as `extraHeaders`.
const SIGNER_HEADERS = new Set([
  'host',
  'content-type',
  'authorization',
  'accept',
  'x-acs-action',
  'x-acs-version',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
  'x-acs-security-token',
  'x-acs-accesskey-id',
]);

function extraHeaders(vector: Vector): Record<string, string> {
  return Object.fromEntries(Object.entries(vector.request.headers).filter(([name]) => !SIGNER_HEADERS.has(name)));
}

function signVector(vector: Vector, query: Record<string, string> = vector.request.query) {
  const contentType = vector.request.headers['content-type'];
  return signAcs3({
    method: 'POST',
    host: vector.request.host,
    pathname: vector.request.path,
    query,
    body: vector.request.body,
    ...(contentType === undefined ? {} : { contentType }),
    action: vector.action,
    version: vector.version,
    date: DATE,
    nonce: NONCE,
    credentials: vector.credentials,
    extraHeaders: extraHeaders(vector),
  });
}

/** The SDK's wire query decoded (RFC 3986: `%XX` only; the vectors hold no bare `+`). */
function decodeWire(wire: string): Record<string, string> {
  if (wire === '') return {};
  return Object.fromEntries(
    wire.split('&').map((pair) => {
      const eq = pair.indexOf('=');
      return [decodeURIComponent(pair.slice(0, eq)), decodeURIComponent(pair.slice(eq + 1))];
    }),
  );
}

function vectorRequest(vector: Vector, wireQuery: string, headers: Record<string, string>): Request {
  const url = `https://${vector.request.host}${vector.request.path}${wireQuery === '' ? '' : `?${wireQuery}`}`;
  return new Request(url, { method: 'POST', headers, ...(vector.request.body === '' ? {} : { body: vector.request.body }) });
}

const NOW = Date.parse(DATE);
const secrets = (vector: Vector) => (id: string) => (id === vector.credentials.accessKeyId ? vector.credentials.accessKeySecret : undefined);

describe('ACS3 signing vectors (contract §2.7), byte for byte', () => {
  it('has the ten documented vectors', () => {
    expect(vectors.map((v) => v.name)).toEqual([
      'plain-query',
      'special-characters',
      'json-array-params',
      'json-websites',
      'form-body',
      'form-body-special',
      'mixed-query-and-body',
      'sts-token',
      'empty',
      'numbers-and-sdk-credentials',
    ]);
  });

  describe.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, vector) => {
    it('reproduces payloadHash, canonicalRequest, hashedCanonicalRequest, stringToSign, signature and authorization', async () => {
      const signed = await signVector(vector);
      expect(signed.headers['x-acs-content-sha256']).toBe(vector.payloadHash);
      expect(signed.canonicalRequest).toBe(vector.canonicalRequest);
      const hashed = createHash('sha256').update(signed.canonicalRequest, 'utf8').digest('hex');
      expect(hashed).toBe(vector.hashedCanonicalRequest);
      expect(signed.stringToSign).toBe(vector.stringToSign);
      expect(signed.stringToSign).toBe(`ACS3-HMAC-SHA256\n${vector.hashedCanonicalRequest}`);
      expect(signed.signature).toBe(vector.signature);
      expect(signed.headers['authorization']).toBe(vector.authorization);
    });

    it('sends exactly the headers the official SDK sent (minus accept, which is not signed)', async () => {
      const signed = await signVector(vector);
      const { accept: _accept, ...expected } = vector.request.headers;
      expect(signed.headers).toEqual(expected);
    });

    it('signs the same from the decoded wire query as from the recorded query', async () => {
      expect(decodeWire(vector.request.wireQueryString)).toEqual(vector.request.query);
      const signed = await signVector(vector, decodeWire(vector.request.wireQueryString));
      expect(signed.signature).toBe(vector.signature);
    });

    it('puts the canonical query string on the wire, which decodes to the same parameters', async () => {
      const signed = await signVector(vector);
      const canonicalQueryLine = vector.canonicalRequest.split('\n')[2];
      expect(signed.queryString).toBe(canonicalQueryLine);
      expect(canonicalQueryString(vector.request.query)).toBe(canonicalQueryLine);
      expect(decodeWire(signed.queryString)).toEqual(vector.request.query);
    });

    it('is accepted by the independent verifier as the SDK sent it', async () => {
      const request = vectorRequest(vector, vector.request.wireQueryString, vector.request.headers);
      const result = await verifyAcs3(request, secrets(vector), { now: () => NOW });
      expect(result).toMatchObject({ ok: true, accessKeyId: vector.credentials.accessKeyId, action: vector.action });
      if (result.ok) {
        const bodyFields = vector.request.body === '' ? {} : Object.fromEntries(new URLSearchParams(vector.request.body));
        expect(result.params).toEqual({ ...vector.request.query, ...bodyFields });
      }
    });

    it('is accepted by the independent verifier as wabakit sends it', async () => {
      const signed = await signVector(vector);
      const result = await verifyAcs3(vectorRequest(vector, signed.queryString, signed.headers), secrets(vector), { now: () => NOW });
      expect(result.ok).toBe(true);
    });
  });

  // §2.4: the SDK's wire query (Node querystring) leaves `! ( ) * ~` raw and keeps insertion order, so it coincides
  // with the canonical form only where neither matters. These are the vectors where we send the SDK's exact bytes.
  it('matches the SDK wire query byte for byte exactly where no reordering or mark applies', async () => {
    const identical: string[] = [];
    for (const vector of vectors) {
      if ((await signVector(vector)).queryString === vector.request.wireQueryString) identical.push(vector.name);
    }
    expect(identical).toEqual(['plain-query', 'json-websites', 'form-body', 'form-body-special', 'mixed-query-and-body', 'sts-token', 'empty']);
  });

  it('encodes the vectors’ form bodies byte for byte, except the RFC 3986 marks the SDK leaves raw', () => {
    for (const vector of vectors.filter((v) => v.request.body !== '')) {
      const fields = Object.fromEntries(new URLSearchParams(vector.request.body));
      const ours = encodeFormBody(fields);
      if (vector.name === 'form-body-special') {
        // The SDK left `! ( ) * ~` raw; the hash covers exact bytes, so either form is valid when signed as sent.
        expect(ours).not.toBe(vector.request.body);
        expect(ours).toBe(vector.request.body.replace(/[!()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
      } else {
        expect(ours).toBe(vector.request.body);
      }
    }
  });
});
