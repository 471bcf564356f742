// Entry bundled by scripts/cams/signing-runtimes.mjs: signs the ten contract vectors (alibaba-cams.md §2.7) with the
// SDK's WebCrypto signer and reports, per vector, whether every field matched byte for byte. No runtime-specific API.
import file from '../../test/cams/signing/fixtures/acs3-vectors.json';
import { signAcs3 } from '../../src/cams/signing/acs3.js';

interface Vector {
  name: string;
  action: string;
  version: string;
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string };
  request: { host: string; path: string; query: Record<string, string>; headers: Record<string, string>; body: string };
  payloadHash: string;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  authorization: string;
}

const OWN = new Set(['host', 'content-type', 'authorization', 'accept', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256', 'x-acs-security-token', 'x-acs-accesskey-id']);

export async function runVectors(): Promise<{ passed: string[]; failed: string[] }> {
  const passed: string[] = [];
  const failed: string[] = [];
  for (const vector of (file as unknown as { vectors: Vector[] }).vectors) {
    const contentType = vector.request.headers['content-type'];
    const signed = await signAcs3({
      method: 'POST',
      host: vector.request.host,
      pathname: vector.request.path,
      query: vector.request.query,
      body: vector.request.body,
      ...(contentType === undefined ? {} : { contentType }),
      action: vector.action,
      version: vector.version,
      date: (file as { fixed: Record<string, string> }).fixed['x-acs-date'] as string,
      nonce: (file as { fixed: Record<string, string> }).fixed['x-acs-signature-nonce'] as string,
      credentials: vector.credentials,
      extraHeaders: Object.fromEntries(Object.entries(vector.request.headers).filter(([name]) => !OWN.has(name))),
    });
    const ok =
      signed.canonicalRequest === vector.canonicalRequest &&
      signed.stringToSign === vector.stringToSign &&
      signed.signature === vector.signature &&
      signed.headers['authorization'] === vector.authorization &&
      signed.headers['x-acs-content-sha256'] === vector.payloadHash;
    (ok ? passed : failed).push(vector.name);
  }
  return { passed, failed };
}
