import fc from 'fast-check';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isInvalidRequestError, isOutcomeUnknownError } from '../../../src/errors/guards.js';
import { QrCode } from '../../../src/resources/qr-codes/schemas.js';
import { graphFixture } from '../../fixtures/graph.js';
import { makeClient } from '../../helpers/client.js';
import { graphError } from '../../helpers/graph.js';
import { capture, expectRejectedLocally, NODE, PHONE, rejectionOf } from '../phone-number/capture.js';

const QRDLS = `${NODE}/message_qrdls`;
const CODE = '4O4YGZEG3RIVE1';
const qr = { code: CODE, prefilled_message: 'Show me Cyber Monday deals!', deep_link_url: `https://wa.me/message/${CODE}` };
const qrCodes = () => makeClient().phoneNumber(PHONE).qrCodes;

describe('qrCodes.create', () => {
  it('POSTs the prefilled message and returns the new code', async () => {
    const fake = capture('post', QRDLS, qr);
    await expect(qrCodes().create({ prefilled_message: qr.prefilled_message })).resolves.toEqual(qr);
    expect(fake.one().body).toEqual({ prefilled_message: qr.prefilled_message });
  });

  it('asks for an image when generate_qr_image is given', async () => {
    const fake = capture('post', QRDLS, { ...qr, qr_image_url: 'https://scontent.example/qr.png' });
    const created = await qrCodes().create({ prefilled_message: 'Hi', generate_qr_image: 'PNG' });
    expect(created.qr_image_url).toBe('https://scontent.example/qr.png');
    expect(fake.one().body).toEqual({ prefilled_message: 'Hi', generate_qr_image: 'PNG' });
  });

  it.each([
    ['an empty message', { prefilled_message: '' }],
    ['a message of 141 characters', { prefilled_message: 'a'.repeat(141) }],
    ['a JPG image', { prefilled_message: 'Hi', generate_qr_image: 'JPG' }],
    ['a lower-case format', { prefilled_message: 'Hi', generate_qr_image: 'png' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => qrCodes().create(params as never));
  });

  it('is sent once: a 5xx is not retried and a lost answer is OutcomeUnknownError', async () => {
    const fake = capture('post', QRDLS, () => graphError({ status: 500, code: 2, isTransient: true }));
    await rejectionOf(makeClient({ maxRetries: 3 }).phoneNumber(PHONE).qrCodes.create({ prefilled_message: 'Hi' }));
    expect(fake.seen()).toHaveLength(1);

    capture('post', QRDLS, () => HttpResponse.error());
    const error = await rejectionOf(qrCodes().create({ prefilled_message: 'Hi' }));
    expect(isOutcomeUnknownError(error)).toBe(true);
    expect((error as { reconcileHint: string }).reconcileHint).toMatch(/qrCodes\.list/);
  });
});

describe('qrCodes.list', () => {
  it('reads creation_time as Unix seconds, whether Graph sends an integer (Meta\'s example) or a string of digits', async () => {
    capture('get', QRDLS, graphFixture('qr-codes.with-creation-time'));
    const times: (number | undefined)[] = [];
    for await (const code of qrCodes().list({ fields: ['creation_time'] })) times.push(code.creation_time);
    expect(times).toEqual([1672531200, 1672531200]);
  });

  it('GETs /message_qrdls and returns the first page', async () => {
    const fake = capture('get', QRDLS, { data: [qr], paging: { cursors: { before: 'b', after: 'a' } } });
    const page = await qrCodes().list();
    expect(page.data).toEqual([qr]);
    expect(page.hasNextPage()).toBe(false);
    expect(fake.one().query).toEqual({});
  });

  it('sends fields (code always first), the image format modifier, code, limit', async () => {
    const fake = capture('get', QRDLS, { data: [] });
    await qrCodes().list({ fields: ['prefilled_message', 'qr_image_url.format(PNG)'], code: CODE, limit: 25 });
    expect(fake.one().query).toEqual({ fields: 'code,prefilled_message,qr_image_url.format(PNG)', code: CODE, limit: '25' });
  });

  it('walks every page with the after cursor', async () => {
    const pages = [
      { data: [qr], paging: { cursors: { after: 'p2' }, next: `${QRDLS}?after=p2` } },
      { data: [{ ...qr, code: 'ANED2T5QRU7HG1' }], paging: { cursors: { after: 'end' } } },
    ];
    const fake = capture('get', QRDLS, () => HttpResponse.json(pages.shift()!));
    const codes: string[] = [];
    for await (const item of qrCodes().list({ limit: 1 })) codes.push(item.code);
    expect(codes).toEqual([CODE, 'ANED2T5QRU7HG1']);
    expect(fake.seen().map((r) => r.query)).toEqual([{ limit: '1' }, { limit: '1', after: 'p2' }]);
  });

  it.each([
    ['both image formats', { fields: ['qr_image_url.format(PNG)', 'qr_image_url.format(SVG)'] }],
    ['a bare qr_image_url', { fields: ['qr_image_url'] }],
    ['a limit of 26', { limit: 26 }],
    ['a malformed code', { code: 'abc' }],
  ])('rejects %s before sending', async (_, params) => {
    await expectRejectedLocally(() => qrCodes().list(params as never).then((page) => page));
  });
});

describe('qrCodes.retrieve', () => {
  it('GETs /message_qrdls/{code} and unwraps the one-item list', async () => {
    const fake = capture('get', `${QRDLS}/${CODE}`, { data: [qr] });
    await expect(qrCodes().retrieve(CODE)).resolves.toEqual(qr);
    expect(fake.one().path).toBe(`/v23.0/${PHONE}/message_qrdls/${CODE}`);
    expect(fake.one().query).toEqual({});
  });

  it('sends fields, and returns undefined for an empty list', async () => {
    const fake = capture('get', `${QRDLS}/${CODE}`, { data: [] });
    await expect(qrCodes().retrieve(CODE, { fields: ['creation_time'] })).resolves.toBeUndefined();
    expect(fake.one().query).toEqual({ fields: 'code,creation_time' });
  });

  it('maps a Graph error for an unknown code', async () => {
    capture('get', `${QRDLS}/${CODE}`, () => graphError({ code: 100, details: 'Invalid code' }));
    expect(isInvalidRequestError(await rejectionOf(qrCodes().retrieve(CODE)))).toBe(true);
  });

  it.each(['4o4ygzeg3rive1', '4O4YGZEG3RIVE', '4O4YGZEG3RIVE1X', '../message_qrdls', ''])('rejects the code %j before sending', async (code) => {
    await expectRejectedLocally(() => qrCodes().retrieve(code));
  });
});

describe('qrCodes.update', () => {
  it('POSTs {code, prefilled_message} to the collection', async () => {
    const fake = capture('post', QRDLS, { ...qr, prefilled_message: 'New text' });
    await expect(qrCodes().update(CODE, { prefilled_message: 'New text' })).resolves.toMatchObject({ prefilled_message: 'New text' });
    expect(fake.one().body).toEqual({ code: CODE, prefilled_message: 'New text' });
  });

  it.each([
    ['a bad code', 'nope', { prefilled_message: 'Hi' }],
    ['a message of 141', CODE, { prefilled_message: 'a'.repeat(141) }],
    ['a code in params', CODE, { prefilled_message: 'Hi', code: CODE }],
  ])('rejects %s before sending', async (_, code, params) => {
    await expectRejectedLocally(() => qrCodes().update(code, params as never));
  });

  describe('retries (safe)', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('is retried after a transient error', async () => {
      let calls = 0;
      capture('post', QRDLS, () => (++calls === 1 ? graphError({ status: 503, code: 2, isTransient: true }) : HttpResponse.json(qr)));
      const done = makeClient({ maxRetries: 2 }).phoneNumber(PHONE).qrCodes.update(CODE, { prefilled_message: qr.prefilled_message });
      await vi.advanceTimersByTimeAsync(10_000);
      await expect(done).resolves.toEqual(qr);
      expect(calls).toBe(2);
    });
  });
});

