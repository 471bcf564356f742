import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../../../src/errors/guards.js';
import { makeClient, TEST_TOKEN } from '../../helpers/client.js';
import { countRequests, GRAPH, graphError } from '../../helpers/graph.js';
import { server } from '../../helpers/server.js';

const PHONE = '106540352242922';
const APP = '1234567890123456';
const SESSION = 'upload:MTphdHRhY2htZW50OjZiZGZm/OGQ4LTI4NTA=';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  bytes: Uint8Array;
}

function fakeUploads(): Seen[] {
  const seen: Seen[] = [];
  const record = async (request: Request) => {
    seen.push({ method: request.method, url: new URL(request.url), headers: request.headers, bytes: new Uint8Array(await request.arrayBuffer()) });
  };
  server.use(
    http.post(`${GRAPH}/v23.0/${APP}/uploads`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ id: `${SESSION}?sig=ARZsig123` });
    }),
    http.post(`${GRAPH}/v23.0/*`, async ({ request }) => {
      await record(request);
      return HttpResponse.json({ h: '2:c2FtcGxlaGFuZGxl' });
    }),
  );
  return seen;
}

describe('businessProfile.uploadProfilePicture (Resumable Upload, contract §3.6)', () => {
  it('opens a session with the file size and type, then sends the bytes and returns the handle', async () => {
    const seen = fakeUploads();
    const { h } = await makeClient().phoneNumber(PHONE).businessProfile.uploadProfilePicture(APP, { file: PNG, file_type: 'image/png', file_name: 'logo.png' });
    expect(h).toBe('2:c2FtcGxlaGFuZGxl');
    expect(seen).toHaveLength(2);

    const [session, upload] = seen as [Seen, Seen];
    expect(session.url.pathname).toBe(`/v23.0/${APP}/uploads`);
    expect(Object.fromEntries(session.url.searchParams)).toEqual({ file_length: String(PNG.byteLength), file_type: 'image/png', file_name: 'logo.png' });

    expect(upload.url.pathname).toBe(`/v23.0/${SESSION}`);
    expect(upload.url.searchParams.get('sig')).toBe('ARZsig123');
    expect(upload.headers.get('file_offset')).toBe('0');
    expect(upload.headers.get('authorization')).toBe(`OAuth ${TEST_TOKEN}`);
    expect([...upload.bytes]).toEqual([...PNG]);
    for (const request of seen) expect(request.url.href).not.toContain(TEST_TOKEN);
  });

  it('accepts a Blob and an ArrayBuffer', async () => {
    const seen = fakeUploads();
    const profile = makeClient().phoneNumber(PHONE).businessProfile;
    await profile.uploadProfilePicture(APP, { file: new Blob([PNG], { type: 'image/png' }), file_type: 'image/png' });
    await profile.uploadProfilePicture(APP, { file: PNG.buffer.slice(0), file_type: 'image/png' });
    expect(seen.filter((r) => r.url.pathname.includes('upload:')).map((r) => r.bytes.byteLength)).toEqual([PNG.byteLength, PNG.byteLength]);
  });

  it.each([
    ['a GIF', { file: PNG, file_type: 'image/gif' }],
    ['an empty file', { file: new Uint8Array(0), file_type: 'image/png' }],
    ['a string instead of bytes', { file: 'logo.png', file_type: 'image/png' }],
  ])('rejects %s before sending anything', async (_, params) => {
    const counter = countRequests();
    const error = await makeClient().phoneNumber(PHONE).businessProfile.uploadProfilePicture(APP, params as never).catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });

  it.each(['upload:../../me', 'me', 'upload:a//b', 'upload:x y'])('refuses the session id %j before sending', async (id) => {
    const counter = countRequests();
    const error = await makeClient().phoneNumber(PHONE).businessProfile.uploadProfilePictureBytes(id, PNG).catch((e: unknown) => e);
    counter.stop();
    expect(isValidationError(error)).toBe(true);
    expect(counter.total()).toBe(0);
  });

  it('maps a Graph error of the byte upload', async () => {
    server.use(http.post(`${GRAPH}/v23.0/*`, () => graphError({ code: 100, details: 'Invalid upload session' })));
    await expect(makeClient().phoneNumber(PHONE).businessProfile.uploadProfilePictureBytes(`${SESSION}?sig=x`, PNG)).rejects.toMatchObject({
      name: 'InvalidRequestError',
      code: 100,
    });
  });
});