describe('qrCodes.delete', () => {
  it('DELETEs /message_qrdls/{code}', async () => {
    const fake = capture('delete', `${QRDLS}/${CODE}`);
    await expect(qrCodes().delete(CODE)).resolves.toEqual({ success: true });
    expect(fake.one().method).toBe('DELETE');
    expect(fake.one().body).toBeUndefined();
  });

  it('rejects a malformed code', async () => {
    await expectRejectedLocally(() => qrCodes().delete('4O4Y'));
  });

  it('maps a Graph error', async () => {
    capture('delete', `${QRDLS}/${CODE}`, () => graphError({ code: 100, details: 'Invalid code' }));
    expect(isInvalidRequestError(await rejectionOf(qrCodes().delete(CODE)))).toBe(true);
  });
});

describe('QrCode', () => {
  it('accepts exactly 14 upper-case letters and digits, including the 1 that [OA23]’s pattern forbids (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), minLength: 14, maxLength: 14 }),
          fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789az-_ '), minLength: 12, maxLength: 16 }),
        ),
        (code) => {
          expect(QrCode.safeParse(code).success).toBe(/^[A-Z0-9]{14}$/.test(code));
        },
      ),
      { numRuns: 2_000 },
    );
    expect(QrCode.safeParse('ANED2T5QRU7HG1').success).toBe(true);
  });
});
